package brink.analysis.design;

import brink.scenario.EventSpec;
import brink.scenario.Loader;
import brink.scenario.Overrides;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file with the user's fixed changes (--set, --horizon, injects), from which the scenario of any design
 * point is made: the point's values set on a copy of the file's tree and the whole scenario checked again, so a
 * point means exactly what `--set` would. Thread-safe.
 */
public final class ScenarioFactory {
    private final Path file;
    private final JsonNode tree;
    private final List<Overrides.Assignment> fixed;
    private final Integer horizon;
    private final List<EventSpec> injects;
    private final Scenario base;

    public ScenarioFactory(Path file, List<Overrides.Assignment> fixed, Integer horizon, List<EventSpec> injects) {
        this.file = file;
        this.tree = Loader.readTree(file);
        this.fixed = List.copyOf(fixed);
        this.horizon = horizon;
        this.injects = List.copyOf(injects);
        this.base = at(List.of());
    }

    public Path file() {
        return file;
    }

    /** The scenario with the fixed changes only. */
    public Scenario base() {
        return base;
    }

    /** The scenario with these values set too; a ScenarioException lists what is wrong with them. */
    public Scenario at(List<Overrides.Assignment> values) {
        List<Overrides.Assignment> all = new ArrayList<>(fixed);
        all.addAll(values);
        JsonNode copy;
        synchronized (tree) {
            copy = tree.deepCopy();
        }
        Loader.Result r = Loader.check(file.toString(), copy, all);
        if (!r.ok()) throw new ScenarioException(r.problems());
        Scenario s = r.scenario();
        if (!injects.isEmpty()) s = s.withEvents(injects);
        return horizon == null ? s : s.withHorizon(horizon);
    }
}
