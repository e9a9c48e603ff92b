package brink.model;

import brink.TestScenarios;
import brink.model.decide.Decisions;
import brink.model.world.StateAgent;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelTest {

    /** Invariants every day of every run: rungs on the ladder, forces >= 0, tension in [0, 1], nothing NaN. */
    private static void checkInvariants(Scenario s, RunRecord r) {
        int rungs = s.ladder().size();
        assertTrue(r.peakRung() >= 0 && r.peakRung() < rungs);
        assertTrue(r.endRung() >= 0 && r.endRung() <= r.peakRung());
        assertEquals(0, r.firstDay()[s.crisis().initialRung()], "the initial rung is reached on day 0");
        for (int d = 0; d < s.horizonDays(); d++) {
            assertTrue(r.rungByDay()[d] >= 0 && r.rungByDay()[d] < rungs, "rung on the ladder");
            double t = r.tensionByDay()[d];
            assertTrue(t >= 0 && t <= 1, "tension in [0,1], got " + t);
            for (double[] f : r.principalForcesByDay()) assertTrue(f[d] >= 0 && !Double.isNaN(f[d]), "forces >= 0");
        }
        for (int k = 0; k < rungs; k++) {
            if (r.firstDay()[k] >= 0) assertTrue(r.firstDay()[k] <= r.endDay());
        }
        for (double f : r.endForces()) assertTrue(f >= 0 && !Double.isNaN(f));
        for (double c : r.cohesion()) assertTrue(c >= 0 && c <= 1);
        for (double v : r.drawn()) assertFalse(Double.isNaN(v));
        assertNotNull(s.outcomes().get(r.outcomeIndex()));
        assertTrue(s.outcomes().get(r.outcomeIndex()).matches(r.peakRung(), r.endRung(), false)
                || s.outcomes().get(r.outcomeIndex()).matches(r.peakRung(), r.endRung(), true));
    }

    @Test
    void invariantsHoldOverManySeedsOfTheSeedScenario() {
        Scenario s = TestScenarios.seed();
        for (long seed = 0; seed < 60; seed++) checkInvariants(s, new CrisisModel(s, seed, false).run());
    }

    @Test
    void fictionalScenarioRunsEndToEndThroughTheSameEngine() {
        Scenario s = TestScenarios.fictional();
        Set<String> outcomes = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            RunRecord r = new CrisisModel(s, seed, false).run();
            checkInvariants(s, r);
            outcomes.add(r.outcome());
        }
        assertTrue(outcomes.size() >= 2, "more than one outcome class occurs: " + outcomes);
        RunRecord told = new CrisisModel(s, 3, true).run();
        assertTrue(told.log().stream().anyMatch(l -> l.contains("Pact–Northland Council (Western Pact, Northland):")), "the scheduled talk is told");
        assertTrue(told.log().get(told.log().size() - 1).contains("outcome:"));
    }

    @Test
    void sameSeedSameRecordBitForBit() {
        Scenario s = TestScenarios.seed();
        RunRecord a = new CrisisModel(s, 42, true).run(), b = new CrisisModel(s, 42, true).run();
        assertEquals(a.outcome(), b.outcome());
        assertArrayEquals(a.rungByDay(), b.rungByDay());
        assertArrayEquals(a.tensionByDay(), b.tensionByDay());
        assertArrayEquals(a.endForces(), b.endForces());
        assertArrayEquals(a.drawn(), b.drawn());
        assertArrayEquals(a.talkResults(), b.talkResults());
        assertEquals(a.log(), b.log());
        // narrating does not change the run
        RunRecord quiet = new CrisisModel(s, 42, false).run();
        assertArrayEquals(a.rungByDay(), quiet.rungByDay());
        assertArrayEquals(a.tensionByDay(), quiet.tensionByDay());
        RunRecord other = new CrisisModel(s, 43, false).run();
        assertFalse(java.util.Arrays.equals(a.tensionByDay(), other.tensionByDay()), "another seed, another path");
    }

    @Test
    void allSixtyFourBitsOfARunSeedCount() {
        Scenario s = TestScenarios.fictional();
        RunRecord low = new CrisisModel(s, 12345L, false).run(), high = new CrisisModel(s, 12345L | (7L << 40), false).run();
        assertFalse(java.util.Arrays.equals(low.tensionByDay(), high.tensionByDay()), "seeds that differ only above bit 32 differ");
    }

    @Test
    void choiceProbabilitiesSumToOneAndClosedActionsGetNone() {
        Scenario s = TestScenarios.seed();
        CrisisModel m = new CrisisModel(s, 7, false);
        m.start();
        for (int day = 0; day < 60 && !m.crisis.ended; day++) {
            m.schedule.step(m);
            for (StateAgent a : m.principals) {
                double sum = 0;
                for (int i = 0; i < a.actions.length; i++) {
                    double p = a.lastProbability[i];
                    assertFalse(Double.isNaN(p));
                    if (Double.isNaN(a.lastUtility[i])) assertEquals(0, p);
                    sum += p;
                }
                assertEquals(1, sum, 1e-9, a.name + " on day " + day);
            }
        }
    }

    @Test
    void logitFavoursHigherUtilityMoreWithHigherRationality() {
        double[] u = {0, 0.1, Double.NaN, -0.2}, p = new double[4];
        Decisions.logit(u, 1, p);
        double low = p[1];
        assertEquals(1, p[0] + p[1] + p[2] + p[3], 1e-12);
        assertEquals(0, p[2]);
        Decisions.logit(u, 20, p);
        assertTrue(p[1] > low);
        assertTrue(p[1] > p[0] && p[0] > p[3]);
    }
}
