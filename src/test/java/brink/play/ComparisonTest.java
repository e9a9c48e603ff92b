package brink.play;

import brink.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {
    @TempDir
    Path tmp;

    /** A results folder with only what compare reads: summary.json (runs, outcomes) and manifest.json. */
    static Path folder(Path dir, long runs, long war, long peace, long seed, String inject) throws IOException {
        Files.createDirectories(dir);
        long standoff = runs - war - peace;
        Files.writeString(dir.resolve("summary.json"), """
                {"scenario": {"id": "test", "title": "Test"}, "runs": %d, "failedRuns": 0,
                 "outcomes": [
                   {"id": "war", "name": "War", "rung": 5, "count": %d, "probability": %s},
                   {"id": "peace", "name": "Settlement", "rung": 0, "count": %d, "probability": %s},
                   {"id": "standoff", "name": "Standoff", "rung": 2, "count": %d, "probability": %s}]}
                """.formatted(runs, war, (double) war / runs, peace, (double) peace / runs, standoff, (double) standoff / runs));
        Files.writeString(dir.resolve("manifest.json"), """
                {"tool": "brink", "kind": "run", "complete": true, "masterSeed": %d, "injects": [%s], "overrides": []}
                """.formatted(seed, inject == null ? "" : "\"" + inject + "\""));
        return dir;
    }

    @Test
    void differencesWithNewcombeIntervals() throws IOException {
        Path a = folder(tmp.resolve("base"), 80, 48, 20, 1, null);
        Path b = folder(tmp.resolve("talks"), 70, 56, 10, 2, "talks.json");
        Comparison c = Comparison.of(a, b);
        assertEquals(3, c.rows().size());
        Comparison.Row war = c.rows().get(0);
        assertEquals("war", war.id());
        assertEquals(0.2, war.diff().difference(), 1e-12);
        assertEquals(0.0524, war.diff().low(), 5e-5);
        assertEquals(0.3339, war.diff().high(), 5e-5);
        double sum = c.rows().stream().mapToDouble(r -> r.diff().difference()).sum();
        assertEquals(0, sum, 1e-12);
        String table = c.table();
        assertTrue(table.contains("+20.0 pts"), table);
        assertTrue(table.contains("[+5.2, +33.4]  *"), table);
        assertTrue(table.contains("injects: talks.json"), table);
        assertTrue(c.notes().isEmpty(), c.notes().toString());
    }

    @Test
    void chartAndCsvAreWritten() throws IOException {
        Path a = folder(tmp.resolve("base"), 1000, 300, 100, 7, null);
        Path b = folder(tmp.resolve("inject"), 1000, 250, 160, 7, "x.json");
        Comparison c = Comparison.of(a, b);
        assertTrue(c.notes().get(0).contains("common random numbers"));
        Path out = tmp.resolve("out");
        CompareChart.write(c, out);
        BufferedImage png = ImageIO.read(out.resolve("compare.png").toFile());
        assertNotNull(png);
        assertEquals(1600, png.getWidth());
        assertTrue(Files.readString(out.resolve("compare.svg")).contains("<svg"));
        var csv = Files.readAllLines(out.resolve("compare.csv"));
        assertEquals(4, csv.size());
        assertTrue(csv.get(1).startsWith("war,\"War\",300,1000,"));
    }

    @Test
    void commandWritesIntoFolderBAndRejectsBadFolders() throws IOException {
        Path a = folder(tmp.resolve("A"), 500, 100, 50, 1, null);
        Path b = folder(tmp.resolve("B"), 500, 150, 50, 2, "i.json");
        String[] out = new String[1];
        int rc = run(out, "compare", a.toString(), b.toString());
        assertEquals(0, rc, out[0]);
        assertTrue(out[0].contains("Change in outcome probabilities, B − A"), out[0]);
        assertTrue(Files.exists(b.resolve("compare-A").resolve("compare.png")));

        assertEquals(Main.BAD_INPUT, run(out, "compare", tmp.resolve("missing").toString(), b.toString()));
        assertTrue(out[0].contains("A: no such folder"), out[0]);
        Files.createDirectories(tmp.resolve("empty"));
        assertEquals(Main.BAD_INPUT, run(out, "compare", a.toString(), tmp.resolve("empty").toString()));
        assertTrue(out[0].contains("B: ") && out[0].contains("no summary.json"), out[0]);
        Files.writeString(tmp.resolve("empty").resolve("summary.json"), "{not json");
        assertEquals(Main.BAD_INPUT, run(out, "compare", a.toString(), tmp.resolve("empty").toString()));
        assertTrue(out[0].contains("cannot read"), out[0]);
        assertThrows(Comparison.BadFolder.class, () -> Comparison.of(a, a.resolve("summary.json")));
    }

    /** Runs the command line, capturing standard output and error together. */
    static int run(String[] output, String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        try {
            System.setOut(p);
            System.setErr(p);
            var cl = Main.commandLine();
            cl.setOut(new java.io.PrintWriter(p, true));
            cl.setErr(new java.io.PrintWriter(p, true));
            return cl.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            output[0] = buf.toString(StandardCharsets.UTF_8);
        }
    }
}
