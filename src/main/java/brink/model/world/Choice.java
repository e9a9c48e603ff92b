package brink.model.world;

/** The small numerical pieces of discrete choice shared by the mechanisms: logistic, quantal response, a draw. */
public final class Choice {
    private Choice() {
    }

    public static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Quantal response: p_i proportional to exp(lambda * u_i); NaN utilities get probability 0. */
    public static void logit(double[] u, double lambda, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : u) if (!Double.isNaN(v) && v > max) max = v;
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            double x = lambda * (u[i] - max);
            p[i] = Double.isNaN(x) ? 0 : Math.exp(x);
            sum += p[i];
        }
        if (sum > 0) for (int i = 0; i < p.length; i++) p[i] /= sum;
    }

    /** The index that a uniform draw picks under the probabilities. */
    public static int pick(double[] p, double uniform) {
        double acc = 0;
        int last = -1;
        for (int i = 0; i < p.length; i++) {
            if (p[i] <= 0) continue;
            acc += p[i];
            last = i;
            if (uniform < acc) return i;
        }
        return last;
    }

    public static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
