package brink.results;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {

    @Test
    void wilsonIntervalMatchesKnownValues() {
        // 50 of 100: p = 0.5, Wilson 95% [0.40383, 0.59617] (Newcombe 1998, method 3)
        Proportion half = Proportion.of(50, 100);
        assertEquals(0.5, half.probability(), 1e-12);
        assertEquals(0.40383, half.low(), 1e-5);
        assertEquals(0.59617, half.high(), 1e-5);
        // 0 of 10: [0, 0.27753]
        Proportion none = Proportion.of(0, 10);
        assertEquals(0, none.low(), 1e-12);
        assertEquals(0.27753, none.high(), 1e-5);
        // 81 of 263: [0.25499, 0.36601] (Newcombe 1998, table I, example)
        Proportion ex = Proportion.of(81, 263);
        assertEquals(0.2553, ex.low(), 1e-3);
        assertEquals(0.3662, ex.high(), 1e-3);
        assertTrue(Double.isNaN(Proportion.of(0, 0).probability()));
    }

    @Test
    void wilsonIntervalsAtNoneAndAllContainTheEstimateExactly() {
        // Commons Math leaves 4.3e-19 as the lower bound at 0 of 1,000: the interval then misses the estimate 0
        for (int n : new int[]{1, 7, 1000, 1_000_000}) {
            Proportion none = Proportion.of(0, n), all = Proportion.of(n, n);
            assertEquals(0.0, none.low(), 0.0, "0 of " + n);
            assertEquals(1.0, all.high(), 0.0, n + " of " + n);
            assertTrue(none.low() <= none.probability() && none.probability() <= none.high());
            assertTrue(all.low() <= all.probability() && all.probability() <= all.high());
        }
        // 1,000 of 1,000: [0.99617, 1] (the mirror of 0 of 1,000's upper bound 0.0038268)
        assertEquals(0.0038268, Proportion.of(0, 1000).high(), 1e-7);
        assertEquals(1 - 0.0038268, Proportion.of(1000, 1000).low(), 1e-7);
    }

    @Test
    void kaplanMeierMatchesAHandComputedExample() {
        // six subjects: event day 1; censored day 2; events day 3 (two); event day 4; censored day 5
        long[] events = {0, 1, 0, 2, 1, 0};
        long[] censored = {0, 0, 1, 0, 0, 1};
        KaplanMeier km = new KaplanMeier(events, censored);
        assertEquals(1.0, km.survival(0), 1e-12);
        assertEquals(5.0 / 6, km.survival(1), 1e-12);   // 1 - 1/6
        assertEquals(5.0 / 6, km.survival(2), 1e-12);   // censoring does not move S
        assertEquals(5.0 / 12, km.survival(3), 1e-12);  // x (1 - 2/4)
        assertEquals(5.0 / 24, km.survival(4), 1e-12);  // x (1 - 1/2)
        assertEquals(5.0 / 24, km.survival(5), 1e-12);
        assertEquals(3, km.median());
        // Greenwood at day 1: var(log S) = 1/(6*5); log-log band: S^exp(+-1.96*se/|log S|)
        double se = Math.sqrt(1.0 / 30) / Math.abs(Math.log(5.0 / 6));
        assertEquals(Math.pow(5.0 / 6, Math.exp(1.959964 * se)), km.lower(1), 1e-6);
        assertEquals(Math.pow(5.0 / 6, Math.exp(-1.959964 * se)), km.upper(1), 1e-6);
        assertTrue(km.lower(3) < km.survival(3) && km.survival(3) < km.upper(3));
    }

    @Test
    void medianIsCensoredWhenHalfNeverReachIt() {
        KaplanMeier km = new KaplanMeier(new long[]{0, 1, 1, 0}, new long[]{0, 0, 0, 8});
        assertEquals(-1, km.median());
        assertEquals(0.8, km.survival(3), 1e-12);
    }
}
