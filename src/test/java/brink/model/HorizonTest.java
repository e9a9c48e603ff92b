package brink.model;

import brink.TestScenarios;
import brink.montecarlo.Seeds;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The horizon is an observation window: nothing a state values depends on it, so a longer run repeats the shorter one's days. */
class HorizonTest {

    @Test
    void aLongerHorizonRepeatsTheFirstDaysExactly() {
        Scenario s120 = TestScenarios.seed(), s240 = s120.withHorizon(240);
        for (int k = 0; k < 40; k++) {
            long seed = Seeds.run(1, k);
            RunRecord a = new CrisisModel(s120, seed, false).run(), b = new CrisisModel(s240, seed, false).run();
            int days = Math.min(a.endDay(), 119) + 1;
            for (int d = 0; d < days; d++) {
                assertEquals(a.rungByDay()[d], b.rungByDay()[d], "run " + k + " rung on day " + d);
                assertEquals(a.tensionByDay()[d], b.tensionByDay()[d], "run " + k + " tension on day " + d);
                for (int p = 0; p < a.principalForcesByDay().length; p++) {
                    assertEquals(a.principalForcesByDay()[p][d], b.principalForcesByDay()[p][d], "run " + k + " forces on day " + d);
                }
            }
            if (a.endDay() < 119) assertEquals(a.endDay(), b.endDay(), "run " + k + " ended before the shorter horizon, so it ends the same day");
            assertArrayEquals(a.drawn(), b.drawn());
        }
    }
}
