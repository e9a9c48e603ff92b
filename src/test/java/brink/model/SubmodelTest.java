package brink.model;

import brink.TestScenarios;
import brink.model.decide.Beliefs;
import brink.model.decide.Decisions;
import brink.model.force.Forces;
import brink.model.sanctions.Sanctions;
import brink.model.talks.Diplomacy;
import brink.model.world.AllianceAgent;
import brink.model.world.StateAgent;
import brink.model.world.TalkResult;
import brink.scenario.ActionSpec;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each submodel on a hand-made situation, with the direction a crisis analyst expects. */
class SubmodelTest {

    private static CrisisModel started(Scenario s) {
        CrisisModel m = new CrisisModel(s, 1, false);
        m.start();
        return m;
    }

    @Test
    void widerBargainingRangeMakesBreakthroughLikelier() {
        CrisisModel m = started(TestScenarios.fictional());
        double[] narrow = new double[4], wide = new double[4];
        Diplomacy.resultProbabilities(Diplomacy.score(0.1, 0.3, 0, 0.5, m.p), m.p, narrow);
        Diplomacy.resultProbabilities(Diplomacy.score(1.5, 0.3, 0, 0.5, m.p), m.p, wide);
        assertTrue(wide[TalkResult.BREAKTHROUGH.ordinal()] > narrow[TalkResult.BREAKTHROUGH.ordinal()]);
        assertTrue(wide[TalkResult.BREAKDOWN.ordinal()] < narrow[TalkResult.BREAKDOWN.ordinal()]);
        assertEquals(1, wide[0] + wide[1] + wide[2] + wide[3], 1e-12);
        // and the range itself widens when war costs more (Fearon: the range is the sum of the costs)
        int nor = m.stateIndex("NOR"), sou = m.stateIndex("SOU");
        double before = Diplomacy.bargainingRange(m.world, nor, sou, nor);
        m.p.warCost *= 3;
        assertTrue(Diplomacy.bargainingRange(m.world, nor, sou, nor) > before);
    }

    @Test
    void mediatorsAndTrustHelpTensionHurts() {
        CrisisModel m = started(TestScenarios.fictional());
        double base = Diplomacy.score(0.5, 0.3, 0, 0.5, m.p);
        assertTrue(Diplomacy.score(0.5, 0.3, 2, 0.5, m.p) > base);
        assertTrue(Diplomacy.score(0.5, 0.8, 0, 0.5, m.p) > base);
        assertTrue(Diplomacy.score(0.5, 0.3, 0, 0.9, m.p) < base);
    }

    @Test
    void aLargerSanctionsThreatLowersTheChanceOfInvasion() {
        double without = invasionProbability(0), with = invasionProbability(3);
        assertTrue(with < without, "P(invasion) with threat " + with + " < without " + without);
    }

    private static double invasionProbability(int threatenedTiers) {
        CrisisModel m = started(TestScenarios.fictional("parameters.rationality=10"));
        m.crisis.rung = 4;
        AllianceAgent pact = m.alliances[0];
        pact.regime.threatened[m.stateIndex("NOR")] = threatenedTiers;
        pact.cohesion = 0.9;
        StateAgent nor = m.states[m.stateIndex("NOR")];
        Decisions.utilities(m.world, nor, nor.lastUtility);
        Decisions.logit(nor.lastUtility, m.p.rationality, nor.lastProbability);
        for (int i = 0; i < nor.actions.length; i++) {
            if (nor.actions[i].kind() == ActionSpec.Kind.INVASION) return nor.lastProbability[i];
        }
        throw new AssertionError("no invasion action");
    }

    @Test
    void breakthroughsLowerTheRung() {
        // every talk a breakthrough, versus every talk a breakdown
        String[] always = {"parameters.cutStalemate=-300", "parameters.cutProgress=-200", "parameters.cutBreakthrough=-100"};
        String[] never = {"parameters.cutStalemate=100", "parameters.cutProgress=200", "parameters.cutBreakthrough=300"};
        double agreed = meanRungAfterCouncil(TestScenarios.fictional(always)), failed = meanRungAfterCouncil(TestScenarios.fictional(never));
        assertTrue(agreed < failed, "mean rung after the council: " + agreed + " < " + failed);
    }

    /** Mean rung on the day after the scheduled council (day 4), over seeds where no force was used before it. */
    private static double meanRungAfterCouncil(Scenario s) {
        double sum = 0;
        int n = 0;
        for (long seed = 0; seed < 200; seed++) {
            RunRecord r = new CrisisModel(s, seed, false).run();
            if (r.rungByDay()[3] >= 5) continue;
            sum += r.rungByDay()[Math.min(10, s.horizonDays() - 1)];
            n++;
        }
        assertTrue(n > 20);
        return sum / n;
    }

    @Test
    void contestSuccessAndRichardson() {
        assertEquals(0.5, Forces.winProbability(10, 10, 2.5), 1e-12);
        assertEquals(1, Forces.winProbability(30, 10, 2) + Forces.winProbability(10, 30, 2), 1e-12);
        assertEquals(0.9, Forces.winProbability(30, 10, 2), 1e-12);
        assertTrue(Forces.winProbability(30, 10, 3) > Forces.winProbability(30, 10, 1));
        // rate = a*rival - b*own + g
        assertEquals(0.01 * 100 - 0.02 * 50 + 0.5, Forces.richardsonRate(0.01, 100, 0.02, 50, 0.5), 1e-12);
    }

    @Test
    void costlySignalsMoveBeliefsMoreThanWords() {
        CrisisModel m = started(TestScenarios.fictional());
        StateAgent nor = m.states[m.stateIndex("NOR")], sou = m.states[m.stateIndex("SOU")];
        int demand = -1, invade = -1;
        for (int i = 0; i < nor.actions.length; i++) {
            if (nor.actions[i].kind() == ActionSpec.Kind.DEMAND) demand = i;
            if (nor.actions[i].kind() == ActionSpec.Kind.INVASION) invade = i;
        }
        double before = sou.believedResolve(nor.index);
        Beliefs.observe(m.world, nor, demand);
        double afterWords = sou.believedResolve(nor.index);
        Beliefs.observe(m.world, nor, invade);
        double afterDeeds = sou.believedResolve(nor.index);
        assertTrue(afterWords > before && afterDeeds - afterWords > afterWords - before);
    }
}
