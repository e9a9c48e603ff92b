package brink.montecarlo;

import brink.TestScenarios;
import brink.cli.Main;
import brink.model.CrisisModel;
import brink.model.RunRecord;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches, sweeps and replays through the command line, as an analyst runs them. */
class BatchCliTest {
    static final String FICTIONAL = TestScenarios.FICTIONAL.toString();

    record Out(int code, String out, String err) {
    }

    static Out brink(String... args) {
        PrintStream o = System.out, e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    @Test
    void oneAndTwoThreadsGiveByteIdenticalRows(@TempDir Path tmp) throws Exception {
        Out a = brink("run", FICTIONAL, "--runs", "700", "--seed", "9", "--threads", "1", "--no-charts", "--quiet", "--out", tmp.resolve("a").toString());
        Out b = brink("run", FICTIONAL, "--runs", "700", "--seed", "9", "--threads", "2", "--no-charts", "--quiet", "--out", tmp.resolve("b").toString());
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        for (String f : List.of("runs.csv", "daily.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(tmp.resolve("a/runs.csv"));
        assertEquals(701, rows.size());
        assertTrue(rows.get(0).startsWith("run,seed,outcome,peak_rung,end_rung,end_day,day_rung_0"));
        assertTrue(rows.get(0).contains("param:states.NOR.resolve"));
        JsonNode manifest = Loader.JSON.readTree(tmp.resolve("a/manifest.json").toFile());
        assertEquals(9, manifest.get("masterSeed").asLong());
        assertTrue(manifest.get("complete").asBoolean());
        assertEquals(64, manifest.get("scenarioSha256").asText().length());
    }

    @Test
    void outcomeProbabilitiesSumToOneAndNarrateReplaysARow(@TempDir Path tmp) throws Exception {
        Out r = brink("run", FICTIONAL, "--runs", "60", "--seed", "31", "--no-charts", "--out", tmp.resolve("r").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("master seed 31"), "the seed is printed");
        assertTrue(r.out().contains("95% interval"));
        JsonNode summary = Loader.JSON.readTree(tmp.resolve("r/summary.json").toFile());
        double sum = 0;
        for (JsonNode o : summary.get("outcomes")) sum += o.get("probability").asDouble();
        assertEquals(1, sum, 1e-9);

        List<String> rows = Files.readAllLines(tmp.resolve("r/runs.csv"));
        String[] row17 = rows.get(18).split(",", -1);
        assertEquals("17", row17[0]);
        Scenario s = TestScenarios.fictional();
        RunRecord replay = new CrisisModel(s, Seeds.run(31, 17), false).run();
        assertEquals(Long.parseLong(row17[1]), Seeds.run(31, 17));
        assertEquals(row17[2], replay.outcome());
        assertEquals(row17[3], Integer.toString(replay.peakRung()));
        Out told = brink("narrate", FICTIONAL, "--seed", "31", "--run", "17");
        assertEquals(0, told.code(), told.err());
        String outcomeName = s.outcomes().stream().filter(o -> o.id().equals(row17[2])).findFirst().orElseThrow().name();
        assertTrue(told.out().contains("outcome: " + outcomeName), told.out());
        Out bySeed = brink("narrate", FICTIONAL, "--run-seed", row17[1]);
        assertEquals(told.out().substring(told.out().indexOf("\n\n")), bySeed.out().substring(bySeed.out().indexOf("\n\n")));
    }

    @Test
    void anExistingFolderIsNeverTouched(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Out r = brink("run", FICTIONAL, "--runs", "5", "--no-charts", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("already exists"), r.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of(out.resolve("notes.txt")), files.toList());
        }
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary folder left behind");
        }
    }

    @Test
    void anInvalidScenarioWritesNothing(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(TestScenarios.FICTIONAL).replace("\"horizonDays\": 60", "\"horizonDays\": -5"));
        Out r = brink("run", bad.toString(), "--runs", "5", "--no-charts", "--out", tmp.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("horizonDays"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(tmp.resolve("out")));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aSweepGridCoversEveryPointAndEachRunReplaysAlone(@TempDir Path tmp) throws Exception {
        Out r = brink("sweep", FICTIONAL, "--vary", "states.NOR.resolve=0.5,0.9", "--vary", "parameters.rationality=5,10",
                "--runs", "15", "--seed", "4", "--no-charts", "--quiet", "--out", tmp.resolve("s").toString());
        assertEquals(0, r.code(), r.err());
        List<String> points = Files.readAllLines(tmp.resolve("s/points.csv"));
        assertEquals(5, points.size());
        assertTrue(points.get(0).startsWith("point,states.NOR.resolve,parameters.rationality,runs,p_"));
        Set<String> combos = new HashSet<>();
        for (String line : points.subList(1, 5)) {
            String[] c = line.split(",");
            combos.add(c[1] + "/" + c[2]);
            assertEquals("15", c[3]);
        }
        assertEquals(Set.of("0.5/5", "0.5/10", "0.9/5", "0.9/10"), combos);
        List<String> rows = Files.readAllLines(tmp.resolve("s/runs.csv"));
        assertEquals(61, rows.size());
        // row of point 2, run 7 replays alone
        String[] row = rows.stream().skip(1).map(l -> l.split(",", -1)).filter(c -> c[0].equals("2") && c[3].equals("7")).findFirst().orElseThrow();
        Scenario at = TestScenarios.fictional("states.NOR.resolve=" + row[1], "parameters.rationality=" + row[2]);
        RunRecord replay = new CrisisModel(at, Seeds.run(4, 7), false).run();
        assertEquals(row[5], replay.outcome());
    }

    @Test
    void precisionAddsRunsUntilTheIntervalsAreNarrowEnough(@TempDir Path tmp) throws Exception {
        Out r = brink("run", FICTIONAL, "--precision", "0.03", "--runs", "20000", "--no-charts", "--out", tmp.resolve("p").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("precision ±0.030 reached"), r.out());
        JsonNode summary = Loader.JSON.readTree(tmp.resolve("p/summary.json").toFile());
        for (JsonNode o : summary.get("outcomes")) {
            assertTrue((o.get("ci95").get(1).asDouble() - o.get("ci95").get(0).asDouble()) / 2 <= 0.03 + 1e-9);
        }
        long runs = Loader.JSON.readTree(tmp.resolve("p/manifest.json").toFile()).get("runsCompleted").asLong();
        assertTrue(runs < 20000 && runs >= 1000, "stopped early at " + runs);
    }
}
