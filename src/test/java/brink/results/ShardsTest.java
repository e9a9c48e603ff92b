package brink.results;

import brink.TestScenarios;
import brink.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shards written anywhere and joined with brink merge equal one machine's batch. */
class ShardsTest {
    static final String FICTIONAL = TestScenarios.FICTIONAL.toString();

    record Out(int code, String out, String err) {
    }

    static Out brink(String... args) {
        PrintStream o = System.out, e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Out(Main.execute(args), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    static void shard(Path dir, long from, long to, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", FICTIONAL, "--seed", "11", "--runs-from", "" + from, "--runs-to", "" + to,
                "--threads", "2", "--no-charts", "--quiet", "--out", dir.toString()));
        args.addAll(List.of(more));
        Out r = brink(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void shardsMergedBeyondTheDailySampleEqualOneRunChartsIncluded(@TempDir Path tmp) throws Exception {
        long n = Aggregates.SAMPLE + 600;
        shard(tmp.resolve("b"), 3000, 7100);
        shard(tmp.resolve("a"), 0, 3000);
        shard(tmp.resolve("c"), 7100, n);
        Out one = brink("run", FICTIONAL, "--seed", "11", "--runs", "" + n, "--threads", "2", "--quiet", "--out", tmp.resolve("one").toString());
        assertEquals(0, one.code(), one.err());
        Out merged = brink("merge", tmp.resolve("c").toString(), tmp.resolve("a").toString(), tmp.resolve("b").toString(), "--quiet",
                "--out", tmp.resolve("all").toString());
        assertEquals(0, merged.code(), merged.err());
        for (String f : List.of("runs.csv", "daily.csv", "summary.json", "scenario.json")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("all").resolve(f)), f);
        }
        List<Path> charts;
        try (Stream<Path> s = Files.list(tmp.resolve("one/charts"))) {
            charts = s.sorted().toList();
        }
        assertFalse(charts.isEmpty());
        for (Path c : charts) {
            assertArrayEquals(Files.readAllBytes(c), Files.readAllBytes(tmp.resolve("all/charts").resolve(c.getFileName())), c.getFileName().toString());
        }
        var m = brink.scenario.Loader.JSON.readTree(tmp.resolve("all/manifest.json").toFile());
        assertEquals(n, m.get("runs").asLong());
        assertEquals(3, m.get("shards").asInt());
        assertFalse(Files.exists(tmp.resolve("all").resolve(Shards.AGGREGATES)), "the merged folder is a plain results folder");
        // a shard is itself a results folder of its slice: its rows are runs 3000..7099
        List<String> rows = Files.readAllLines(tmp.resolve("b/runs.csv"));
        assertEquals(4101, rows.size());
        assertTrue(rows.get(1).startsWith("3000,"), rows.get(1));
    }

    @Test
    void shardsThatDoNotMakeOneBatchAreRefusedWithTheReason(@TempDir Path tmp) throws Exception {
        shard(tmp.resolve("a"), 0, 20);
        shard(tmp.resolve("b"), 20, 40);
        shard(tmp.resolve("c"), 50, 60);
        shard(tmp.resolve("d"), 30, 45);
        shard(tmp.resolve("s"), 20, 40, "--set", "states.NOR.resolve=0.9");
        Files.createDirectories(tmp.resolve("plain"));

        assertRefused(tmp, "runs 40..49 are in none of the shards given", "a", "b", "c");
        assertRefused(tmp, "overlaps another shard", "a", "b", "d");
        assertRefused(tmp, "runs 0..19 are in none", "b");
        assertRefused(tmp, "not shards of the same scenario", "a", "s");
        assertRefused(tmp, "is not a shard", "a", "plain");
        shard(tmp.resolve("seed"), 20, 40);
        var m = (com.fasterxml.jackson.databind.node.ObjectNode) brink.scenario.Loader.JSON.readTree(tmp.resolve("seed/manifest.json").toFile());
        m.put("masterSeed", 12);
        brink.scenario.Loader.JSON.writeValue(tmp.resolve("seed/manifest.json").toFile(), m);
        assertRefused(tmp, "master seed", "a", "seed");

        Out both = brink("run", FICTIONAL, "--runs", "10", "--runs-from", "0", "--runs-to", "5", "--no-charts", "--out", tmp.resolve("x").toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--runs cannot be used with --runs-from"), both.err());
        Out half = brink("run", FICTIONAL, "--runs-from", "5", "--no-charts", "--out", tmp.resolve("x").toString());
        assertEquals(2, half.code());
        Out backwards = brink("run", FICTIONAL, "--runs-from", "5", "--runs-to", "5", "--no-charts", "--out", tmp.resolve("x").toString());
        assertEquals(2, backwards.code());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    private static void assertRefused(Path tmp, String why, String... shards) {
        List<String> args = new java.util.ArrayList<>(List.of("merge"));
        for (String s : shards) args.add(tmp.resolve(s).toString());
        args.addAll(List.of("--no-charts", "--out", tmp.resolve("merged").toString()));
        Out r = brink(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(why), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(Files.exists(tmp.resolve("merged")), "nothing written");
    }
}
