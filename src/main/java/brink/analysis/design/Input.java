package brink.analysis.design;

import brink.scenario.Dist;

import java.util.Locale;

/**
 * An input of an analysis: a scenario parameter by its --set path, placed by a number u in [0, 1] — uniformly on
 * a range, or by its scenario distribution's quantile, so that a design spreads points where the scenario
 * believes the value lies. An unbounded distribution's ends are cut at its 0.1% and 99.9% quantiles.
 */
public record Input(String path, Dist dist, double low, double high) {
    static final double TAIL = 1e-3;

    /** Uniform on [low, high]. */
    public static Input range(String path, double low, double high) {
        if (!(low < high)) throw new IllegalArgumentException(path + ": the range's low end must be below its high end, got " + low + ":" + high);
        return new Input(path, null, low, high);
    }

    /** By the quantiles of the scenario's distribution. */
    public static Input of(String path, Dist dist) {
        double lo = Double.isInfinite(dist.supportLow()) ? dist.quantile(TAIL) : dist.supportLow();
        double hi = Double.isInfinite(dist.supportHigh()) ? dist.quantile(1 - TAIL) : dist.supportHigh();
        return new Input(path, dist, lo, hi);
    }

    /** The parameter's value at u in [0, 1]. */
    public double value(double u) {
        if (dist == null) return low + u * (high - low);
        double v = dist.quantile(Math.min(1 - TAIL, Math.max(TAIL, u)));
        if (u <= 0 && !Double.isInfinite(dist.supportLow())) v = dist.supportLow();
        if (u >= 1 && !Double.isInfinite(dist.supportHigh())) v = dist.supportHigh();
        return v;
    }

    /** Where u lies for a value: the inverse of {@link #value} (for ranges and bounded distributions, by bisection). */
    public double unit(double v) {
        if (dist == null) return (v - low) / (high - low);
        double a = 0, b = 1;
        for (int i = 0; i < 60; i++) {
            double m = (a + b) / 2;
            if (value(m) < v) a = m;
            else b = m;
        }
        return (a + b) / 2;
    }

    /** The last segment of the path: a short label for charts. */
    public String label() {
        return path;
    }

    public String describe() {
        return dist == null ? String.format(Locale.ROOT, "uniform on [%s, %s]", fmt(low), fmt(high))
                : dist.dist() + " (" + fmt(low) + " to " + fmt(high) + ")";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
