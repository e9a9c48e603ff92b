package brink.analysis.sensitivity;

import brink.analysis.design.Design;
import brink.analysis.design.Input;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;

import java.util.Arrays;
import java.util.List;

/**
 * Variance-based sensitivity indices (Sobol 1993) by the estimators of Saltelli et al. (2010), following SALib's
 * sample/analyze split. {@link #sample} builds N rows of two quasi-random matrices A and B (a Sobol sequence of
 * dimension 2k, Commons Math; its first point, all zeros, skipped) and, for each input i, A with its column i
 * taken from B: N(k + 2) points, in SALib's order A, AB_1 ... AB_k, B per row. {@link #analyze} gives per input
 * <ul>
 * <li>the first-order index S_i = mean(f(B)(f(AB_i) − f(A))) / V (Saltelli et al. 2010, table 2 (b)): the share of
 *     the output's variance that input i explains alone;</li>
 * <li>the total index ST_i = mean((f(A) − f(AB_i))²) / (2V) (Jansen 1999): its share with all its interactions;</li>
 * </ul>
 * with V the variance of f over A and B, and 95% percentile intervals from resampling the N rows with replacement.
 */
public final class Sobol {
    private Sobol() {
    }

    /** The Saltelli design of N rows over the inputs. */
    public static Design sample(List<Input> inputs, int n) {
        int k = inputs.size();
        if (n < 2) throw new IllegalArgumentException("a Sobol design needs N >= 2 rows, got " + n);
        if (2 * k > 1000) throw new IllegalArgumentException("at most 500 inputs for a Sobol design, got " + k);
        SobolSequenceGenerator g = new SobolSequenceGenerator(2 * k);
        g.nextVector(); // the first point is all zeros
        double[][] u = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = g.nextVector();
            double[] a = Arrays.copyOfRange(v, 0, k), b = Arrays.copyOfRange(v, k, 2 * k);
            int row = j * (k + 2);
            u[row] = a;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                u[row + 1 + i] = ab;
            }
            u[row + k + 1] = b;
        }
        return new Design("sobol", inputs, u);
    }

    /** Indices of every input, with intervals; NaN where the output does not vary at all. */
    public record Indices(double[] first, double[] firstLow, double[] firstHigh, double[] total, double[] totalLow, double[] totalHigh, double variance) {
    }

    /**
     * @param y         the output at every point of the design, in its order
     * @param k         number of inputs
     * @param bootstrap resamples for the intervals
     * @param seed      seed of the resampling
     */
    public static Indices analyze(double[] y, int k, int bootstrap, long seed) {
        if (y.length % (k + 2) != 0) throw new IllegalArgumentException(y.length + " outputs are not N(k + 2) for k = " + k);
        int n = y.length / (k + 2);
        double[] a = new double[n], b = new double[n];
        double[][] ab = new double[k][n];
        for (int j = 0; j < n; j++) {
            a[j] = y[j * (k + 2)];
            b[j] = y[j * (k + 2) + k + 1];
            for (int i = 0; i < k; i++) ab[i][j] = y[j * (k + 2) + 1 + i];
        }
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double[] s1 = new double[k], st = new double[k];
        double v = variance(a, b, all);
        for (int i = 0; i < k; i++) {
            s1[i] = first(a, ab[i], b, all, v);
            st[i] = total(a, ab[i], all, v);
        }
        double[][] bs1 = new double[k][bootstrap], bst = new double[k][bootstrap];
        MersenneTwister r = new MersenneTwister(seed);
        int[] idx = new int[n];
        for (int t = 0; t < bootstrap; t++) {
            for (int j = 0; j < n; j++) idx[j] = r.nextInt(n);
            double vb = variance(a, b, idx);
            for (int i = 0; i < k; i++) {
                bs1[i][t] = first(a, ab[i], b, idx, vb);
                bst[i][t] = total(a, ab[i], idx, vb);
            }
        }
        double[] s1l = new double[k], s1h = new double[k], stl = new double[k], sth = new double[k];
        for (int i = 0; i < k; i++) {
            s1l[i] = percentile(bs1[i], 0.025);
            s1h[i] = percentile(bs1[i], 0.975);
            stl[i] = percentile(bst[i], 0.025);
            sth[i] = percentile(bst[i], 0.975);
        }
        return new Indices(s1, s1l, s1h, st, stl, sth, v);
    }

    private static double first(double[] a, double[] ab, double[] b, int[] idx, double v) {
        double s = 0;
        for (int j : idx) s += b[j] * (ab[j] - a[j]);
        return s / idx.length / v;
    }

    private static double total(double[] a, double[] ab, int[] idx, double v) {
        double s = 0;
        for (int j : idx) s += (a[j] - ab[j]) * (a[j] - ab[j]);
        return s / (2.0 * idx.length) / v;
    }

    /** Population variance of f over the rows' A and B values together. */
    private static double variance(double[] a, double[] b, int[] idx) {
        double s = 0, s2 = 0;
        for (int j : idx) {
            s += a[j] + b[j];
            s2 += a[j] * a[j] + b[j] * b[j];
        }
        double m = s / (2.0 * idx.length);
        return s2 / (2.0 * idx.length) - m * m;
    }

    /** The q-quantile of the values (linear interpolation between order statistics); NaNs are left out. */
    static double percentile(double[] values, double q) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
}
