package brink.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark job in local mode (two threads), against the core's command line in the same JVM: the same files. */
class LocalSparkTest {
    static final String FICTIONAL = Path.of("../src/test/resources/scenarios/fictional.json").toString();

    @BeforeAll
    static void local() {
        System.setProperty("spark.master", "local[2]");
        System.setProperty("spark.ui.enabled", "false");
    }

    @AfterAll
    static void stop() {
        SparkSession.active().stop();
    }

    record Out(int code, String out, String err) {
    }

    static Out call(boolean spark, String... args) {
        PrintStream o = System.out, e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = spark ? Main.execute(args) : brink.cli.Main.execute(args);
            return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    static void same(Path local, Path cluster, String... files) throws Exception {
        for (String f : files) assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(cluster.resolve(f)), f);
    }

    @Test
    void aBatchOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) throws Exception {
        Out local = call(false, "run", FICTIONAL, "--runs", "400", "--seed", "3", "--no-charts", "--quiet", "--out", tmp.resolve("local").toString());
        assertEquals(0, local.code(), local.err());
        Out spark = call(true, "run", FICTIONAL, "--runs", "400", "--seed", "3", "--partitions", "7", "--csv", "--out", tmp.resolve("spark").toString());
        assertEquals(0, spark.code(), spark.err());
        same(tmp.resolve("local"), tmp.resolve("spark"), "runs.csv", "summary.json", "daily.csv", "scenario.json");

        // runs.parquet holds the same typed rows
        List<Row> rows = SparkSession.active().read().parquet(tmp.resolve("spark/runs.parquet").toString()).orderBy("run").collectAsList();
        assertEquals(400, rows.size());
        String[] line17 = Files.readAllLines(tmp.resolve("local/runs.csv")).get(18).split(",", -1);
        Row r17 = rows.get(17);
        assertEquals(Long.parseLong(line17[1]), r17.getLong(r17.fieldIndex("seed")));
        assertEquals(line17[2], r17.getString(r17.fieldIndex("outcome")));
        var m = brink.scenario.Loader.JSON.readTree(tmp.resolve("spark/manifest.json").toFile());
        assertEquals("spark", m.get("engine").asText());
        assertEquals(7, m.get("partitions").asInt());
        assertTrue(m.get("sparkMaster").asText().startsWith("local"));
        assertFalse(m.get("sparkVersion").asText().isEmpty());

        // and the core draws its charts
        Out chart = call(false, "chart", tmp.resolve("spark").toString());
        assertEquals(0, chart.code(), chart.err());
        assertTrue(Files.exists(tmp.resolve("spark/report.html")));
    }

    @Test
    void aSweepOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) throws Exception {
        String[] sweep = {"sweep", FICTIONAL, "--vary", "states.NOR.resolve=0.5,0.9", "--vary", "parameters.rationality=5,10", "--runs", "60", "--seed", "4",
                "--baseline", "2"};
        Out local = call(false, concat(sweep, "--no-charts", "--quiet", "--out", tmp.resolve("local").toString()));
        assertEquals(0, local.code(), local.err());
        Out spark = call(true, concat(sweep, "--partitions", "5", "--csv", "--out", tmp.resolve("spark").toString()));
        assertEquals(0, spark.code(), spark.err());
        same(tmp.resolve("local"), tmp.resolve("spark"), "runs.csv", "summary.json", "daily.csv", "points.csv");
    }

    /** A JSON file without the fields only one engine writes. */
    static com.fasterxml.jackson.databind.JsonNode json(Path file, String... without) throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) brink.scenario.Loader.JSON.readTree(file.toFile());
        for (String w : without) {
            String[] path = w.split("\\.");
            var at = tree;
            for (int i = 0; i < path.length - 1; i++) at = (com.fasterxml.jackson.databind.node.ObjectNode) at.get(path[i]);
            at.remove(path[path.length - 1]);
        }
        return tree;
    }

    @Test
    void aSensitivityDesignOnSparkGivesTheLocalEnginesNumbers(@TempDir Path tmp) throws Exception {
        // 3 trajectories of 3 points, 7 runs each: 63 runs in 5 partitions, so most points are split between tasks,
        // and the outputs include a mean of a real column (exact sums) and a median day (day counts)
        String[] study = {"sensitivity", FICTIONAL, "--range", "parameters.rationality=3:12", "--range", "parameters.warCost=0.2:1.0", "--output", "reached:5",
                "--output", "median-day:3", "--output", "mean:forces_NOR", "--samples", "3", "--runs", "7", "--seed", "8", "--bootstrap", "50"};
        Out local = call(false, concat(study, "--threads", "2", "--no-charts", "--out", tmp.resolve("local").toString()));
        assertEquals(0, local.code(), local.err());
        Out spark = call(true, concat(study, "--partitions", "5", "--out", tmp.resolve("spark").toString()));
        assertEquals(0, spark.code(), spark.err());
        same(tmp.resolve("local"), tmp.resolve("spark"), "design.csv", "outputs.csv", "sensitivity.csv");
        assertEquals(json(tmp.resolve("local/sensitivity.json")), json(tmp.resolve("spark/sensitivity.json"), "settings.engine"));
        var engine = json(tmp.resolve("spark/sensitivity.json")).get("settings").get("engine");
        assertEquals("spark", engine.get("name").asText());
        assertEquals(5, engine.get("partitions").asInt());
        assertTrue(Files.readString(tmp.resolve("spark/report.html")).contains("<section id=\"sensitivity\">"), "charts and report uploaded");
        // a chart for every output that varies over the design (sensitivity-N after the output's place), none for the others
        var outputs = json(tmp.resolve("spark/sensitivity.json")).get("outputs");
        int charted = 0;
        for (int o = 0; o < outputs.size(); o++) {
            double variance = outputs.get(o).get("variance").asDouble(0);
            boolean varies = variance != 0 && !Double.isNaN(variance);
            assertEquals(varies, Files.exists(tmp.resolve("spark/sensitivity-" + (o + 1) + ".png")), outputs.get(o).get("output").asText());
            if (varies) charted++;
        }
        assertTrue(charted > 0, "the mean of forces varies over the design");
        // the same printed table
        assertEquals(table(local.out()), table(spark.out()));
    }

    /** The printed table, from its first heading to the results line. */
    static String table(String out) {
        return out.substring(out.indexOf("Sensitivity of"), out.indexOf("results:"));
    }

    @Test
    void calibrationWavesOnSparkGiveTheLocalEnginesRegion(@TempDir Path tmp) throws Exception {
        String[] study = {"calibrate", FICTIONAL, "--range", "states.NOR.forces=20:150", "--range", "states.SOU.forces=10:100", "--target", "mean:forces_NOR,70,5",
                "--target", "share:severity=none,0.5,0.3", "--points", "6", "--runs", "5", "--waves", "2", "--seed", "3"};
        Out local = call(false, concat(study, "--threads", "2", "--no-charts", "--out", tmp.resolve("local").toString()));
        assertEquals(0, local.code(), local.err());
        Out spark = call(true, concat(study, "--partitions", "4", "--out", tmp.resolve("spark").toString()));
        assertEquals(0, spark.code(), spark.err());
        same(tmp.resolve("local"), tmp.resolve("spark"), "waves.csv", "accepted.csv", "northland-southmark.calibrated.json");
        assertEquals(json(tmp.resolve("local/region.json")), json(tmp.resolve("spark/region.json"), "engine"));
        assertEquals("spark", json(tmp.resolve("spark/region.json")).get("engine").get("name").asText());
        assertTrue(Files.size(tmp.resolve("spark/ranges.png")) > 1000);
        assertTrue(spark.out().contains("wave 1: 30 runs on local"), spark.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("taken"));
        Out taken = call(true, "run", FICTIONAL, "--runs", "5", "--out", tmp.resolve("taken").toString());
        assertEquals(2, taken.code(), taken.err());
        assertTrue(taken.err().contains("already exists"), taken.err());
        Out missing = call(true, "run", tmp.resolve("nope.json").toString(), "--runs", "5", "--out", tmp.resolve("x").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("cannot read the file"), missing.err());
        Out set = call(true, "run", FICTIONAL, "--set", "states.XX.resolve=1", "--runs", "5", "--out", tmp.resolve("x").toString());
        assertEquals(2, set.code(), set.err());
        Out output = call(true, "sensitivity", FICTIONAL, "--range", "parameters.warCost=0.1:1", "--output", "mean:outcome", "--out", tmp.resolve("x").toString());
        assertEquals(2, output.code(), output.err());
        assertTrue(output.err().contains("holds text"), output.err());
        Out target = call(true, "calibrate", FICTIONAL, "--range", "parameters.warCost=0.1:1", "--out", tmp.resolve("x").toString());
        assertEquals(2, target.code(), target.err());
        assertTrue(target.err().contains("--target OUTPUT,VALUE,TOLERANCE"), target.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
