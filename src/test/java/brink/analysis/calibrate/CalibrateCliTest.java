package brink.analysis.calibrate;

import brink.TestScenarios;
import brink.analysis.Cli;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * brink calibrate on a synthetic case with known true values: the fictional scenario's own NOR and SOU forces (70 and
 * 40 thousand) generate the targets (the mean forces at the end of a batch run at the truth); calibrating from wide
 * priors must recover intervals that contain the truth and are narrower than the priors, and a calibrated scenario
 * that loads.
 */
class CalibrateCliTest {
    static double meanColumn(Path runs, String column) throws Exception {
        List<String> rows = Files.readAllLines(runs);
        int c = List.of(rows.get(0).split(",")).indexOf(column);
        return rows.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",", -1)[c])).average().orElseThrow();
    }

    @Test
    void recoversTheTrueForcesFromTargetsGeneratedByThem(@TempDir Path tmp) throws Exception {
        String fictional = TestScenarios.FICTIONAL.toString();
        Cli.Out truth = Cli.brink("run", fictional, "--runs", "200", "--seed", "99", "--no-charts", "--quiet", "--out", tmp.resolve("truth").toString());
        assertEquals(0, truth.code(), truth.all());
        double nor = meanColumn(tmp.resolve("truth/runs.csv"), "forces_NOR"), sou = meanColumn(tmp.resolve("truth/runs.csv"), "forces_SOU");
        Cli.Out r = Cli.brink("calibrate", fictional, "--range", "states.NOR.forces=20:150", "--range", "states.SOU.forces=10:100",
                "--target", String.format(Locale.ROOT, "mean:forces_NOR,%.4f,3", nor), "--target", String.format(Locale.ROOT, "mean:forces_SOU,%.4f,3", sou),
                "--points", "16", "--runs", "20", "--waves", "3", "--seed", "5", "--out", tmp.resolve("cal").toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("History matching against 2 targets") && r.out().contains("stopped:"), r.out());
        JsonNode region = Loader.JSON.readTree(tmp.resolve("cal/region.json").toFile());
        double[][] truthAndPrior = {{70, 20, 150}, {40, 10, 100}};
        for (int j = 0; j < 2; j++) {
            JsonNode p = region.get("parameters").get(j);
            double lo = p.get("low").asDouble(), hi = p.get("high").asDouble();
            assertTrue(lo <= truthAndPrior[j][0] && truthAndPrior[j][0] <= hi, p.get("path").asText() + ": [" + lo + ", " + hi + "] should contain " + truthAndPrior[j][0]);
            assertTrue(hi - lo < 0.5 * (truthAndPrior[j][2] - truthAndPrior[j][1]), p.get("path").asText() + " narrowed: [" + lo + ", " + hi + "]");
        }
        assertTrue(Files.readAllLines(tmp.resolve("cal/accepted.csv")).size() > 1);
        assertTrue(Files.size(tmp.resolve("cal/ranges.png")) > 1000);
        Path calibrated = tmp.resolve("cal/northland-southmark.calibrated.json");
        Scenario s = Loader.load(calibrated);
        var forces = s.state("NOR").orElseThrow().forces();
        assertTrue(forces.uncertain() && "calibrated".equals(forces.dist().source()), forces.toString());
        assertTrue(s.sources().stream().anyMatch(x -> x.id().equals("calibration") && x.note().contains("mean:forces_NOR")), "the targets are recorded");
    }

    @Test
    void theSameSeedGivesTheSameWavesOnOneOrTwoThreads(@TempDir Path tmp) throws Exception {
        String fictional = TestScenarios.FICTIONAL.toString();
        for (String t : List.of("1", "2")) {
            Cli.Out r = Cli.brink("calibrate", fictional, "--range", "states.NOR.forces=20:150", "--target", "mean:forces_NOR,70,5", "--points", "6", "--runs", "5",
                    "--waves", "2", "--seed", "3", "--threads", t, "--no-charts", "--quiet", "--out", tmp.resolve("t" + t).toString());
            assertEquals(0, r.code(), r.all());
        }
        assertEquals(Files.readString(tmp.resolve("t1/waves.csv")), Files.readString(tmp.resolve("t2/waves.csv")));
    }

    @Test
    void targetsAndParametersAreCheckedBeforeAnyRun(@TempDir Path tmp) {
        String fictional = TestScenarios.FICTIONAL.toString();
        Cli.Out noTarget = Cli.brink("calibrate", fictional, "--range", "parameters.warCost=0.1:1", "--out", tmp.resolve("a").toString());
        assertEquals(2, noTarget.code());
        assertTrue(noTarget.err().contains("--target OUTPUT,VALUE,TOLERANCE"), noTarget.err());
        Cli.Out noRecord = Cli.brink("calibrate", fictional, "--range", "parameters.warCost=0.1:1", "--observations", "--out", tmp.resolve("b").toString());
        assertEquals(2, noRecord.code());
        assertTrue(noRecord.err().contains("no record"), noRecord.err());
        Cli.Out badTarget = Cli.brink("calibrate", fictional, "--range", "parameters.warCost=0.1:1", "--target", "p:war,0.2", "--out", tmp.resolve("c").toString());
        assertEquals(2, badTarget.code());
        assertTrue(badTarget.err().contains("OUTPUT,VALUE,TOLERANCE"), badTarget.err());
    }

    @Test
    void observationsOfOneScenarioLeaveTheOthersOut(@TempDir Path tmp) {
        // the fictional scenario has no record: only the named crisis's observations (three, and all three together) are targets
        String fictional = TestScenarios.FICTIONAL.toString(), doklam = "scenarios/doklam-2017-06.yaml";
        Cli.Out r = Cli.brink("calibrate", fictional, doklam, "--range", "parameters.warCost=0.1:1", "--observations-of", "doklam-2017-06",
                "--points", "4", "--runs", "2", "--waves", "1", "--no-charts", "--out", tmp.resolve("a").toString());
        assertTrue(r.out().contains("1 parameter over 2 scenarios, 4 targets"), r.all());
        Cli.Out every = Cli.brink("calibrate", fictional, doklam, "--range", "parameters.warCost=0.1:1", "--observations", "--out", tmp.resolve("b").toString());
        assertEquals(2, every.code());
        assertTrue(every.err().contains("no record"), every.err());
        Cli.Out unknown = Cli.brink("calibrate", fictional, doklam, "--range", "parameters.warCost=0.1:1", "--observations-of", "doklam", "--out", tmp.resolve("c").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--observations-of doklam: not one of the calibrated scenarios"), unknown.err());
    }
}
