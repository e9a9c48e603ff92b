package brink.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * A probability distribution for a parameter that is uncertain, drawn once per replication.
 * Kinds: beta(alpha, beta), normal(mean, sd, optional lower/upper truncation), triangular(min, mode, max),
 * uniform(min, max), lognormal(mu, sigma) where mu and sigma are those of the underlying normal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Doc("A distribution drawn once per replication")
public record Dist(
        @Doc("beta | normal | triangular | uniform | lognormal") String dist,
        @Opt Double alpha, @Opt Double beta,
        @Opt Double mean, @Opt Double sd,
        @Opt Double lower, @Opt Double upper,
        @Opt Double min, @Opt Double mode, @Opt Double max,
        @Opt Double mu, @Opt Double sigma,
        @Opt @Doc("where the distribution comes from: a source id or 'judgement'") String source) {

    /** Largest mu + 6 sigma of a lognormal: e^20.7 is 10^9, the largest magnitude a scenario's numbers may have. */
    public static final double LOG_MAX = Math.log(1e9);

    public static final List<String> KINDS = List.of("beta", "normal", "triangular", "uniform", "lognormal");

    /** The parameters each kind needs, in the order they are documented. */
    public static List<String> required(String kind) {
        return switch (kind) {
            case "beta" -> List.of("alpha", "beta");
            case "normal" -> List.of("mean", "sd");
            case "triangular" -> List.of("min", "mode", "max");
            case "uniform" -> List.of("min", "max");
            case "lognormal" -> List.of("mu", "sigma");
            default -> List.of();
        };
    }

    /** What is wrong with the parameters, one message per problem; empty when the distribution is well formed. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!KINDS.contains(dist)) {
            out.add("unknown distribution '" + dist + "', expected one of " + KINDS);
            return out;
        }
        switch (dist) {
            case "beta" -> {
                if (!(alpha > 0)) out.add("alpha must be > 0, got " + alpha);
                if (!(beta > 0)) out.add("beta must be > 0, got " + beta);
            }
            case "normal" -> {
                if (!(sd > 0)) out.add("sd must be > 0, got " + sd);
                if (lower != null && upper != null && !(lower < upper)) out.add("lower must be < upper");
            }
            case "triangular" -> {
                if (!(min <= mode && mode <= max && min < max)) out.add("need min <= mode <= max and min < max, got " + min + ", " + mode + ", " + max);
            }
            case "uniform" -> {
                if (!(min < max)) out.add("need min < max, got " + min + ", " + max);
            }
            case "lognormal" -> {
                if (!(sigma > 0)) out.add("sigma must be > 0, got " + sigma);
            }
            default -> { }
        }
        return out;
    }

    /** Smallest value the distribution can produce. */
    public double supportLow() {
        return switch (dist) {
            case "beta", "lognormal" -> 0;
            case "normal" -> lower == null ? Double.NEGATIVE_INFINITY : lower;
            default -> min;
        };
    }

    /** Largest value the distribution can produce. */
    public double supportHigh() {
        return switch (dist) {
            case "beta" -> 1;
            case "lognormal" -> Double.POSITIVE_INFINITY;
            case "normal" -> upper == null ? Double.POSITIVE_INFINITY : upper;
            default -> max;
        };
    }

    /** Central value, used where one number must stand for the distribution (e.g. a displayed default). */
    public double centre() {
        return switch (dist) {
            case "beta" -> alpha / (alpha + beta);
            case "normal" -> Math.min(supportHigh(), Math.max(supportLow(), mean));
            case "triangular" -> (min + mode + max) / 3;
            case "uniform" -> (min + max) / 2;
            case "lognormal" -> Math.exp(mu + sigma * sigma / 2);
            default -> Double.NaN;
        };
    }

    /** One draw from the run's generator. Truncated normals are drawn by inversion so one draw costs one uniform. */
    public double sample(RandomGenerator rng) {
        RealDistribution d = distribution(rng);
        if (truncated()) return truncatedQuantile(d, rng.nextDouble());
        return d.sample();
    }

    /**
     * The value below which a share u of draws fall (the inverse of the cumulative distribution), for designs that
     * place a parameter by its probability: sensitivity analysis and calibration. 0 and 1 give the support's ends.
     */
    public double quantile(double u) {
        RealDistribution d = distribution(null);
        return truncated() ? truncatedQuantile(d, u) : d.inverseCumulativeProbability(u);
    }

    private boolean truncated() {
        return "normal".equals(dist) && (lower != null || upper != null);
    }

    private double truncatedQuantile(RealDistribution d, double u) {
        double lo = lower == null ? 0 : d.cumulativeProbability(lower);
        double hi = upper == null ? 1 : d.cumulativeProbability(upper);
        double x = d.inverseCumulativeProbability(lo + u * (hi - lo));
        return Math.min(supportHigh(), Math.max(supportLow(), x));
    }

    private RealDistribution distribution(RandomGenerator rng) {
        return switch (dist) {
            case "beta" -> new BetaDistribution(rng, alpha, beta);
            case "normal" -> new NormalDistribution(rng, mean, sd);
            case "triangular" -> new TriangularDistribution(rng, min, mode, max);
            case "uniform" -> new UniformRealDistribution(rng, min, max);
            case "lognormal" -> new LogNormalDistribution(rng, mu, sigma);
            default -> throw new IllegalStateException("unknown distribution " + dist);
        };
    }
}
