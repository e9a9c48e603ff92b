package brink.model;

import brink.TestScenarios;
import brink.montecarlo.Seeds;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a scenario fixes for all its runs is worked out once and shared by every run and thread: a run on the shared
 * layout (after many runs that could have changed it) plays exactly as a run on a scenario loaded afresh.
 */
class SharedLayoutTest {

    @Test
    void runsOnTheSharedLayoutPlayAsRunsOnAFreshOne() {
        for (Path file : new Path[]{TestScenarios.SEED, Path.of("scenarios/crimea-2014-02.yaml"), TestScenarios.FICTIONAL}) {
            Scenario shared = TestScenarios.load(file);
            for (int k = 0; k < 60; k++) new CrisisModel(shared, Seeds.run(9, k), false).run();
            for (int k = 0; k < 20; k++) {
                RunRecord a = new CrisisModel(shared, Seeds.run(9, k), false).run();
                RunRecord b = new CrisisModel(TestScenarios.load(file), Seeds.run(9, k), false).run();
                String run = file.getFileName() + " run " + k;
                assertEquals(a.outcome(), b.outcome(), run);
                assertEquals(a.endDay(), b.endDay(), run);
                assertEquals(a.endReason(), b.endReason(), run);
                assertArrayEquals(a.rungByDay(), b.rungByDay(), run);
                assertArrayEquals(a.tensionByDay(), b.tensionByDay(), run);
                assertArrayEquals(a.drawn(), b.drawn(), run);
                assertArrayEquals(a.talkResults(), b.talkResults(), run);
            }
        }
    }
}
