package brink.results;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Newcombe's square-and-add interval, independent (phi = 0) and paired, against published and hand-computed values. */
class ProportionDifferenceTest {
    static final double Z = 1.959963984540054;
    static final double EPS = 1e-9;

    /** Wilson's score interval written out by hand, to check the Commons Math one the class uses. */
    static double[] wilson(long x, long n) {
        double p = (double) x / n, c = p + Z * Z / (2 * n), h = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)), d = 1 + Z * Z / n;
        return new double[]{(c - h) / d, (c + h) / d};
    }

    static void assertInterval(double low, double high, ProportionDifference d) {
        assertEquals(low, d.low(), 5e-5, d.toString());
        assertEquals(high, d.high(), 5e-5, d.toString());
    }

    @Test
    void handComputedExample() {
        // B = 56/70, A = 48/80. Wilson: B [0.6918, 0.8770], A [0.4905, 0.7004]; d = 0.8 - 0.6 = 0.2
        // lower = 0.2 - sqrt((0.8 - 0.6918)^2 + (0.7004 - 0.6)^2) = 0.2 - sqrt(0.011707 + 0.010080) = 0.0524
        // upper = 0.2 + sqrt((0.8770 - 0.8)^2 + (0.6 - 0.4905)^2) = 0.2 + sqrt(0.005929 + 0.011990) = 0.3339
        ProportionDifference d = ProportionDifference.of(48, 80, 56, 70);
        assertEquals(0.2, d.difference(), 1e-12);
        assertInterval(0.0524, 0.3339, d);
        assertTrue(d.significant());
        double[] wa = wilson(48, 80), wb = wilson(56, 70);
        double lo = 0.2 - Math.sqrt(Math.pow(0.8 - wb[0], 2) + Math.pow(wa[1] - 0.6, 2));
        double hi = 0.2 + Math.sqrt(Math.pow(wb[1] - 0.8, 2) + Math.pow(0.6 - wa[0], 2));
        assertEquals(lo, d.low(), EPS);
        assertEquals(hi, d.high(), EPS);
    }

    @Test
    void newcombesPublishedValuesForIndependentProportions() {
        // Newcombe (1998a), Statistics in Medicine 17:873-890, Table II, method 10, examples (a) to (h)
        assertInterval(0.0524, 0.3339, ProportionDifference.of(48, 80, 56, 70));
        assertInterval(0.1705, 0.8090, ProportionDifference.of(3, 10, 9, 10));
        assertInterval(0.0582, 0.8062, ProportionDifference.of(2, 7, 6, 7));
        ProportionDifference d = ProportionDifference.of(0, 29, 5, 56);
        assertInterval(-0.0381, 0.1926, d);
        assertFalse(d.significant());
        assertInterval(-0.1611, 0.2775, ProportionDifference.of(0, 20, 0, 10));
        assertInterval(-0.2775, 0.2775, ProportionDifference.of(0, 10, 0, 10));
        assertInterval(0.6791, 1.0, ProportionDifference.of(0, 20, 10, 10));
        assertInterval(0.6075, 1.0, ProportionDifference.of(0, 10, 10, 10));
    }

    @Test
    void newcombesPublishedValuesForPairedData() {
        // Newcombe (1998b), Statistics in Medicine 17:2635-2650, worked example of 50 pairs (20 both, 12 and 2 discordant,
        // 16 neither), method 10: 0.0562 to 0.3292
        ProportionDifference n = ProportionDifference.paired(20, 2, 12, 16);
        assertEquals(0.2, n.difference(), EPS);
        assertInterval(0.0562, 0.3292, n);
        // Altman et al. (2000), Statistics with Confidence, table 6.2 (Newcombe's chapter): 14 both, 5 only A, 0 only B,
        // 22 neither; A - B = 0.122 with 95% interval 0.011 to 0.226 (B - A here, so the signs turn)
        ProportionDifference d = ProportionDifference.paired(14, 5, 0, 22);
        assertEquals(-5.0 / 41, d.difference(), EPS);
        assertEquals(-0.2264926843512112, d.low(), EPS);
        assertEquals(-0.011483241383033277, d.high(), EPS);
        assertTrue(d.significant());
        // Fagerland, Lydersen & Laake (2014), Bentur et al.'s table (1, 1, 7, 12), Newcombe's method 10: -0.507 to -0.026
        ProportionDifference f = ProportionDifference.paired(1, 7, 1, 12);
        assertEquals(-0.507, f.low(), 5e-4);
        assertEquals(-0.026, f.high(), 5e-4);
    }

    @Test
    void pairedAgainstAnIndependentImplementation() {
        // values from a separate implementation of Newcombe (1998b) method 10 with his correction of phi
        ProportionDifference d = ProportionDifference.paired(10, 15, 5, 20);
        assertEquals(-0.2, d.difference(), EPS);
        assertEquals(-0.35693657165919257, d.low(), EPS);
        assertEquals(-0.025838416549251064, d.high(), EPS);
        ProportionDifference e = ProportionDifference.paired(300, 12, 30, 658);
        assertEquals(0.018, e.difference(), EPS);
        assertEquals(0.005175500589474021, e.low(), EPS);
        assertEquals(0.03088043570280778, e.high(), EPS);
    }

    @Test
    void pairsThatAgreeGiveANarrowerIntervalThanIndependentBatches() {
        ProportionDifference paired = ProportionDifference.paired(300, 12, 30, 658);
        ProportionDifference independent = ProportionDifference.of(312, 1000, 330, 1000);
        assertEquals(independent.difference(), paired.difference(), EPS);
        assertTrue(paired.halfWidth() < 0.4 * independent.halfWidth(), paired + " vs " + independent);
        // with no correlation the paired formula is the independent one
        ProportionDifference uncorrelated = ProportionDifference.of(independent.a(), independent.b(), 0);
        assertEquals(independent.low(), uncorrelated.low(), EPS);
        assertEquals(independent.high(), uncorrelated.high(), EPS);
        // a table whose cross product is within n/2 of 0 counts as uncorrelated (Newcombe's correction)
        ProportionDifference weak = ProportionDifference.paired(21, 20, 20, 20); // 21*20 - 20*20 = 20 <= 81/2
        ProportionDifference same = ProportionDifference.of(41, 81, 41, 81);
        assertEquals(same.low(), weak.low(), EPS);
        assertEquals(same.high(), weak.high(), EPS);
    }

    @Test
    void identicalRunsGiveNoDifferenceAndATightInterval() {
        ProportionDifference d = ProportionDifference.paired(400, 0, 0, 600);
        assertEquals(0, d.difference(), EPS);
        assertTrue(d.high() - d.low() < 0.005, d.toString());
        assertFalse(d.significant());
    }

    @Test
    void noRunsGiveNoNumbers() {
        ProportionDifference d = ProportionDifference.paired(0, 0, 0, 0);
        assertTrue(Double.isNaN(d.difference()) && Double.isNaN(d.low()) && Double.isNaN(d.high()), d.toString());
        assertFalse(d.significant());
    }

    @Test
    void symmetricAndBounded() {
        ProportionDifference ab = ProportionDifference.of(Proportion.of(10, 100), Proportion.of(30, 100));
        ProportionDifference ba = ProportionDifference.of(Proportion.of(30, 100), Proportion.of(10, 100));
        assertEquals(-ab.difference(), ba.difference(), 1e-12);
        assertEquals(-ab.high(), ba.low(), 1e-12);
        assertEquals(-ab.low(), ba.high(), 1e-12);
        ProportionDifference pab = ProportionDifference.paired(40, 12, 30, 18), pba = ProportionDifference.paired(40, 30, 12, 18);
        assertEquals(-pab.high(), pba.low(), 1e-12);
        assertEquals(-pab.low(), pba.high(), 1e-12);
        ProportionDifference extreme = ProportionDifference.of(0, 50, 50, 50);
        assertEquals(1.0, extreme.difference(), 1e-12);
        assertTrue(extreme.high() <= 1 && extreme.low() > 0.8);
        ProportionDifference same = ProportionDifference.of(0, 1000, 0, 1000);
        assertEquals(0, same.difference(), 1e-12);
        assertTrue(same.low() < 0 && same.high() > 0);
    }
}
