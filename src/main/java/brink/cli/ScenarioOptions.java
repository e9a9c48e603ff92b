package brink.cli;

import brink.scenario.Loader;
import brink.scenario.Overrides;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options every command that runs a scenario shares: the file, --set overrides and --horizon. */
final class ScenarioOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (.json, .yaml). Default: the one named in scenarios/DEFAULT.")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Override a value of the scenario (repeatable). PATH is dotted; list elements by id:",
                    "  --set states.RUS.resolve=0.8", "  --set alliances.EU.decisionRule=qualified-majority",
                    "  --set 'parameters.rationality={\"dist\":\"uniform\",\"min\":2,\"max\":6}'"})
    List<String> set = new ArrayList<>();

    @Option(names = "--horizon", paramLabel = "DAYS", description = "Days to simulate (default: the scenario's horizon).")
    Integer horizon;

    @Option(names = "--inject", paramLabel = "FILE", description = "Events to add to every replication (a list in the scenario's event format; repeatable).")
    List<Path> injects = new ArrayList<>();

    Path path() {
        return file != null ? file : Places.defaultScenario();
    }

    List<Overrides.Assignment> assignments() {
        return set.stream().map(Overrides.Assignment::parse).toList();
    }

    /** The scenario's inputs as text: what a shard records and a cluster ships, resolved the same way everywhere. */
    ScenarioInputs inputs() {
        return ScenarioInputs.read(path(), set, injects, horizon);
    }

    Scenario load() {
        return inputs().resolve();
    }
}
