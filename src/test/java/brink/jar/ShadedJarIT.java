package brink.jar;

import brink.gui.Xvfb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar users run, after the build has shaded and minimised it (verify phase, failsafe): every command family once on
 * small sizes, so that a class the minimiser dropped, or a resource a filter left out, fails here and not for a user.
 * The unit tests run on target/classes and cannot see this.
 */
class ShadedJarIT {
    static final Path JAR = Path.of("target/brink.jar");

    @TempDir
    Path tmp;

    /** java -jar target/brink.jar with these arguments. */
    static List<String> brink(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs the jar with these arguments and checks it ends with 0 in time. */
    void ok(String... args) throws Exception {
        Path log = tmp.resolve("log.txt");
        Process p = new ProcessBuilder(brink(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(240, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        String out = Files.readString(log);
        assertTrue(done, String.join(" ", args) + " did not finish:\n" + out);
        assertEquals(0, p.exitValue(), String.join(" ", args) + ":\n" + out);
    }

    @Test
    void everyCommandFamilyRunsFromTheShadedJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "target/brink.jar: run in the verify phase, after package");
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        ok("run", "--runs", "200", "--out", a.toString());
        for (String f : List.of("runs.csv", "summary.json", "daily.csv", "report.html", "charts")) assertTrue(Files.exists(a.resolve(f)), f);
        ok("run", "--runs", "200", "--seed", "5", "--set", "parameters.rationality=8", "--out", b.toString());
        ok("compare", a.toString(), b.toString(), "--out", tmp.resolve("cmp").toString());
        ok("score", a.toString(), "--out", tmp.resolve("score").toString());
        ok("sweep", "--vary", "parameters.rationality=4,8", "--runs", "40", "--out", tmp.resolve("sweep").toString());
        ok("sensitivity", "--runs", "10", "--out", tmp.resolve("morris").toString());
        ok("sensitivity", "--method", "sobol", "--samples", "8", "--input", "parameters.rationality", "--input", "parameters.fear",
                "--runs", "10", "--out", tmp.resolve("sobol").toString());
        ok("calibrate", "--range", "parameters.rationality=5:30", "--target", "share:severity=full-scale-war,0.19,0.05",
                "--runs", "20", "--points", "4", "--out", tmp.resolve("cal").toString());
        ok("hindcast", "scenarios/cuba-1962-10.yaml", "--runs", "50", "--out", tmp.resolve("hind").toString());
        ok("narrate", "--run", "3");
        ok("validate", "scenarios/nato-russia-2022-01.json", "scenarios/kargil-1999-05.yaml");
    }

    @Test
    void theClassroomServerServesItsPagesFromTheJar() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = brink("serve", "--port", Integer.toString(port), "--data", tmp.resolve("data").toString());
        Path log = tmp.resolve("serve.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = null;
            for (int i = 0; i < 120 && p.isAlive(); i++) {
                try {
                    page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertTrue(page != null, "the server did not answer:\n" + Files.readString(log));
            assertEquals(200, page.statusCode(), page.body());
            HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/assets/app.css")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, css.statusCode());
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        String out = Files.readString(log);
        assertTrue(!out.contains("Exception"), out);
    }

    @Test
    void theConsoleRunsFromTheJarUnderXvfb() throws Exception {
        Path shots = tmp.resolve("shots");
        Xvfb.with(tmp, display -> {
            String out = Xvfb.child(tmp, display, "gui", JAR.toString(), "brink.gui.GuiSmoke", "scenarios/nato-russia-2022-01.json",
                    shots.toString(), "5");
            assertTrue(out.contains("inject fired: true") && !out.contains("Exception"), out);
            assertTrue(Files.size(shots.resolve("screen.png")) > 1000);
        });
    }
}
