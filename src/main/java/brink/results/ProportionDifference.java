package brink.results;


/**
 * The difference of two independent proportions, B − A, with Newcombe's hybrid score interval (Newcombe 1998,
 * method 10) built from the two 95% Wilson intervals (Commons Math, via {@link Proportion}):
 * <pre>
 *   d     = pB − pA
 *   lower = d − sqrt((pB − lB)² + (uA − pA)²)
 *   upper = d + sqrt((uB − pB)² + (pA − lA)²)
 * </pre>
 * Unlike the Wald interval it stays inside [−1, 1] and behaves at counts of 0 and n.
 */
public record ProportionDifference(Proportion a, Proportion b, double difference, double low, double high) {

    public static ProportionDifference of(Proportion a, Proportion b) {
        double d = b.probability() - a.probability();
        double lo = d - Math.sqrt(sq(b.probability() - b.low()) + sq(a.high() - a.probability()));
        double hi = d + Math.sqrt(sq(b.high() - b.probability()) + sq(a.probability() - a.low()));
        return new ProportionDifference(a, b, d, Math.max(-1, lo), Math.min(1, hi));
    }

    public static ProportionDifference of(long countA, long totalA, long countB, long totalB) {
        return of(Proportion.of(countA, totalA), Proportion.of(countB, totalB));
    }

    /** Does the interval exclude zero (a difference at the 5% level)? */
    public boolean significant() {
        return low > 0 || high < 0;
    }

    private static double sq(double v) {
        return v * v;
    }
}
