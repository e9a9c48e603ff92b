package brink.spark;

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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job on a real standalone cluster (a master and two workers as separate JVMs on 127.0.0.1, submitted through
 * SparkSubmit with the shaded jar), against brink run and brink sweep in this JVM: byte-identical rows, summary and
 * daily bands; the same after a worker dies in the middle of a job.
 */
class ClusterIT {
    static final String FICTIONAL = Path.of("../src/test/resources/scenarios/fictional.json").toAbsolutePath().normalize().toString();
    static final Path JAR = Path.of(System.getProperty("brink.spark.jar"));

    @TempDir
    static Path tmp;
    static LocalCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = new LocalCluster(tmp, 2);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.close();
    }

    static void local(String... args) {
        PrintStream o = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, brink.cli.Main.execute(args));
        } finally {
            System.setOut(o);
        }
    }

    static void submitted(String name, String... args) throws Exception {
        Process p = cluster.submit(name, JAR, args);
        assertTrue(p.waitFor(8, TimeUnit.MINUTES), name + " did not finish");
        assertEquals(0, p.exitValue(), cluster.log(name));
        System.out.println(name + ": " + cluster.log(name).lines().filter(l -> l.contains("runs/s")).findFirst().orElse("?"));
    }

    static void same(Path a, Path b, String... files) throws Exception {
        for (String f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }

    @Test
    void aBatchOnTheClusterIsByteIdenticalToBrinkRun() throws Exception {
        local("run", FICTIONAL, "--runs", "1500", "--seed", "21", "--no-charts", "--quiet", "--out", tmp.resolve("batch-local").toString());
        submitted("batch", "run", FICTIONAL, "--runs", "1500", "--seed", "21", "--partitions", "8", "--csv", "--out", tmp.resolve("batch-cluster").toString());
        same(tmp.resolve("batch-local"), tmp.resolve("batch-cluster"), "runs.csv", "summary.json", "daily.csv");
        var m = brink.scenario.Loader.JSON.readTree(tmp.resolve("batch-cluster/manifest.json").toFile());
        assertEquals(cluster.url(), m.get("sparkMaster").asText());
        assertEquals(2, m.get("threads").asInt(), "two workers of one core each");
    }

    @Test
    void aSweepOnTheClusterIsByteIdenticalToBrinkSweep() throws Exception {
        String[] sweep = {"sweep", FICTIONAL, "--vary", "states.NOR.resolve=0.4,0.7,0.95", "--runs", "200", "--seed", "8"};
        local(LocalSparkTest.concat(sweep, "--no-charts", "--quiet", "--out", tmp.resolve("sweep-local").toString()));
        submitted("sweep", LocalSparkTest.concat(sweep, "--partitions", "6", "--csv", "--out", tmp.resolve("sweep-cluster").toString()));
        same(tmp.resolve("sweep-local"), tmp.resolve("sweep-cluster"), "runs.csv", "summary.json", "daily.csv", "points.csv");
    }

    @Test
    void calibrationWavesOnTheClusterGiveTheLocalRegion() throws Exception {
        // two waves, each a job of its own on the executors; 8 sets x 12 runs split over 6 partitions
        String[] study = {"calibrate", FICTIONAL, "--range", "states.NOR.forces=20:150", "--target", "mean:forces_NOR,70,5", "--target", "share:severity=none,0.5,0.3",
                "--points", "8", "--runs", "12", "--waves", "2", "--seed", "4", "--no-charts"};
        local(LocalSparkTest.concat(study, "--out", tmp.resolve("cal-local").toString()));
        submitted("calibrate", LocalSparkTest.concat(study, "--partitions", "6", "--out", tmp.resolve("cal-cluster").toString()));
        same(tmp.resolve("cal-local"), tmp.resolve("cal-cluster"), "waves.csv", "accepted.csv", "northland-southmark.calibrated.json");
        assertEquals(LocalSparkTest.json(tmp.resolve("cal-local/region.json")), LocalSparkTest.json(tmp.resolve("cal-cluster/region.json"), "engine"));
        assertEquals(cluster.url(), LocalSparkTest.json(tmp.resolve("cal-cluster/region.json")).get("engine").get("sparkMaster").asText());
    }

    @Test
    void killingAWorkerMidJobLeavesTheRowsIdentical() throws Exception {
        local("run", FICTIONAL, "--runs", "2000", "--seed", "5", "--no-charts", "--quiet", "--out", tmp.resolve("kill-local").toString());
        Path out = tmp.resolve("kill-cluster");
        Process job = cluster.submit("kill", JAR, "run", FICTIONAL, "--runs", "2000", "--seed", "5", "--partitions", "20", "--csv", "--out", out.toString());
        // wait until some tasks have finished (their CSV parts are in place), then kill a worker and its executor
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (finishedParts(tmp) < 3) {
            assertTrue(System.nanoTime() < end && job.isAlive(), "the job did not get going:\n" + cluster.log("kill"));
            Thread.sleep(100);
        }
        int before = finishedParts(tmp);
        LocalCluster.kill(cluster.workers.get(0));
        assertTrue(before < 20, "killed mid-job: " + before + " of 20 parts were done");
        assertTrue(job.waitFor(8, TimeUnit.MINUTES), "the job did not finish after the worker died");
        assertEquals(0, job.exitValue(), cluster.log("kill"));
        same(tmp.resolve("kill-local"), out, "runs.csv", "summary.json", "daily.csv");
        assertTrue(cluster.log("kill").matches("(?s).*(Lost executor|executor lost|ExecutorLostFailure|Removed executor|worker lost).*"),
                "the driver saw the executor go");
        // the cluster keeps working on one worker for the next test
        cluster.addWorker();
    }

    private static int finishedParts(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return (int) s.filter(p -> p.toString().contains("kill-cluster.partial") && p.getFileName().toString().matches("part-\\d+\\.csv")).count();
        }
    }
}
