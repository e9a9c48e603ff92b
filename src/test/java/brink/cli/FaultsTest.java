package brink.cli;

import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fault reproducers (../shared/reproducers/faults.sh) as tests: signals, races between batches and a disk that
 * fills or is read-only. Each runs brink in a JVM of its own, as a user does, and waits for files rather than for
 * time, so that a busy machine only makes it slower.
 */
class FaultsTest {
    static final Path FICTIONAL = Path.of("src", "test", "resources", "scenarios", "fictional.json").toAbsolutePath();
    static final Path TINY = Path.of("src", "test", "resources", "reproducers", "tiny.json").toAbsolutePath();

    @TempDir
    Path tmp;

    /** brink in its own JVM, in {@code dir}, with stdout and stderr into files there. */
    private Process start(Path dir, String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "brink.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private static int await(Process p, int seconds) throws InterruptedException {
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "brink did not end within " + seconds + " s");
        return p.exitValue();
    }

    /** Waits until a file matching the glob (relative to dir) exists, or the process ends. */
    private static Path waitFor(Path dir, String glob, Process p) throws Exception {
        PathMatcher m = dir.getFileSystem().getPathMatcher("glob:" + glob);
        for (int i = 0; i < 60_000; i++) {
            try (Stream<Path> s = Files.walk(dir, 3)) {
                var hit = s.filter(f -> m.matches(dir.relativize(f))).findFirst();
                if (hit.isPresent()) return hit.get();
            } catch (IOException | java.io.UncheckedIOException e) {
                // a folder renamed while walking: look again
            }
            if (!p.isAlive()) throw new AssertionError("brink ended (exit " + p.exitValue() + ") before " + glob + " appeared:\n" + Files.readString(dir.resolve("a.err")));
            Thread.sleep(5);
        }
        throw new AssertionError(glob + " never appeared");
    }

    private static void signal(Process p, String name) throws Exception {
        new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor();
    }

    private static List<String> lines(Path f) throws IOException {
        return Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    private static JsonNode manifest(Path dir) throws IOException {
        return Loader.JSON.readTree(dir.resolve("manifest.json").toFile());
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void aSignalWhileTheBatchIsFinishingEndsItAtOnce() throws Exception {
        Process p = start(tmp, "a", "run", FICTIONAL.toString(), "--runs", "800", "--threads", "1", "--no-charts", "--out", "r");
        waitFor(tmp, ".r.partial-*/daily.csv", p);
        long t0 = System.nanoTime();
        p.destroy();
        int code = await(p, 60);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertTrue(secs < 15, "exit " + secs + " s after SIGTERM (it used to wait 120 s)");
        assertTrue(code == 143 || code == 0, "exit " + code);
        assertTrue(manifest(tmp.resolve("r")).get("complete").asBoolean(), "all runs had finished: the folder is complete");
        if (code == 143) {
            List<String> err = lines(tmp.resolve("a.err"));
            assertTrue(err.get(err.size() - 1).startsWith("stopped: all 800 runs finished; kept in ") && err.get(err.size() - 1).contains("r (complete)"), err.toString());
        }
        assertEquals(List.of(), hidden(tmp));
    }

    @Test
    void aSignalWhileChartsAreDrawnNeverLeavesACompleteFolderWithoutThemUnsaid() throws Exception {
        Process p = start(tmp, "a", "run", FICTIONAL.toString(), "--runs", "400", "--out", "r");
        waitFor(tmp, ".r.partial-*/.charts-tmp-*", p);
        p.destroy();
        int code = await(p, 60);
        assertTrue(code == 143 || code == 0, "exit " + code);
        Path r = tmp.resolve("r");
        JsonNode m = manifest(r);
        boolean charts = Files.isDirectory(r.resolve("charts")) && Files.isRegularFile(r.resolve("report.html"));
        assertTrue(charts || m.path("missing").toString().contains("charts/"), "complete folder without charts must say so: " + m);
        if (!charts) {
            assertTrue(m.path("missingReason").asText().contains("signal"), m.toString());
            assertFalse(Files.exists(r.resolve("report.html")));
        }
        assertEquals(List.of(), hidden(tmp));
    }

    @Test
    void ctrlCKeepsWhatFinishedAndSaysWhere() throws Exception {
        Process p = start(tmp, "a", "run", FICTIONAL.toString(), "--runs", "500000", "--threads", "1", "--no-charts", "--out", "r");
        Path partial = waitFor(tmp, ".r.partial-*/runs.csv", p);
        while (Files.size(partial) < 5_000 && p.isAlive()) Thread.sleep(5);
        signal(p, "INT");
        assertEquals(130, await(p, 60));
        List<String> err = lines(tmp.resolve("a.err"));
        String last = err.get(err.size() - 1);
        assertTrue(last.startsWith("stopped: ") && last.endsWith(tmp.resolve("r") + " (marked incomplete)"), err.toString());
        JsonNode m = manifest(tmp.resolve("r"));
        assertFalse(m.get("complete").asBoolean());
        long rows = Files.readAllLines(tmp.resolve("r/runs.csv")).size() - 1;
        assertTrue(rows > 0);
        assertEquals(rows, m.get("runsCompleted").asLong());
        assertTrue(last.contains(String.format("%,d of 500,000 runs finished", rows)), last);
        assertEquals(List.of(), hidden(tmp));
    }

    @Test
    void aSignalOutsideABatchSaysNothingWasWrittenAndLeavesNothing() throws Exception {
        // a forecast (like a run before its batch starts) has nothing to keep: its folder goes, and stderr says so
        for (String sig : new String[]{"INT", "TERM"}) {
            Path dir = Files.createDirectories(tmp.resolve(sig));
            Files.writeString(dir.resolve("seen.json"), "[{\"date\": \"2030-03-20\", \"kind\": \"rung\", \"min\": 0}]");
            Process p = start(dir, "a", "forecast", FICTIONAL.toString(), "--given", "seen.json", "--dates", "2030-03-01", "--runs", "1000000",
                    "--threads", "1", "--no-charts", "--out", "f");
            waitFor(dir, ".f.partial-*", p);
            signal(p, sig);
            assertEquals(sig.equals("INT") ? 130 : 143, await(p, 60));
            List<String> err = lines(dir.resolve("a.err"));
            assertEquals("interrupted; nothing was written", err.get(err.size() - 1), err.toString());
            assertFalse(Files.exists(dir.resolve("f")));
            assertEquals(List.of(), hidden(dir));
        }
    }

    @Test
    void twoBatchesNeverShareAFolder() throws Exception {
        // the same --out: one writes it, the other is refused at once with one line
        Process a = start(tmp, "a", "run", FICTIONAL.toString(), "--runs", "400", "--threads", "1", "--no-charts", "--quiet", "--out", "shared");
        Process b = start(tmp, "b", "run", FICTIONAL.toString(), "--runs", "400", "--threads", "1", "--no-charts", "--quiet", "--out", "shared", "--seed", "2");
        Set<Integer> codes = Set.of(await(a, 120), await(b, 120));
        assertEquals(Set.of(0, 2), codes);
        Path loser = tmp.resolve(a.exitValue() == 2 ? "a.err" : "b.err");
        List<String> err = lines(loser);
        assertEquals(1, err.size(), err.toString());
        assertTrue(err.get(0).startsWith("error: shared: ") && (err.get(0).contains("being written by another batch") || err.get(0).contains("already exists")), err.toString());
        assertEquals(401, Files.readAllLines(tmp.resolve("shared/runs.csv")).size());
        assertEquals(List.of(), hidden(tmp));
    }

    @Test
    void twoBatchesStartedInTheSameSecondGetTwoFolders() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectory(home.resolve("scenarios"));
        Files.copy(TINY, home.resolve("scenarios/tiny.json"));
        Files.writeString(home.resolve("scenarios/DEFAULT"), "tiny.json\n");
        Process a = start(home, "a", "run", "--runs", "1000", "--no-charts", "--quiet");
        Process b = start(home, "b", "run", "--runs", "1000", "--no-charts", "--quiet", "--seed", "2");
        assertEquals(0, await(a, 120), Files.readString(home.resolve("a.err")));
        assertEquals(0, await(b, 120), Files.readString(home.resolve("b.err")));
        try (Stream<Path> s = Files.list(home.resolve("results"))) {
            List<String> folders = s.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(2, folders.size(), "two folders, nothing hidden: " + folders);
            for (String f : folders) assertEquals(1001, Files.readAllLines(home.resolve("results").resolve(f).resolve("runs.csv")).size());
        }
    }

    @Test
    void aFolderThatAppearsMeanwhileIsLeftAlone() throws Exception {
        Process p = start(tmp, "a", "run", FICTIONAL.toString(), "--runs", "400", "--threads", "1", "--no-charts", "--quiet", "--out", "r");
        waitFor(tmp, ".r.partial-*", p);
        Files.createDirectory(tmp.resolve("r"));
        Files.writeString(tmp.resolve("r/keep.txt"), "precious");
        assertEquals(0, await(p, 120));
        assertEquals("precious", Files.readString(tmp.resolve("r/keep.txt")));
        assertEquals(401, Files.readAllLines(tmp.resolve("r-2/runs.csv")).size());
        assertTrue(Files.readString(tmp.resolve("a.err")).contains("r appeared while the batch ran"), Files.readString(tmp.resolve("a.err")));
        assertEquals(List.of(), hidden(tmp));
    }

    /** A small file system of its own (root only; the test is skipped elsewhere). */
    private Path mount(String name, String options) throws Exception {
        Path m = Files.createDirectory(tmp.resolve(name));
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(root && new File("/bin/mount").canExecute(), "mounting a tmpfs needs root");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", m.toString()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mount refused: " + new String(p.getInputStream().readAllBytes()));
        return m;
    }

    private static void umount(Path m) throws Exception {
        new ProcessBuilder("umount", m.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void aFullDiskIsOneLineAndLeavesNothingBehind() throws Exception {
        Path disk = mount("tiny", "size=512k");
        try {
            Process p = start(tmp, "a", "run", TINY.toString(), "--runs", "100000", "--no-charts", "--out", disk.resolve("r").toString());
            assertEquals(2, await(p, 300));
            List<String> err = lines(tmp.resolve("a.err")).stream().filter(l -> l.startsWith("error")).toList();
            assertEquals(1, err.size(), Files.readString(tmp.resolve("a.err")));
            assertTrue(err.get(0).contains("cannot write the results: no space left on device; nothing was kept"), err.toString());
            assertFalse(Files.readString(tmp.resolve("a.err")).contains("\tat "));
            try (Stream<Path> s = Files.list(disk)) {
                assertEquals(List.of(), s.toList(), "the disk is left as it was");
            }
        } finally {
            umount(disk);
        }
    }

    @Test
    void aReadOnlyDiskIsOneLine() throws Exception {
        Path disk = mount("ro", "ro,size=1m");
        try {
            Process p = start(tmp, "a", "run", TINY.toString(), "--runs", "5", "--no-charts", "--out", disk.resolve("r").toString());
            assertEquals(2, await(p, 120));
            List<String> err = lines(tmp.resolve("a.err"));
            assertEquals(List.of("error: " + disk.resolve("r") + ": cannot create the results folder: read-only file system"), err);
        } finally {
            umount(disk);
        }
    }
}
