package brink.analysis.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A design evaluated: each point's value of each output, and the Monte Carlo variance of that value (the variance
 * of a mean over the point's runs; 0 for a deterministic function, NaN where it is not known, as for medians).
 *
 * @param values [point][metric]
 * @param noise  [point][metric] variance of the value's estimate
 * @param spread [point][metric] variance of one run's value around the point's mean (NaN when not known)
 */
public record Evaluation(List<String> metrics, double[][] values, double[][] noise, double[][] spread, long runsPerPoint) {

    /** A deterministic function of the parameter values, evaluated at every point: for tests and analytic models. */
    public static Evaluation of(Design d, List<String> metrics, Function<double[], double[]> f) {
        int n = d.size(), m = metrics.size();
        double[][] v = new double[n][], z = new double[n][m], s = new double[n][m];
        for (int p = 0; p < n; p++) {
            v[p] = f.apply(d.values(p));
            if (v[p].length != m) throw new IllegalArgumentException("the function gave " + v[p].length + " outputs for " + m + " metrics");
        }
        return new Evaluation(metrics, v, z, s, 1);
    }

    /** One output at every point. */
    public double[] column(int metric) {
        double[] y = new double[values.length];
        for (int p = 0; p < y.length; p++) y[p] = values[p][metric];
        return y;
    }

    /** Mean Monte Carlo variance of one output across points. */
    public double meanNoise(int metric) {
        double s = 0;
        int n = 0;
        for (double[] z : noise) {
            if (!Double.isNaN(z[metric])) {
                s += z[metric];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** outputs.csv: point, each output, and its Monte Carlo variance (header: var:output). */
    public void writeCsv(Path file) throws IOException {
        StringBuilder b = new StringBuilder("point");
        for (String m : metrics) b.append(',').append(quote(m));
        for (String m : metrics) b.append(',').append(quote("var:" + m));
        b.append('\n');
        for (int p = 0; p < values.length; p++) {
            b.append(p);
            for (double v : values[p]) b.append(',').append(num(v));
            for (double v : noise[p]) b.append(',').append(num(v));
            b.append('\n');
        }
        Files.writeString(file, b);
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.10g", v);
    }
}
