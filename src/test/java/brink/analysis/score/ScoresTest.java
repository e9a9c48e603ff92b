package brink.analysis.score;

import brink.analysis.RunsTable;
import brink.scenario.ActorResult;
import brink.scenario.RecordSpec;
import brink.scenario.Severity;
import brink.scenario.Termination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every score against values worked out by hand. */
class ScoresTest {
    static final double EPS = 1e-12;

    @Test
    void brierOfExclusiveClasses() {
        assertEquals(0.09 + 0.04 + 0.01, Scores.brier(new double[]{0.7, 0.2, 0.1}, 0), EPS);
        assertEquals(0.49 + 0.04 + 0.81, Scores.brier(new double[]{0.7, 0.2, 0.1}, 2), EPS);
        assertEquals(0, Scores.brier(new double[]{0, 1, 0}, 1), EPS);
        assertEquals(2, Scores.brier(new double[]{1, 0, 0}, 1), EPS);
    }

    @Test
    void rankedProbabilityCountsHowFarOffAForecastWas() {
        // cumulative forecast 0.1, 0.3, 0.6 against observed class 1: (0.1^2 + 0.7^2 + 0.4^2) / 3
        assertEquals((0.01 + 0.49 + 0.16) / 3, Scores.rankedProbability(new double[]{0.1, 0.2, 0.3, 0.4}, 1), EPS);
        assertEquals(1, Scores.rankedProbability(new double[]{1, 0, 0, 0}, 3), EPS);
        assertEquals(0, Scores.rankedProbability(new double[]{0, 0, 1, 0}, 2), EPS);
        // one class off scores better than three classes off; Brier cannot tell them apart
        double oneOff = Scores.rankedProbability(new double[]{0, 0, 1, 0}, 3), threeOff = Scores.rankedProbability(new double[]{1, 0, 0, 0}, 3);
        assertEquals(1.0 / 3, oneOff, EPS);
        assertTrue(oneOff < threeOff);
        assertEquals(Scores.brier(new double[]{0, 0, 1, 0}, 3), Scores.brier(new double[]{1, 0, 0, 0}, 3), EPS);
    }

    @Test
    void crpsOfTheDayCensoredAtTheHorizon() {
        // P(day 1) = .5, P(day 3) = .25, P(none within 5 days) = .25; cumulative 0, .5, .5, .75, .75
        double[] pmf = {0, 0.5, 0, 0.25, 0};
        assertEquals(0 + 0.25 + 0.25 + 0.0625 + 0.0625, Scores.crps(pmf, 2), EPS);
        assertEquals(0 + 0.25 + 0.25 + 0.5625 + 0.5625, Scores.crps(pmf, -1), EPS);
        assertEquals(0, Scores.crps(new double[]{0, 0, 1, 0}, 2), EPS);
        assertEquals(0, Scores.crps(new double[]{0, 0, 0, 0}, -1), EPS);
    }

    @Test
    void logScoreWithItsFloor() {
        assertEquals(-Math.log(0.2), Scores.log(0.2, 0.001), EPS);
        assertEquals(-Math.log(0.001), Scores.log(0, 0.001), EPS);
        assertThrows(IllegalArgumentException.class, () -> Scores.log(0.5, 0));
    }

    static RecordSpec record(String outcome, Severity sev, Termination term, LocalDate firstForce, Map<String, ActorResult> results) {
        return new RecordSpec("test", null, outcome, sev, term, term == Termination.NONE ? null : LocalDate.of(2030, 1, 20), results, firstForce, null, null, null);
    }

