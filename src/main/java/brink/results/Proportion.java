package brink.results;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** A share of runs with its 95% Wilson score interval (Commons Math). */
public record Proportion(long count, long total, double probability, double low, double high) {

    public static Proportion of(long count, long total) {
        if (total == 0) return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) total, (int) count, 0.95);
        // At 0 (or all) successes Wilson's bound is exactly 0 (or 1); rounding leaves 4e-19, an interval that misses the estimate.
        double low = count == 0 ? 0 : Math.max(0, ci.getLowerBound());
        double high = count == total ? 1 : Math.min(1, ci.getUpperBound());
        return new Proportion(count, total, (double) count / total, low, high);
    }

    /** Half the width of the interval, the precision a batch can aim for. */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
