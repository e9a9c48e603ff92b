package brink.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** compare warns about batches that compare badly, and --strict refuses them with one line. */
class CompareChecksTest {
    @TempDir
    Path tmp;

    private Path folder(String name, String scenario, int horizon, boolean complete, String kind, String sha) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("summary.json"), """
                {"scenario": {"id": "%s", "title": "T"}, "runs": 100, "failedRuns": 0,
                 "outcomes": [{"id": "war", "name": "War", "rung": 5, "count": 40, "probability": 0.4},
                              {"id": "peace", "name": "Peace", "rung": 0, "count": 60, "probability": 0.6}]}
                """.formatted(scenario));
        Files.writeString(dir.resolve("manifest.json"), """
                {"tool": "brink", "kind": "%s", "complete": %s, "scenarioId": "%s", "scenarioSha256": "%s", "horizonDays": %d,
                 "masterSeed": %d, "injects": [], "overrides": []}
                """.formatted(kind, complete, scenario, sha, horizon, name.hashCode()));
        return dir;
    }

    @Test
    void alikeBatchesCompareWithoutAWord() throws IOException {
        Path a = folder("a", "s", 120, true, "run", "x"), b = folder("b", "s", 120, true, "run", "x");
        ReproducersTest.Out o = ReproducersTest.brink("compare", a.toString(), b.toString(), "--no-charts", "--strict");
        assertEquals(0, o.code(), o.err());
        assertFalse(o.err().contains("warning"), o.err());
    }

    @Test
    void differentScenariosHorizonsIncompleteOrSweepsAreWarnedAboutOrRefused() throws IOException {
        Path base = folder("base", "s", 120, true, "run", "x");
        String[][] cases = {
                {"other", "t", "120", "true", "run", "x", "different scenarios (s and t)"},
                {"changed", "s", "120", "true", "run", "y", "scenario file of s changed"},
                {"longer", "s", "200", "true", "run", "x", "horizons differ (120 and 200 days)"},
                {"stopped", "s", "120", "false", "run", "x", "is incomplete"},
                {"swept", "s", "120", "true", "sweep", "x", "is a sweep"}};
        for (String[] c : cases) {
            Path b = folder(c[0], c[1], Integer.parseInt(c[2]), Boolean.parseBoolean(c[3]), c[4], c[5]);
            ReproducersTest.Out warned = ReproducersTest.brink("compare", base.toString(), b.toString(), "--no-charts");
            assertEquals(0, warned.code(), warned.err());
            assertTrue(warned.err().lines().anyMatch(l -> l.startsWith("warning: ") && l.contains(c[6])), c[0] + ": " + warned.err());
            ReproducersTest.Out refused = ReproducersTest.brink("compare", base.toString(), b.toString(), "--no-charts", "--strict");
            refused.badInput("refusing to compare (--strict): ", c[6]);
            assertEquals("", refused.out(), "nothing compared");
        }
    }

    @Test
    void theCompareChartNamesEachSidesVariantAndAsksForASansSerifFaceEverywhere() throws IOException {
        Path a = folder("a", "s", 120, true, "run", "x"), b = folder("b", "s", 120, true, "run", "x");
        Files.writeString(b.resolve("manifest.json"), Files.readString(b.resolve("manifest.json")).replace("\"overrides\": []",
                "\"overrides\": [\"states.RUS.resolve=0.9\"]"));
        ReproducersTest.Out o = ReproducersTest.brink("compare", a.toString(), b.toString(), "--out", tmp.resolve("c").toString());
        assertEquals(0, o.code(), o.err());
        String svg = Files.readString(tmp.resolve("c/compare.svg"));
        assertTrue(svg.contains("--set states.RUS.resolve=0.9"), "B's override in the subtitle");
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("<text[^>]*>").matcher(svg);
        int n = 0;
        while (text.find()) {
            n++;
            assertTrue(text.group().contains("font-family: sans-serif"), text.group());
        }
        assertTrue(n > 10, "the chart has its labels as text");
    }
}
