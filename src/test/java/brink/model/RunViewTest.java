package brink.model;

import brink.TestScenarios;
import brink.model.world.Streams;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stepping a run day by day, the read-only view of it, and the random streams by purpose. */
class RunViewTest {

    @Test
    void steppingDayByDayGivesTheSameRunAsRunningIt() {
        Scenario s = TestScenarios.seed();
        RunRecord whole = new CrisisModel(s, 11, false).run();
        CrisisModel m = new CrisisModel(s, 11, false);
        m.start();
        RunView v = m.view();
        assertEquals(-1, v.day());
        int days = 0;
        while (m.stepDay()) {
            days++;
            assertEquals(days - 1, v.day());
        }
        assertTrue(v.ended());
        assertFalse(m.stepDay(), "an ended run does not step");
        m.finish();
        RunRecord stepped = m.record();
        assertArrayEquals(whole.rungByDay(), stepped.rungByDay());
        assertArrayEquals(whole.tensionByDay(), stepped.tensionByDay());
        assertEquals(whole.outcome(), stepped.outcome());
    }

    @Test
    void theViewShowsTheRunAsItStands() {
        Scenario s = TestScenarios.fictional();
        CrisisModel m = new CrisisModel(s, 5, false);
        m.start();
        RunView v = m.view();
        assertEquals("not-held", v.talkResult("council"), "before its day");
        for (int d = 0; d < 6; d++) m.stepDay();
        assertEquals(m.crisis.rung, v.rung());
        assertEquals(m.crisis.tension, v.tension(), 0);
        assertEquals(m.states[m.stateIndex("NOR")].forces, v.forces("NOR"), 0);
        assertNotEquals("not-held", v.talkResult("council"), "held on day 4");
        assertEquals(m.alliances[0].imposedTier, v.imposedTier("PACT"));
        assertThrows(IllegalArgumentException.class, () -> v.forces("XXX"));
        assertThrows(IllegalArgumentException.class, () -> v.talkResult("ministers"), "a meeting is not a bargaining event");
        assertThrows(IllegalArgumentException.class, () -> v.imposedTier("NOR"));
    }

    @Test
    void firstForceDaysAreRecordedByStateAndForTheCrisis() {
        Scenario s = TestScenarios.fictional();
        int seen = 0;
        for (long seed = 0; seed < 200 && seen < 5; seed++) {
            CrisisModel m = new CrisisModel(s, seed, false);
            m.start();
            while (m.stepDay()) {
                // to the end
            }
            RunView v = m.view();
            int nor = v.firstForceDay("NOR"), sou = v.firstForceDay("SOU"), wes = v.firstForceDay("WES");
            int first = v.firstForceDay();
            int min = Integer.MAX_VALUE;
            for (int d : new int[]{nor, sou, wes}) if (d >= 0) min = Math.min(min, d);
            assertEquals(min == Integer.MAX_VALUE ? -1 : min, first);
            if (first >= 0) {
                seen++;
                assertTrue(m.crisis.peak >= 5, "force puts the crisis on a rung of force");
            }
        }
        assertTrue(seen > 0, "some run of the fictional crisis uses force");
    }

    @Test
    void reseedingDrawsANewFutureButKeepsThePast() {
        Scenario s = TestScenarios.seed();
        CrisisModel a = new CrisisModel(s, 3, false), b = new CrisisModel(s, 3, false);
        a.start();
        b.start();
        for (int d = 0; d < 10; d++) {
            a.stepDay();
            b.stepDay();
        }
        assertArrayEquals(a.draw.values(), b.draw.values());
        a.reseed(99);
        b.reseed(99);
        while (a.stepDay() | b.stepDay()) {
            // both continue on the same new seed
        }
        assertArrayEquals(a.crisis.tensionByDay, b.crisis.tensionByDay, "same reseed, same future");
        CrisisModel c = new CrisisModel(s, 3, false);
        c.start();
        for (int d = 0; d < 10; d++) c.stepDay();
        c.reseed(100);
        while (c.stepDay()) {
            // another future
        }
        assertFalse(java.util.Arrays.equals(a.crisis.tensionByDay, c.crisis.tensionByDay), "another seed, another future");
        for (int d = 0; d < 10; d++) assertEquals(a.crisis.tensionByDay[d], c.crisis.tensionByDay[d], "the past is kept");
    }

    @Test
    void aParametersDrawDoesNotDependOnWhichOtherParametersAreUncertain() {
        // common random numbers: fixing one uncertain parameter leaves every other draw of the run unchanged
        Scenario s = TestScenarios.seed();
        Scenario fixed = TestScenarios.seed("states.RUS.resolve=0.7");
        CrisisModel a = new CrisisModel(s, 8, false), b = new CrisisModel(fixed, 8, false);
        a.start();
        b.start();
        var pa = a.draw.paths();
        var pb = b.draw.paths();
        assertEquals(pa.size() - 1, pb.size());
        double[] va = a.draw.values(), vb = b.draw.values();
        for (int i = 0; i < pb.size(); i++) assertEquals(va[pa.indexOf(pb.get(i))], vb[i], 0, pb.get(i));
    }

    @Test
    void streamsArePerPurposeAndPerKey() {
        assertNotEquals(Streams.derive(1, "talks", ""), Streams.derive(1, "events", ""));
        assertNotEquals(Streams.derive(1, "decision", "RUS"), Streams.derive(1, "decision", "UKR"));
        assertNotEquals(Streams.derive(1, "talks", ""), Streams.derive(2, "talks", ""));
        assertEquals(Streams.derive(7, "war", ""), Streams.derive(7, "war", ""));
        // uniform draws look uniform
        var st = new brink.model.world.Stream(Streams.derive(1, "test", ""));
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double u = st.nextDouble();
            assertTrue(u >= 0 && u < 1);
            sum += u;
        }
        assertEquals(0.5, sum / n, 0.005);
    }
}
