package brink.results;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** A share of runs with its 95% Wilson score interval (Commons Math). */
public record Proportion(long count, long total, double probability, double low, double high) {

    public static Proportion of(long count, long total) {
        if (total == 0) return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) total, (int) count, 0.95);
        return new Proportion(count, total, (double) count / total, Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound()));
    }

    /** Half the width of the interval, the precision a batch can aim for. */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
