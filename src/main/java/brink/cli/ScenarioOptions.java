package brink.cli;

import brink.scenario.Overrides;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options every command that runs a scenario shares: the file, --set overrides and --horizon. */
final class ScenarioOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (.json, .yaml) or the id of a scenario under scenarios/. Default: the one named in scenarios/DEFAULT.")
    String file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Override a value of the scenario (repeatable). PATH is dotted; list elements by id:",
                    "  --set states.RUS.resolve=0.8", "  --set alliances.EU.decisionRule=qualified-majority",
                    "  --set 'parameters.rationality={\"dist\":\"uniform\",\"min\":2,\"max\":6}'"})
    List<String> set = new ArrayList<>();

    @Option(names = "--horizon", paramLabel = "DAYS", description = "Days to simulate, 1 to 3650 (default: the scenario's horizon).")
    Integer horizon;

    @Option(names = "--inject", paramLabel = "FILE", description = "Events to add to every replication (a list in the scenario's event format; repeatable).")
    List<Path> injects = new ArrayList<>();

    private Path resolved;

    /** The scenario file: as given, or the file of the scenario with that id under scenarios/, or the default. */
    Path path() {
        if (resolved == null) resolved = file != null ? Places.scenario(file) : Places.defaultScenario();
        return resolved;
    }

    List<Overrides.Assignment> assignments() {
        return set.stream().map(Overrides.Assignment::parse).toList();
    }

    /** The scenario's inputs as text: what a shard records and a cluster ships, resolved the same way everywhere. */
    ScenarioInputs inputs() {
        int max = ScenarioInputs.maxHorizon();
        if (horizon != null && (horizon < 1 || horizon > max)) throw new Main.BadInput("--horizon must be 1 to " + max + " days, got " + horizon);
        for (Path f : injects) {
            if (!Files.isRegularFile(f)) throw new Main.BadInput("--inject: no such file: " + f);
        }
        return ScenarioInputs.read(path(), set, injects, horizon);
    }

    Scenario load() {
        return inputs().resolve();
    }
}
