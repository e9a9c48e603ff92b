package brink.gui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A virtual display for tests that open real windows: its own Xvfb on a free display number (the test is skipped without Xvfb). */
public final class Xvfb {
    private Xvfb() {
    }

    public interface DisplayBody {
        void run(String display) throws Exception;
    }

    static Path onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Starts Xvfb on a free display, runs the body with its name (":N"), stops it; its log goes to the folder given. */
    public static void with(Path logs, DisplayBody body) throws Exception {
        Path xvfb = onPath("Xvfb");
        assumeTrue(xvfb != null, "Xvfb is not installed (apt-get install xvfb); skipping the GUI test");
        int n = 97;
        while (n < 200 && (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n)))) n++;
        Path log = logs.resolve("xvfb-" + n + ".log");
        Process server = new ProcessBuilder(xvfb.toString(), ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            for (int i = 0; i < 100 && !Files.exists(socket) && server.isAlive(); i++) Thread.sleep(100);
            assumeTrue(server.isAlive() && Files.exists(socket), "Xvfb did not start: " + Files.readString(log));
            body.run(":" + n);
        } finally {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    /** Runs a main class from this class path in a child JVM on the display; checks it ended with 0 and returns its output. */
    public static String child(Path logs, String display, String name, String classPath, String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Xmx512m", main));
        cmd.addAll(List.of(args));
        Path log = logs.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        boolean done = p.waitFor(150, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        String out = Files.readString(log);
        assertTrue(done, name + " did not finish in time:\n" + out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