    @Test
    void aScoreCardFromAFolderWithModelV2Columns(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp, true);
        Forecast f = Forecast.read(dir);
        assertEquals(4, f.runs(), "the failed run is left out");
        assertEquals(0.5, f.outcomeProbability("war"), EPS);
        ScoreCard c = ScoreCard.score(f, record("war", Severity.FULL_SCALE_WAR, Termination.IMPOSED, LocalDate.of(2030, 1, 3),
                Map.of("AAA", ActorResult.VICTORY, "BBB", ActorResult.DEFEAT)), 0.001);
        // outcome p = (war .5, talks .25, none .25), war happened
        assertEquals(0.25 + 0.0625 + 0.0625, c.brier(), EPS);
        assertEquals(-Math.log(0.5), c.log(), EPS);
        // severity p = (none .25, minor 0, serious .25, war .5); cumulative .25, .25, .5 against 0, 0, 0
        assertEquals((0.0625 + 0.0625 + 0.25) / 3, c.severityRps(), EPS);
        assertEquals(0.5, c.severityProbability(), EPS);
        // termination: imposed .5, tacit .25, none .25
        assertEquals(0.25 + 0.0625 + 0.0625, c.terminationBrier(), EPS);
        // first force on day 2 in two runs, day 4 in one, none in one; observed day 2; horizon 6 days
        // cumulative 0, 0, .5, .5, .75, .75 against 0, 0, 1, 1, 1, 1
        assertEquals(2, c.firstForceDay());
        assertEquals(0.25 + 0.25 + 0.0625 + 0.0625, c.firstForceCrps(), EPS);
        assertEquals(0.5, c.firstForceProbability(), EPS);
        // AAA: victory .5, compromise .5 -> Brier .25 + .25; BBB: defeat .75, stalemate .25 -> .0625 + .0625
        assertEquals((0.5 + 0.125) / 2, c.resultsBrier(), EPS);
        assertTrue(c.notScored().isEmpty(), c.notScored().toString());
    }

    @Test
    void aBatchMadeBeforeModelV2IsScoredOnWhatItHas(@TempDir Path tmp) throws Exception {
        Forecast f = Forecast.read(folder(tmp, false));
        ScoreCard c = ScoreCard.score(f, record("talks", Severity.NONE, Termination.NONE, null, Map.of("AAA", ActorResult.STALEMATE)), 0.001);
        assertEquals(0.25 + 0.5625 + 0.0625, c.brier(), EPS);
        assertNull(c.severityRps());
        assertNull(c.firstForceCrps());
        assertNull(c.terminationBrier());
        assertNull(c.resultsBrier());
        String all = String.join("\n", c.notScored());
        for (String what : List.of("severity", "termination", "first use of force", "result of AAA")) assertTrue(all.contains(what), all);
        assertTrue(all.contains("before Model v2"), all);
    }

    @Test
    void sweepsAndStrangeCodesAreRefusedWithTheLine(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp, true);
        Files.writeString(dir.resolve("runs.csv"), Files.readString(dir.resolve("runs.csv")).replace("full-scale-war", "total-war"));
        RunsTable.BadTable e = assertThrows(RunsTable.BadTable.class, () -> Forecast.read(dir));
        assertTrue(e.getMessage().contains("total-war") && e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void reliabilityBinsPoolEventsByForecast() {
        List<Reliability.Event> ev = List.of(new Reliability.Event("outcome", 0.05, false), new Reliability.Event("outcome", 0.15, true),
                new Reliability.Event("outcome", 0.12, false), new Reliability.Event("outcome", 1.0, true), new Reliability.Event("severity", 0.5, true));
        List<Reliability.Bin> bins = Reliability.bins(ev, 10);
        assertEquals(4, bins.size());
        Reliability.Bin b = bins.get(1);
        assertEquals(0.1, b.from(), EPS);
        assertEquals(2, b.events());
        assertEquals(0.135, b.meanForecast(), EPS);
        assertEquals(0.5, b.observed().probability(), EPS);
        assertEquals(0.9, bins.get(2).from(), EPS, "a forecast of 1 falls in the last bin");
        assertEquals("severity", bins.get(3).kind());
    }

    /** A results folder of 5 runs (one failed) with or without the columns of Model v2. */
    static Path folder(Path tmp, boolean v2) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(v2 ? "v2" : "v1"));
        Files.writeString(dir.resolve("summary.json"), """
                {"scenario": {"id": "test", "title": "Test", "startDate": "2030-01-01", "horizonDays": 6},
                 "runs": 4, "outcomes": [{"id": "war", "count": 2}, {"id": "talks", "count": 1}, {"id": "none", "count": 1}]}
                """);
        String v2Header = v2 ? ",severity,termination,first_force_day,result_AAA,result_BBB" : "";
        String[] v2Cells = {",full-scale-war,imposed,2,victory,defeat", ",full-scale-war,imposed,2,compromise,defeat", ",serious-clashes,tacit,4,victory,stalemate",
                ",none,none,,compromise,defeat", ",,,,,"};
        String[] base = {"0,11,war,6,6,5", "1,12,war,6,6,5", "2,13,talks,3,0,5", "3,14,none,2,2,5", "4,15,,,,"};
        StringBuilder b = new StringBuilder("run,seed,outcome,peak_rung,end_rung,end_day" + v2Header + ",error\n");
        for (int i = 0; i < 5; i++) b.append(base[i]).append(v2 ? v2Cells[i] : "").append(i == 4 ? ",\"IllegalStateException: x, y\"" : ",").append('\n');
        Files.writeString(dir.resolve("runs.csv"), b);
        return dir;
    }
}
