package brink.analysis.sensitivity;

import brink.TestScenarios;
import brink.analysis.Cli;
import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** brink sensitivity on the small fictional scenario: files, reproducibility at any thread count, bad input. */
class SensitivityCliTest {
    static final String FICTIONAL = TestScenarios.FICTIONAL.toString();

    @Test
    void morrisWritesItsFilesAndGivesTheSameNumbersOnOneOrTwoThreads(@TempDir Path tmp) throws Exception {
        String[] common = {"sensitivity", FICTIONAL, "--range", "parameters.rationality=3:12", "--range", "parameters.warCost=0.2:1.0",
                "--output", "reached:5", "--output", "median-day:3", "--samples", "4", "--runs", "12", "--seed", "8", "--bootstrap", "50"};
        Cli.Out one = Cli.brink(concat(common, "--threads", "1", "--out", tmp.resolve("one").toString()));
        assertEquals(0, one.code(), one.all());
        Cli.Out two = Cli.brink(concat(common, "--threads", "2", "--no-charts", "--quiet", "--out", tmp.resolve("two").toString()));
        assertEquals(0, two.code(), two.all());
        for (String f : List.of("design.csv", "outputs.csv", "sensitivity.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
        assertEquals(1 + 4 * 3, Files.readAllLines(tmp.resolve("one/design.csv")).size(), "4 trajectories of 3 points");
        assertTrue(one.out().contains("Sensitivity of reached:5") && one.out().contains("mu*"), one.out());
        assertTrue(Files.readString(tmp.resolve("one/report.html")).contains("<section id=\"sensitivity\">"));
        JsonNode json = Loader.JSON.readTree(tmp.resolve("one/sensitivity.json").toFile());
        assertEquals("morris", json.get("method").asText());
        assertEquals(2, json.get("outputs").size());
        assertEquals(2, json.get("outputs").get(0).get("measures").size());
    }

    @Test
    void sobolOverTheScenariosOwnDistributions(@TempDir Path tmp) throws Exception {
        Cli.Out r = Cli.brink("sensitivity", FICTIONAL, "--method", "sobol", "--input", "states.NOR.resolve", "--samples", "8", "--runs", "10",
                "--output", "p:standoff", "--bootstrap", "50", "--no-charts", "--out", tmp.resolve("s").toString());
        assertEquals(0, r.code(), r.all());
        assertEquals(1 + 8 * 3, Files.readAllLines(tmp.resolve("s/design.csv")).size(), "N(k + 2) points");
        List<String> rows = Files.readAllLines(tmp.resolve("s/sensitivity.csv"));
        assertTrue(rows.get(0).startsWith("output,input,first,first_low,first_high,total"), rows.get(0));
        // every point's value lies within the distribution's support
        for (String line : Files.readAllLines(tmp.resolve("s/design.csv")).subList(1, 25)) {
            double v = Double.parseDouble(line.split(",")[1]);
            assertTrue(v >= 0 && v <= 1, line);
        }
    }

    @Test
    void badInputsAreRefusedBeforeAnyRun(@TempDir Path tmp) {
        Cli.Out notUncertain = Cli.brink("sensitivity", FICTIONAL, "--input", "parameters.warCost", "--out", tmp.resolve("a").toString());
        assertEquals(2, notUncertain.code());
        assertTrue(notUncertain.err().contains("--range parameters.warCost=LOW:HIGH"), notUncertain.err());
        Cli.Out badOutput = Cli.brink("sensitivity", FICTIONAL, "--range", "parameters.warCost=0.1:1", "--output", "p:nothing", "--out", tmp.resolve("b").toString());
        assertEquals(2, badOutput.code());
        assertTrue(badOutput.err().contains("not an outcome class"), badOutput.err());
        Cli.Out badRange = Cli.brink("sensitivity", FICTIONAL, "--range", "states.NOR.resolve=0.5:3", "--out", tmp.resolve("c").toString());
        assertEquals(2, badRange.code(), badRange.all());
        assertTrue(badRange.err().contains("resolve"), badRange.err());
        Cli.Out badColumn = Cli.brink("sensitivity", FICTIONAL, "--range", "parameters.warCost=0.1:1", "--output", "mean:no_such_column", "--out", tmp.resolve("d").toString());
        assertEquals(2, badColumn.code());
        assertTrue(badColumn.err().contains("no column 'no_such_column'"), badColumn.err());
        for (String d : List.of("a", "b", "c", "d")) assertTrue(!Files.exists(tmp.resolve(d)), "nothing written for " + d);
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
