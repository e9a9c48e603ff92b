package brink.analysis.calibrate;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap stand-in for the model's output over the parameter space, fitted to a wave's runs: a quadratic response
 * surface by least squares (Commons Math), falling back to a linear one or to the mean when there are too few
 * points; its variance is the residual variance of the fit (as in Vernon et al. 2010's regression part of the
 * emulator). History matching uses it to screen candidate points before spending runs on them.
 */
public final class Emulator {
    private final double[] beta;
    private final int degree, k;
    private final double variance;

    private Emulator(double[] beta, int degree, int k, double variance) {
        this.beta = beta;
        this.degree = degree;
        this.k = k;
        this.variance = variance;
    }

    public static Emulator fit(List<double[]> x, double[] y) {
        int k = x.get(0).length, n = x.size();
        for (int degree : new int[]{2, 1}) {
            int terms = features(new double[k], degree).length + 1;
            if (n < terms + 5) continue;
            double[][] f = new double[n][];
            for (int i = 0; i < n; i++) f[i] = features(x.get(i), degree);
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.newSampleData(y.clone(), f);
                double[] b = ols.estimateRegressionParameters();
                return new Emulator(b, degree, k, ols.estimateErrorVariance());
            } catch (IllegalArgumentException e) {
                // collinear points: try a simpler surface
            }
        }
        double m = 0, v = 0;
        for (double yi : y) m += yi / n;
        for (double yi : y) v += (yi - m) * (yi - m) / Math.max(1, n - 1);
        return new Emulator(new double[]{m}, 0, k, v);
    }

    static double[] features(double[] u, int degree) {
        List<Double> f = new ArrayList<>();
        if (degree >= 1) for (double v : u) f.add(v);
        if (degree >= 2) for (int i = 0; i < u.length; i++) for (int j = i; j < u.length; j++) f.add(u[i] * u[j]);
        return f.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public double predict(double[] u) {
        double s = beta[0];
        if (degree == 0) return s;
        double[] f = features(u, degree);
        for (int i = 0; i < f.length; i++) s += beta[i + 1] * f[i];
        return s;
    }

    public double variance() {
        return variance;
    }

    public int degree() {
        return degree;
    }
}
