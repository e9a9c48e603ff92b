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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        // a reader of the repository cannot open the team's shared folder: cite the public originals instead
        for (var source : s.sources()) {
            assertFalse((source.citation() + " " + source.url()).matches("(?s).*\\bshared/.*"), file + ": source " + source.id() + " cites a file outside the repository: " + source.citation());
        }
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

    /** ICB codes as the README of shared/data/icb gives them; the actor codes ICB uses where they differ from ours. */
    static final Path ICB = Path.of(System.getProperty("brink.icb", "/work/shared/data/icb"));
    static final java.util.Map<String, String> ICB_ACTOR = java.util.Map.of("USSR", "RUS", "GBR", "UKG", "TWN", "TAW");

    /**
     * A record that names an ICB crisis agrees with ICB v14 on severity (SEVVIOSY), form of termination (FOROUT;
     * 7, faded, is tacit), termination date when within the horizon, and each principal's result (OUTCOM).
     * Skipped where the ICB files are not at hand (-Dbrink.icb=DIR names them).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("library")
    void recordsAgreeWithIcb(Path file) throws IOException {
        Path system = ICB.resolve("icb1v14.csv"), actors = ICB.resolve("icb2v14.csv");
        assumeTrue(Files.isRegularFile(system) && Files.isRegularFile(actors), "the ICB files are not at " + ICB);
        RecordSpec r = Loader.load(file).record();
        assumeTrue(r != null && r.icb() != null, file + " names no ICB crisis");
        java.util.Map<String, String> c = icbRows(system).stream().filter(m -> m.get("crisno").equals("" + r.icb())).findFirst().orElseThrow();
        assertEquals(c.get("sevviosy"), "" + r.severity().icb, file + ": severity (SEVVIOSY) of ICB " + r.icb());
        int forout = Integer.parseInt(c.get("forout"));
        assertEquals(forout == 7 ? 3 : forout, r.termination().icb, file + ": form of termination (FOROUT)");
        java.time.LocalDate end = java.time.LocalDate.of(Integer.parseInt(c.get("yrterm")), Integer.parseInt(c.get("moterm")), day(c.get("daterm")));
        if (r.terminationDate() != null) assertEquals(end, r.terminationDate(), file + ": termination date (ICB day codes 66/77/88 read as 1/15/28)");
        for (var e : r.results().entrySet()) {
            String actor = ICB_ACTOR.getOrDefault(e.getKey(), e.getKey());
            List<String> coded = icbRows(actors).stream().filter(m -> m.get("crisno").equals("" + r.icb()) && m.get("actor").equals(actor))
                    .map(m -> m.get("outcom")).distinct().toList();
            assertEquals(List.of("" + e.getValue().icb), coded, file + ": result of " + e.getKey() + " (OUTCOM of " + actor + ")");
        }
    }

    private static int day(String code) {
        return switch (code) {
            case "66" -> 1;
            case "77" -> 15;
            case "88" -> 28;
            default -> Integer.parseInt(code);
        };
    }

    private static List<java.util.Map<String, String>> icbRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] head = lines.get(0).split(",", -1);
        List<java.util.Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i < head.length && i < cells.length; i++) m.put(head[i], cells[i]);
            out.add(m);
        }
        return out;
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
