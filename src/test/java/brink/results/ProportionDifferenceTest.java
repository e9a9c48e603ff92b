package brink.results;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProportionDifferenceTest {
    static final double Z = 1.959963984540054;

    /** Wilson's score interval written out by hand, to check the Commons Math one the class uses. */
    static double[] wilson(long x, long n) {
        double p = (double) x / n, c = p + Z * Z / (2 * n), h = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)), d = 1 + Z * Z / n;
        return new double[]{(c - h) / d, (c + h) / d};
    }

    @Test
    void handComputedExample() {
        // B = 56/70, A = 48/80. Wilson: B [0.6918, 0.8770], A [0.4905, 0.7004]; d = 0.8 - 0.6 = 0.2
        // lower = 0.2 - sqrt((0.8 - 0.6918)^2 + (0.7004 - 0.6)^2) = 0.2 - sqrt(0.011707 + 0.010080) = 0.0524
        // upper = 0.2 + sqrt((0.8770 - 0.8)^2 + (0.6 - 0.4905)^2) = 0.2 + sqrt(0.005929 + 0.011990) = 0.3339
        ProportionDifference d = ProportionDifference.of(48, 80, 56, 70);
        assertEquals(0.2, d.difference(), 1e-12);
        assertEquals(0.0524, d.low(), 5e-5);
        assertEquals(0.3339, d.high(), 5e-5);
        assertTrue(d.significant());
        double[] wa = wilson(48, 80), wb = wilson(56, 70);
        double lo = 0.2 - Math.sqrt(Math.pow(0.8 - wb[0], 2) + Math.pow(wa[1] - 0.6, 2));
        double hi = 0.2 + Math.sqrt(Math.pow(wb[1] - 0.8, 2) + Math.pow(0.6 - wa[0], 2));
        assertEquals(lo, d.low(), 1e-9);
        assertEquals(hi, d.high(), 1e-9);
    }

    @Test
    void newcombesPublishedValues() {
        // Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10
        ProportionDifference a = ProportionDifference.of(3, 10, 9, 10);
        assertEquals(0.1705, a.low(), 5e-5);
        assertEquals(0.8090, a.high(), 5e-5);
        ProportionDifference b = ProportionDifference.of(0, 29, 5, 56);
        assertEquals(-0.0381, b.low(), 5e-5);
        assertEquals(0.1926, b.high(), 5e-5);
        assertFalse(b.significant());
    }

    @Test
    void symmetricAndBounded() {
        ProportionDifference ab = ProportionDifference.of(Proportion.of(10, 100), Proportion.of(30, 100));
        ProportionDifference ba = ProportionDifference.of(Proportion.of(30, 100), Proportion.of(10, 100));
        assertEquals(-ab.difference(), ba.difference(), 1e-12);
        assertEquals(-ab.high(), ba.low(), 1e-12);
        assertEquals(-ab.low(), ba.high(), 1e-12);
        ProportionDifference extreme = ProportionDifference.of(0, 50, 50, 50);
        assertEquals(1.0, extreme.difference(), 1e-12);
        assertTrue(extreme.high() <= 1 && extreme.low() > 0.8);
        ProportionDifference same = ProportionDifference.of(0, 1000, 0, 1000);
        assertEquals(0, same.difference(), 1e-12);
        assertTrue(same.low() < 0 && same.high() > 0);
    }
}
