package brink;

import brink.scenario.Loader;
import brink.scenario.Overrides;
import brink.scenario.Scenario;

import java.nio.file.Path;
import java.util.Arrays;

/** The scenarios the tests run: the seed and the small fictional one, with optional overrides. */
public final class TestScenarios {
    public static final Path SEED = Path.of("scenarios/nato-russia-2022-01.json");
    public static final Path FICTIONAL = Path.of("src/test/resources/scenarios/fictional.json");

    private TestScenarios() {
    }

    public static Scenario seed(String... overrides) {
        return load(SEED, overrides);
    }

    public static Scenario fictional(String... overrides) {
        return load(FICTIONAL, overrides);
    }

    public static Scenario load(Path file, String... overrides) {
        return Loader.load(file, Arrays.stream(overrides).map(Overrides.Assignment::parse).toList());
    }
}
