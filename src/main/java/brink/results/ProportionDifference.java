package brink.results;

/**
 * The difference of two proportions, B − A, with Newcombe's square-and-add interval (method 10 of both his 1998
 * papers) built from the two 95% Wilson intervals (Commons Math, via {@link Proportion}) and the correlation phi of
 * the two measures:
 * <pre>
 *   d     = pB − pA
 *   lower = d − sqrt((pB − lB)² − 2·phi·(pB − lB)·(uA − pA) + (uA − pA)²)
 *   upper = d + sqrt((uB − pB)² − 2·phi·(uB − pB)·(pA − lA) + (pA − lA)²)
 * </pre>
 * Independent batches have phi = 0 (Newcombe 1998a, the hybrid score interval). Paired runs (run k of A and run k
 * of B share their seed: common random numbers) take phi from the 2x2 table of the pairs (Newcombe 1998b), so the
 * interval narrows as much as the pairing makes the runs alike. Unlike the Wald interval it stays inside [−1, 1]
 * and behaves at counts of 0 and n.
 */
public record ProportionDifference(Proportion a, Proportion b, double difference, double low, double high) {

    /** Two independent proportions (phi = 0). */
    public static ProportionDifference of(Proportion a, Proportion b) {
        return of(a, b, 0);
    }

    /** Two independent proportions from their counts. */
    public static ProportionDifference of(long countA, long totalA, long countB, long totalB) {
        return of(Proportion.of(countA, totalA), Proportion.of(countB, totalB));
    }

    /**
     * Paired runs, from the 2x2 table of the pairs: {@code both} in the class in A and in B, {@code onlyA},
     * {@code onlyB}, {@code neither}. The estimate is McNemar's (onlyB − onlyA) / n; phi is the table's correlation
     * with Newcombe's correction (0 while the cross product is between 0 and n/2, reduced by n/2 above).
     */
    public static ProportionDifference paired(long both, long onlyA, long onlyB, long neither) {
        long n = both + onlyA + onlyB + neither;
        Proportion pa = Proportion.of(both + onlyA, n), pb = Proportion.of(both + onlyB, n);
        double rowA = both + onlyA, rowNotA = onlyB + neither, colB = both + onlyB, colNotB = onlyA + neither;
        double denom = Math.sqrt(rowA * rowNotA * colB * colNotB);
        double cross = (double) both * neither - (double) onlyA * onlyB;
        double c = cross > n / 2.0 ? cross - n / 2.0 : cross < 0 ? cross : 0;
        return of(pa, pb, denom == 0 ? 0 : c / denom);
    }

    /** The interval for proportions whose measures correlate by phi (0 for independent samples). */
    public static ProportionDifference of(Proportion a, Proportion b, double phi) {
        double d = b.probability() - a.probability();
        double bLow = b.probability() - b.low(), bHigh = b.high() - b.probability();
        double aLow = a.probability() - a.low(), aHigh = a.high() - a.probability();
        double lo = d - Math.sqrt(Math.max(0, bLow * bLow - 2 * phi * bLow * aHigh + aHigh * aHigh));
        double hi = d + Math.sqrt(Math.max(0, bHigh * bHigh - 2 * phi * bHigh * aLow + aLow * aLow));
        return new ProportionDifference(a, b, d, Math.max(-1, lo), Math.min(1, hi));
    }

    /** Does the interval exclude zero (a difference at the 5% level)? */
    public boolean significant() {
        return low > 0 || high < 0;
    }

    public double halfWidth() {
        return (high - low) / 2;
    }
}
