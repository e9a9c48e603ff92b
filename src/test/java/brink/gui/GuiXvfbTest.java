package brink.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Console on a virtual display: starts its own Xvfb when one is installed (skipped otherwise), runs
 * {@link GuiSmoke} in a child JVM (the test JVM itself is headless) and checks the screenshots it leaves.
 */
class GuiXvfbTest {
    @TempDir
    Path tmp;

    static Path onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    @Test
    void consolePlaysInjectsAndTakesScreenshotsUnderXvfb() throws Exception {
        Path xvfb = onPath("Xvfb");
        assumeTrue(xvfb != null, "Xvfb is not installed (apt-get install xvfb); skipping the GUI smoke test");
        int n = 97;
        while (n < 200 && (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n)))) n++;
        Process server = new ProcessBuilder(xvfb.toString(), ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("xvfb.log").toFile()).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            for (int i = 0; i < 100 && !Files.exists(socket) && server.isAlive(); i++) Thread.sleep(100);
            assumeTrue(server.isAlive() && Files.exists(socket), "Xvfb did not start: " + Files.readString(tmp.resolve("xvfb.log")));

            Path out = tmp.resolve("shots");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xmx512m", GuiSmoke.class.getName(),
                    "src/test/resources/scenarios/fictional.json", out.toString(), "8"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("smoke.log").toFile());
            pb.environment().put("DISPLAY", ":" + n);
            Process smoke = pb.start();
            boolean done = smoke.waitFor(120, TimeUnit.SECONDS);
            if (!done) smoke.destroyForcibly();
            String log = Files.readString(tmp.resolve("smoke.log"));
            assertTrue(done, "GuiSmoke did not finish in time:\n" + log);
            assertEquals(0, smoke.exitValue(), log);
            assertTrue(log.contains("inject fired: true"), log);
            for (String f : List.of("display.png", "screen.png", "map.png", "chart-rung.png")) {
                BufferedImage img = ImageIO.read(out.resolve(f).toFile());
                assertNotNull(img, f + " decodes");
                assertTrue(img.getWidth() > 100 && img.getHeight() > 100, f + " " + img.getWidth() + "x" + img.getHeight());
            }
        } finally {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

}
