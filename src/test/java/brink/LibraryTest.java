package brink;

import brink.montecarlo.Replication;
import brink.montecarlo.Seeds;
import brink.scenario.Loader;
import brink.scenario.OutcomeSpec;
import brink.scenario.RecordSpec;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped library of crises: every scenario in scenarios/ validates, cites at least ten sources, carries a
 * record of what happened that agrees with its own outcome classes, and runs 200 replications without a failure.
 */
class LibraryTest {
    static final Path DIR = Path.of("scenarios");
    static final int RUNS = 200;

    static Stream<Path> library() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(LibraryTest::isScenario).sorted().toList().stream();
        }
    }

    static boolean isScenario(Path p) {
        String name = p.getFileName().toString();
        return !name.endsWith(".schema.json") && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    @Test
    void theLibraryHoldsTheSeedAndAtLeastSixMoreCrises() throws IOException {
        List<Path> all = library().toList();
        assertTrue(all.contains(TestScenarios.SEED), "the seed is in the library: " + all);
        assertTrue(all.size() >= 7, "at least six crises besides the seed, got " + all);
        Set<String> ids = all.stream().map(Loader::load).map(Scenario::id).collect(Collectors.toSet());
        assertEquals(all.size(), ids.size(), "scenario ids are unique across the library");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("library")
    void validatesWithSourcesAndARecordThatAgreesWithItsOutcomeClasses(Path file) {
        Loader.Result checked = Loader.check(file, List.of());
        assertTrue(checked.ok(), file + ":\n" + checked.problems());
        Scenario s = checked.scenario();
        assertTrue(s.sources().size() >= 10, file + " cites " + s.sources().size() + " sources, fewer than 10");
        RecordSpec r = s.record();
        assertNotNull(r, file + " has no record of what happened");
        // with both rungs given, validation has checked that the record's class is the one these rungs and this
        // ending fall into; check here that they are given, and the class once more against the classes' order
        assertNotNull(r.peakRung(), file + ": record.peakRung");
        assertNotNull(r.endRung(), file + ": record.endRung");
        List<String> possible = new ArrayList<>();
        boolean[] agreements = switch (r.termination()) {
            case FORMAL_AGREEMENT, SEMI_FORMAL_AGREEMENT -> new boolean[]{true};
            case TACIT -> new boolean[]{true, false};
            default -> new boolean[]{false};
        };
        for (boolean agreement : agreements) {
            s.outcomes().stream().filter(o -> o.matches(r.peakRung(), r.endRung(), agreement)).findFirst()
                    .map(OutcomeSpec::id).ifPresent(possible::add);
        }
        assertTrue(possible.contains(r.outcome()), file + ": the record's rungs and ending give " + possible + ", not " + r.outcome());
        for (String state : r.results().keySet()) {
            assertTrue(s.principals().stream().anyMatch(p -> p.id().equals(state)), file + ": a result for " + state + ", which takes no decisions");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("library")
    void runs200ReplicationsWithoutAFailure(Path file) {
        Scenario s = Loader.load(file);
        Set<String> classes = s.outcomes().stream().map(OutcomeSpec::id).collect(Collectors.toSet());
        List<String> failures = new ArrayList<>();
        for (long run = 0; run < RUNS; run++) {
            Replication r = Replication.of(s, 0, run, Seeds.run(20220107L, run));
            if (r.failed()) failures.add("run " + run + " (seed " + r.seed() + "): " + r.error());
            else assertTrue(classes.contains(r.record().outcome()), file + ": run " + run + " has no declared class: " + r.record().outcome());
        }
        assertTrue(failures.isEmpty(), file + ": " + failures.size() + " failed runs:\n" + String.join("\n", failures));
    }
}
