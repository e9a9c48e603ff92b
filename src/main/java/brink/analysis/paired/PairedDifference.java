package brink.analysis.paired;

import brink.results.Proportion;

/**
 * The difference of two proportions measured on the same runs (paired: run k of A and run k of B share their
 * seed), B − A, with Newcombe's (1998b) interval for paired data, method 10: the two Wilson intervals combined with
 * the correlation of the pairs, so that common random numbers narrow the interval as much as they make the runs
 * alike. The 2x2 table of runs: {@code both} in the class in A and B, {@code onlyA}, {@code onlyB}, {@code neither}.
 * The point estimate is McNemar's: (onlyB − onlyA) / n.
 */
public record PairedDifference(long both, long onlyA, long onlyB, long neither, Proportion a, Proportion b, double difference, double low, double high) {

    public static PairedDifference of(long both, long onlyA, long onlyB, long neither) {
        long n = both + onlyA + onlyB + neither;
        Proportion pa = Proportion.of(both + onlyA, n), pb = Proportion.of(both + onlyB, n);
        if (n == 0) return new PairedDifference(0, 0, 0, 0, pa, pb, Double.NaN, Double.NaN, Double.NaN);
        double d = pb.probability() - pa.probability();
        // phi of the 2x2 table, with Newcombe's correction: 0 between 0 and n/2, reduced by n/2 above
        double rowA = both + onlyA, rowNotA = onlyB + neither, colB = both + onlyB, colNotB = onlyA + neither;
        double denom = Math.sqrt(rowA * rowNotA * colB * colNotB);
        double cross = (double) both * neither - (double) onlyA * onlyB;
        double c = cross > n / 2.0 ? cross - n / 2.0 : cross < 0 ? cross : 0;
        double phi = denom == 0 ? 0 : c / denom;
        double[] ci = newcombe(pa, pb, phi);
        return new PairedDifference(both, onlyA, onlyB, neither, pa, pb, d, ci[0], ci[1]);
    }

    /**
     * Newcombe's square-and-add interval of pB − pA from the two Wilson intervals and the correlation phi of the
     * pairs; phi = 0 gives his hybrid score interval for independent proportions (Newcombe 1998a, method 10).
     */
    public static double[] newcombe(Proportion a, Proportion b, double phi) {
        double d = b.probability() - a.probability();
        double bLow = b.probability() - b.low(), bHigh = b.high() - b.probability();
        double aLow = a.probability() - a.low(), aHigh = a.high() - a.probability();
        double lo = d - Math.sqrt(Math.max(0, bLow * bLow - 2 * phi * bLow * aHigh + aHigh * aHigh));
        double hi = d + Math.sqrt(Math.max(0, bHigh * bHigh - 2 * phi * bHigh * aLow + aLow * aLow));
        return new double[]{Math.max(-1, lo), Math.min(1, hi)};
    }

    /** Does the interval exclude zero? */
    public boolean significant() {
        return low > 0 || high < 0;
    }

    public double halfWidth() {
        return (high - low) / 2;
    }
}
