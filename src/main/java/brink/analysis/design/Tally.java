package brink.analysis.design;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * What the runs of one cell of a design (a point, or a point of one scenario) add up to, per output: the number of
 * runs that count, and the sum and sum of squares of their values held exactly (BigDecimal: a double converts to it
 * without rounding), or, for a median day, how many runs reached the rung on each day. Exact sums do not depend on the
 * order or the grouping of the runs, so tallies of parts of a cell (a cluster's tasks) merge to exactly what one ordered
 * pass gives, and the summary is the same number on every engine.
 */
public final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean[] median;
    private final long[] count;
    private final BigDecimal[] sum, sumSq;
    /** Per median output: runs by day; grows to the latest day seen. */
    private final long[][] days;

    /** @param median per output, whether it is summarised by its median day (else by mean and variance) */
    public Tally(boolean[] median) {
        int m = median.length;
        this.median = median.clone();
        count = new long[m];
        sum = new BigDecimal[m];
        sumSq = new BigDecimal[m];
        Arrays.fill(sum, BigDecimal.ZERO);
        Arrays.fill(sumSq, BigDecimal.ZERO);
        days = new long[m][];
        for (int j = 0; j < m; j++) if (median[j]) days[j] = new long[0];
    }

    /**
     * One run's values: NaN (or a null array, a failed run) counts for nothing; a median output's value is a day
     * (a whole number, at least 0).
     */
    public void add(double[] values) {
        if (values == null) return;
        for (int j = 0; j < values.length; j++) {
            double v = values[j];
            if (Double.isNaN(v)) continue;
            count[j]++;
            if (median[j]) {
                int d = (int) v;
                if (d < 0 || d != v) throw new IllegalArgumentException("a median day must be a whole number of days, got " + v);
                if (d >= days[j].length) days[j] = Arrays.copyOf(days[j], d + 1);
                days[j][d]++;
            } else {
                BigDecimal b = new BigDecimal(v);
                sum[j] = sum[j].add(b);
                sumSq[j] = sumSq[j].add(b.multiply(b));
            }
        }
    }

    /** Adds another tally of the same outputs (other runs of the same cell). */
    public void merge(Tally o) {
        if (!Arrays.equals(median, o.median)) throw new IllegalArgumentException("tallies of different outputs do not merge");
        for (int j = 0; j < median.length; j++) {
            count[j] += o.count[j];
            if (median[j]) {
                if (o.days[j].length > days[j].length) days[j] = Arrays.copyOf(days[j], o.days[j].length);
                for (int d = 0; d < o.days[j].length; d++) days[j][d] += o.days[j][d];
            } else {
                sum[j] = sum[j].add(o.sum[j]);
                sumSq[j] = sumSq[j].add(o.sumSq[j]);
            }
        }
    }

    /**
     * Per output: the value (the mean, or the median day: the first day by which half the counted runs had reached
     * it), the run-to-run variance (sample variance; 0 for one run, NaN for a median) and the runs counted. NaN values
     * where no run counted.
     */
    public record Summary(double[] value, double[] spread, long[] count) implements Serializable {
    }

    public Summary summary() {
        int m = median.length;
        double[] value = new double[m], spread = new double[m];
        for (int j = 0; j < m; j++) {
            long n = count[j];
            if (n == 0) {
                value[j] = spread[j] = Double.NaN;
            } else if (median[j]) {
                value[j] = median(days[j], n);
                spread[j] = Double.NaN;
            } else {
                value[j] = sum[j].doubleValue() / n;
                // (n Σv² − (Σv)²) / (n (n − 1)), exactly up to the last division: no cancellation
                spread[j] = n < 2 ? 0 : Math.max(0, sumSq[j].multiply(BigDecimal.valueOf(n)).subtract(sum[j].multiply(sum[j])).doubleValue() / ((double) n * (n - 1)));
            }
        }
        return new Summary(value, spread, count.clone());
    }

    private static double median(long[] hist, long n) {
        long cum = 0;
        for (int t = 0; t < hist.length; t++) {
            cum += hist[t];
            if (2 * cum >= n) return t;
        }
        return hist.length - 1;
    }
}
