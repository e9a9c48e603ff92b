package brink.analysis.sensitivity;

import brink.analysis.design.Design;
import brink.analysis.design.Input;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Screening by elementary effects (Morris 1991), with the improvements of Campolongo, Cariboni &amp; Saltelli (2007),
 * following SALib's sample/analyze split. {@link #sample} builds r trajectories of k + 1 points on a grid of p levels
 * in the unit cube; each step moves one input by Δ = p / (2(p − 1)), up or down, in a random order. Trajectories
 * are picked from a larger set of candidates to spread over the cube (Campolongo et al.'s criterion, chosen
 * greedily as in Ruano et al. 2012). {@link #analyze} gives, per input, the mean of the elementary effects μ, the mean
 * of their absolute values μ* (the screening measure: an inert input has μ* = 0), their standard deviation σ
 * (interactions or non-linearity), and a 95% percentile interval of μ* from resampling the trajectories.
 * Effects are in output units per whole range of the input (inputs live in the unit cube).
 */
public final class Morris {
    private Morris() {
    }

    /**
     * @param r          trajectories
     * @param levels     grid levels p (even; 4 is usual)
     * @param candidates candidate trajectories to choose the r from (r for none)
     */
    public static Design sample(List<Input> inputs, int r, int levels, int candidates, long seed) {
        int k = inputs.size();
        if (r < 2) throw new IllegalArgumentException("Morris screening needs at least 2 trajectories, got " + r);
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("Morris levels must be even and >= 2, got " + levels);
        MersenneTwister rng = new MersenneTwister(seed ^ 0x3A0221L);
        int m = Math.max(r, candidates);
        List<double[][]> cand = new ArrayList<>();
        for (int c = 0; c < m; c++) cand.add(trajectory(k, levels, rng));
        List<double[][]> chosen = m == r ? cand : spread(cand, r);
        double[][] u = new double[r * (k + 1)][];
        for (int t = 0; t < r; t++) for (int s = 0; s <= k; s++) u[t * (k + 1) + s] = chosen.get(t)[s];
        return new Design("morris", inputs, u);
    }

    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /** One trajectory: a base point on the grid, then each input moved once by ±Δ in a random order. */
    static double[][] trajectory(int k, int levels, MersenneTwister rng) {
        double d = delta(levels);
        int bases = levels / 2; // grid values x with x + Δ <= 1: 0, 1/(p-1), ..., (p/2 - 1)/(p-1)
        double[] x = new double[k];
        boolean[] up = new boolean[k];
        for (int i = 0; i < k; i++) {
            double base = rng.nextInt(bases) / (double) (levels - 1);
            up[i] = rng.nextBoolean();
            x[i] = up[i] ? base : base + d;
        }
        int[] order = new int[k];
        Arrays.setAll(order, i -> i);
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[][] out = new double[k + 1][];
        out[0] = x.clone();
        for (int s = 0; s < k; s++) {
            int i = order[s];
            x[i] = up[i] ? x[i] + d : x[i] - d;
            x[i] = Math.round(x[i] * (levels - 1)) / (double) (levels - 1);
            out[s + 1] = x.clone();
        }
        return out;
    }

    /** r of the candidates that lie far apart: the farthest pair first, then the one farthest from those chosen. */
    static List<double[][]> spread(List<double[][]> cand, int r) {
        int m = cand.size();
        double[][] dist = new double[m][m];
        int bi = 0, bj = 1;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                dist[i][j] = dist[j][i] = distance(cand.get(i), cand.get(j));
                if (dist[i][j] > dist[bi][bj]) {
                    bi = i;
                    bj = j;
                }
            }
        }
        List<Integer> chosen = new ArrayList<>(List.of(bi, bj));
        double[] sum = new double[m];
        for (int i = 0; i < m; i++) sum[i] = dist[i][bi] + dist[i][bj];
        while (chosen.size() < r) {
            int best = -1;
            for (int i = 0; i < m; i++) if (!chosen.contains(i) && (best < 0 || sum[i] > sum[best])) best = i;
            chosen.add(best);
            for (int i = 0; i < m; i++) sum[i] += dist[i][best];
        }
        List<double[][]> out = new ArrayList<>();
        for (int i : chosen) out.add(cand.get(i));
        return out;
    }

    /** Campolongo et al.'s distance of two trajectories: the sum of Euclidean distances between all their points. */
    static double distance(double[][] a, double[][] b) {
        double s = 0;
        for (double[] p : a) {
            for (double[] q : b) {
                double d = 0;
                for (int i = 0; i < p.length; i++) d += (p[i] - q[i]) * (p[i] - q[i]);
                s += Math.sqrt(d);
            }
        }
        return s;
    }

    public record Effects(double[] mu, double[] muStar, double[] sigma, double[] muStarLow, double[] muStarHigh) {
    }

    /** Elementary effects of every input from the outputs at the design's points (in its order). */
    public static Effects analyze(Design design, double[] y, int bootstrap, long seed) {
        int k = design.dimension(), r = design.size() / (k + 1);
        if (design.size() != r * (k + 1) || y.length != design.size()) throw new IllegalArgumentException("outputs do not match a Morris design of " + k + " inputs");
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                double[] before = design.unit()[t * (k + 1) + s], after = design.unit()[t * (k + 1) + s + 1];
                int i = -1;
                for (int j = 0; j < k; j++) if (before[j] != after[j]) i = j;
                ee[i][t] = (y[t * (k + 1) + s + 1] - y[t * (k + 1) + s]) / (after[i] - before[i]);
            }
        }
        double[] mu = new double[k], muStar = new double[k], sigma = new double[k], lo = new double[k], hi = new double[k];
        MersenneTwister rng = new MersenneTwister(seed);
        int[][] resamples = new int[bootstrap][r];
        for (int[] idx : resamples) for (int t = 0; t < r; t++) idx[t] = rng.nextInt(r);
        for (int i = 0; i < k; i++) {
            double s = 0, sa = 0;
            for (double e : ee[i]) {
                s += e;
                sa += Math.abs(e);
            }
            mu[i] = s / r;
            muStar[i] = sa / r;
            double v = 0;
            for (double e : ee[i]) v += (e - mu[i]) * (e - mu[i]);
            sigma[i] = Math.sqrt(v / (r - 1));
            double[] boot = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                double x = 0;
                for (int t : resamples[b]) x += Math.abs(ee[i][t]);
                boot[b] = x / r;
            }
            lo[i] = Sobol.percentile(boot, 0.025);
            hi[i] = Sobol.percentile(boot, 0.975);
        }
        return new Effects(mu, muStar, sigma, lo, hi);
    }
}
