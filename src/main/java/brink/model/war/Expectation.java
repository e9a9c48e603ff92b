package brink.model.war;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What a side expects of a war whose daily chance it does not know: the gambler's ruin of the front averaged over its
 * Beta belief about the attacker's daily chance p, Beta(kappa p-hat, kappa (1 - p-hat)) (Filson &amp; Werner 2002: a
 * state at war is uncertain of the balance and learns it from battles). The average is taken by Gauss-Legendre
 * quadrature on [0, 1]. Before a war the belief's weight kappa is beliefStrength for everyone, so the expectation
 * depends only on (p-hat, the front's position) and is kept in a table shared by all runs (filled as needed; the
 * values are a pure function of the arguments, so runs stay reproducible whatever their order or thread).
 */
final class Expectation {
    /** Bins of p-hat in the shared tables. */
    static final int BINS = 1000;
    private static final double[] NODES, WEIGHTS;
    private static final ConcurrentHashMap<String, Expectation> TABLES = new ConcurrentHashMap<>();

    static {
        // 24-point Gauss-Legendre rule on [-1, 1] (Newton iteration on the Legendre polynomial), mapped to [0, 1]
        int q = 24;
        NODES = new double[q];
        WEIGHTS = new double[q];
        for (int i = 0; i < q; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (q + 0.5)), dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1, p1 = x;
                for (int j = 2; j <= q; j++) {
                    double p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
                    p0 = p1;
                    p1 = p2;
                }
                dp = q * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / dp;
                x -= dx;
                if (Math.abs(dx) < 1e-15) break;
            }
            NODES[i] = (x + 1) / 2;
            WEIGHTS[i] = 1 / ((1 - x * x) * dp * dp);
        }
    }

    private final double kappa, step;
    private final int n;
    private final double[] win, days;

    private Expectation(double kappa, double step) {
        this.kappa = kappa;
        this.step = step;
        this.n = Math.max(2, (int) Math.round(1 / step));
        win = new double[(BINS + 1) * (n + 1)];
        days = new double[(BINS + 1) * (n + 1)];
        java.util.Arrays.fill(win, Double.NaN);
    }

    /** The last table each thread used: a run asks for the same one every time (no key built, nothing allocated). */
    private static final ThreadLocal<Expectation> LAST = new ThreadLocal<>();

    /** The shared table for a belief weight and a front step. */
    static Expectation table(double kappa, double step) {
        Expectation last = LAST.get();
        if (last != null && last.kappa == kappa && last.step == step) return last;
        Expectation t = TABLES.computeIfAbsent(kappa + "/" + step, k -> new Expectation(kappa, step));
        LAST.set(t);
        return t;
    }

    /** Fills out[0] = expected chance the attacker wins, out[1] = expected days, for a belief centred on p at the front's position. */
    void expect(double p, double start, double[] out) {
        int bin = (int) Math.round(Math.max(0, Math.min(1, p)) * BINS);
        int k = Math.max(1, Math.min(n - 1, (int) Math.round(start * n)));
        int at = bin * (n + 1) + k;
        double w = win[at];
        if (Double.isNaN(w)) {
            average((double) bin / BINS, kappa, start, step, out, new double[2]);
            days[at] = out[1];
            win[at] = out[0];
            return;
        }
        out[0] = w;
        out[1] = days[at];
    }

    /** The ruin averaged over Beta(kappa p, kappa (1 - p)); a certain belief (p at 0 or 1) is the ruin at p itself. */
    static void average(double p, double kappa, double start, double step, double[] out, double[] one) {
        if (p <= 0 || p >= 1) {
            War.ruin(p, start, step, out);
            return;
        }
        double a = kappa * p, b = kappa * (1 - p);
        double sw = 0, swin = 0, sdays = 0;
        for (int i = 0; i < NODES.length; i++) {
            double x = NODES[i];
            double dens = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x));
            double wt = WEIGHTS[i] * dens;
            War.ruin(x, start, step, one);
            sw += wt;
            swin += wt * one[0];
            sdays += wt * one[1];
        }
        out[0] = swin / sw;
        out[1] = sdays / sw;
    }
}
