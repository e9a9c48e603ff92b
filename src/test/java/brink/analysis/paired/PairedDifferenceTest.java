package brink.analysis.paired;

import brink.results.ProportionDifference;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedDifferenceTest {
    static final double EPS = 1e-9;

    @Test
    void newcombesPairedIntervalOnAltmansExample() {
        // Altman et al. (2000), Statistics with Confidence, table 6.2: 14 both, 5 only A, 0 only B, 22 neither.
        // A - B = 0.122 with 95% interval 0.011 to 0.226 (B - A here, so the signs turn).
        PairedDifference d = PairedDifference.of(14, 5, 0, 22);
        assertEquals(-5.0 / 41, d.difference(), EPS);
        assertEquals(-0.2264926843512112, d.low(), EPS);
        assertEquals(-0.011483241383033277, d.high(), EPS);
        assertTrue(d.significant());
    }

    @Test
    void againstAnIndependentImplementation() {
        // values from a separate implementation of Newcombe (1998b) method 10 with his correction of phi
        PairedDifference d = PairedDifference.of(10, 15, 5, 20);
        assertEquals(-0.2, d.difference(), EPS);
        assertEquals(-0.35693657165919257, d.low(), EPS);
        assertEquals(-0.025838416549251064, d.high(), EPS);
        PairedDifference e = PairedDifference.of(300, 12, 30, 658);
        assertEquals(0.018, e.difference(), EPS);
        assertEquals(0.005175500589474021, e.low(), EPS);
        assertEquals(0.03088043570280778, e.high(), EPS);
    }

    @Test
    void pairsThatAgreeGiveANarrowerIntervalThanIndependentBatches() {
        PairedDifference paired = PairedDifference.of(300, 12, 30, 658);
        ProportionDifference independent = ProportionDifference.of(312, 1000, 330, 1000);
        assertEquals(independent.difference(), paired.difference(), EPS);
        assertTrue(paired.halfWidth() < 0.4 * (independent.high() - independent.low()) / 2, paired + " vs " + independent);
        // with no correlation the paired formula is the independent one
        double[] ci = PairedDifference.newcombe(independent.a(), independent.b(), 0);
        assertEquals(independent.low(), ci[0], EPS);
        assertEquals(independent.high(), ci[1], EPS);
    }

    @Test
    void identicalRunsGiveNoDifferenceAndATightInterval() {
        PairedDifference d = PairedDifference.of(400, 0, 0, 600);
        assertEquals(0, d.difference(), EPS);
        assertTrue(d.high() - d.low() < 0.005, d.toString());
        assertTrue(!d.significant());
    }
}
