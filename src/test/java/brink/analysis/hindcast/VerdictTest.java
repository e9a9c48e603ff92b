package brink.analysis.hindcast;

import brink.analysis.score.Forecast;
import brink.scenario.ActorResult;
import brink.scenario.RecordSpec;
import brink.scenario.Severity;
import brink.scenario.Termination;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A forecaster's verdict on one crisis, against values worked out by hand. */
class VerdictTest {
    static final double EPS = 1e-12;
    static final LocalDate START = LocalDate.of(2030, 1, 1);

    static RecordSpec record(String outcome, Severity sev, Termination term, Integer peak) {
        return new RecordSpec("test", null, outcome, sev, term, term == Termination.NONE ? null : START.plusDays(9), Map.of("AAA", ActorResult.DEFEAT),
                null, null, peak, peak, List.of(), List.of());
    }

    @Test
    void scoresEveryPartAndTheTwoIcbEvents() {
        // severity: none .1, minor .2, serious .3, war .4; termination: formal .25, semi .25, tacit 0, unilateral .5, imposed 0, none 0
        double[] sev = {0.1, 0.2, 0.3, 0.4}, term = {0.25, 0.25, 0, 0.5, 0, 0};
        Forecast f = new Forecast("x", 100, 10, START, List.of("war", "deal", "rest"), new double[]{0.5, 0.3, 0.2}, sev, term,
                new double[10], Map.of("AAA", new double[]{0.1, 0.2, 0.3, 0.4}), List.of());
        Verdict v = Verdict.of("brink", f, new double[]{0, 0.5, 0.5}, record("deal", Severity.SERIOUS_CLASHES, Termination.FORMAL_AGREEMENT, 2), 1e-3);
        assertEquals(0.3, v.outcomeProbability(), EPS);
        assertEquals(0.25 + 0.49 + 0.04, v.outcomeBrier(), EPS);
        // ranked probability over severity, observed "serious" (index 2): cumulative .1 .3 .6 against 0 0 1, over K-1 = 3
        assertEquals((0.01 + 0.09 + 0.16) / 3, v.severityRps(), EPS);
        assertEquals(0.4, v.warProbability(), EPS);
        assertEquals(2 * 0.16, v.warBrier(), EPS, "no war: 2 (0.4 - 0)^2");
        assertEquals(0.5, v.agreementProbability(), EPS);
        assertEquals(2 * 0.25, v.agreementBrier(), EPS, "an agreement: 2 (0.5 - 1)^2");
        // peak rung 2 of rungs 0..2 with p = (0, .5, .5): cumulative 0, .5 against 0, 0, over 2
        assertEquals(0.25 / 2, v.peakRps(), EPS);
        assertEquals(0.5, v.peakProbability(), EPS);
        // result of AAA: defeat (index 3), p = (.1 .2 .3 .4): .01 + .04 + .09 + .36
        assertEquals(0.5, v.resultsBrier(), EPS);
        assertEquals((v.warBrier() + v.agreementBrier()) / 2, Hindcast.icbEvents(v), EPS);
    }

    @Test
    void theBaseRatesNameNoOutcomeClassAndAreScoredOnTheRest() {
        Forecast base = new Forecast("x", 0, 10, START, List.of("war", "rest"), null, BaseRates.severity(), BaseRates.termination(), null,
                Map.of("AAA", BaseRates.result()), List.of());
        Verdict v = Verdict.of("base", base, null, record("rest", Severity.FULL_SCALE_WAR, Termination.IMPOSED, 1), 1e-3);
        assertNull(v.outcomeBrier());
        assertNull(v.peakRps());
        assertNull(v.firstForceCrps());
        double pw = 55.0 / 377;
        assertEquals(pw, v.warProbability(), EPS);
        assertEquals(2 * (1 - pw) * (1 - pw), v.warBrier(), EPS);
        assertEquals(136.0 / 377, v.agreementProbability(), EPS);
        assertEquals(2 * (136.0 / 377) * (136.0 / 377), v.agreementBrier(), EPS);
        assertEquals(17.0 / 377, v.terminationProbability(), EPS);
    }

    @Test
    void aBatchWithoutModelV2ColumnsLeavesThoseScoresOutAndTheMeansSaySo() {
        Forecast old = new Forecast("x", 50, 10, START, List.of("war", "rest"), new double[]{0.2, 0.8}, null, null, null, Map.of(), List.of("severity: none"));
        Verdict v = Verdict.of("brink", old, null, record("rest", Severity.NONE, Termination.UNILATERAL, null), 1e-3);
        assertNull(v.warBrier());
        assertNull(v.severityRps());
        assertEquals(2 * 0.04, v.outcomeBrier(), EPS);
        Verdict base = Verdict.of("base", new Forecast("x", 0, 10, START, List.of("war", "rest"), null, BaseRates.severity(), BaseRates.termination(),
                null, Map.of(), List.of()), null, record("rest", Severity.NONE, Termination.UNILATERAL, null), 1e-3);
        Hindcast.Line line = new Hindcast.Line("x", "X", null, "rest", "Rest", "none", "unilateral", null, 50, v, base, v, List.of());
        Hindcast.Mean war = Hindcast.means(List.of(line, line)).stream().filter(m -> m.score().equals("war")).findFirst().orElseThrow();
        assertNull(war.brink(), "Brink could not be scored on war");
        assertEquals(2, war.crises());
        assertEquals(base.warBrier(), war.baseRates(), EPS, "the references are still shown, on all crises");
        Hindcast.Mean outcome = Hindcast.means(List.of(line)).stream().filter(m -> m.score().equals("outcome")).findFirst().orElseThrow();
        assertNull(outcome.baseRates(), "the base rates name no outcome class");
        assertEquals(v.outcomeBrier(), outcome.brink(), EPS);
    }
}
