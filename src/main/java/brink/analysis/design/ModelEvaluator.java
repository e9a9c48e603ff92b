package brink.analysis.design;

import brink.analysis.RunsTable;
import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.montecarlo.Seeds;
import brink.results.Columns;
import brink.scenario.Scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Evaluates a design by simulation: {@code runs} replications at every point on the batch's threads, run k of every
 * point with the seed of run k of a plain batch (common random numbers, so points differ only where their
 * parameters make them differ), each run's outputs read from its runs.csv cells. Streams: only the point being
 * finished is held, whatever the number of runs.
 */
public final class ModelEvaluator {
    private ModelEvaluator() {
    }

    /** What a point's scenario is, with its columns and where each metric's column is. */
    private record Point(Scenario scenario, Columns columns, int[] at) {
    }

    /**
     * @param scenarios builds the scenario of a point (the base with the point's values set); called once per point
     * @param progress  told the number of runs done so far
     */
    public static Evaluation evaluate(Design design, IntFunction<Scenario> scenarios, List<Metric> metrics, long runs, long seed, Batch batch,
                                      LongConsumer progress) {
        int n = design.size(), m = metrics.size();
        double[][] values = new double[n][m], noise = new double[n][m], spread = new double[n][m];
        Map<Integer, Point> live = new ConcurrentHashMap<>();
        IntFunction<Point> point = p -> live.computeIfAbsent(p, q -> bind(scenarios.apply(q), metrics));
        Acc acc = new Acc(m);
        long total = (long) n * runs;
        long[] done = {0};
        batch.run(i -> {
            int p = (int) (i / runs);
            long k = i % runs;
            return Replication.of(point.apply(p).scenario(), p, k, Seeds.run(seed, k));
        }, 0, total, r -> {
            Point pt = point.apply(r.point());
            if (!r.failed()) {
                List<String> cells = RunsTable.split(pt.columns().csv(r, List.of()));
                for (int j = 0; j < m; j++) acc.add(j, metrics.get(j), cells.get(pt.at()[j]), pt.scenario().horizonDays());
            }
            if (r.run() == runs - 1) {
                acc.finish(metrics, pt.scenario().horizonDays(), values[r.point()], noise[r.point()], spread[r.point()]);
                live.remove(r.point());
            }
            progress.accept(++done[0]);
        });
        if (done[0] < total) throw new Stopped(done[0], total);
        return new Evaluation(metrics.stream().map(Metric::spec).toList(), values, noise, spread, runs);
    }

    /** The evaluation was stopped (Ctrl-C) before every point was run. */
    public static final class Stopped extends RuntimeException {
        public Stopped(long done, long total) {
            super("stopped after " + done + " of " + total + " runs");
        }
    }

    private static Point bind(Scenario s, List<Metric> metrics) {
        Columns c = new Columns(s, List.of());
        List<String> header = c.header();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
        int[] at = new int[metrics.size()];
        for (int j = 0; j < at.length; j++) {
            Integer i = index.get(metrics.get(j).column());
            if (i == null) throw new IllegalArgumentException("output '" + metrics.get(j).spec() + "': runs.csv of " + s.id() + " has no column '"
                    + metrics.get(j).column() + "'; its columns: " + String.join(", ", header));
            at[j] = i;
        }
        return new Point(s, c, at);
    }

    /** Checks that every metric can be read from the scenario's runs (before any run). */
    public static void check(Scenario s, List<Metric> metrics) {
        bind(s, metrics);
    }

    /** Sums over the runs of the point being finished. */
    private static final class Acc {
        final double[] sum, sumSq;
        final long[] count;
        /** Per median-day metric, runs by the day they reached the rung; the last cell counts those that never did. */
        final long[][] days;

        Acc(int m) {
            sum = new double[m];
            sumSq = new double[m];
            count = new long[m];
            days = new long[m][];
        }

        void add(int j, Metric metric, String cell, int horizon) {
            double v = metric.of(cell);
            if (metric.kind() == Metric.Kind.MEDIAN_DAY) {
                if (days[j] == null || days[j].length != horizon + 1) days[j] = new long[horizon + 1];
                days[j][v < 0 || v > horizon ? horizon : (int) v]++;
                count[j]++;
                return;
            }
            if (Double.isNaN(v)) return;
            sum[j] += v;
            sumSq[j] += v * v;
            count[j]++;
        }

        void finish(List<Metric> metrics, int horizon, double[] value, double[] noise, double[] spread) {
            for (int j = 0; j < value.length; j++) {
                long n = count[j];
                if (metrics.get(j).kind() == Metric.Kind.MEDIAN_DAY) {
                    value[j] = n == 0 ? Double.NaN : median(days[j], n);
                    noise[j] = Double.NaN;
                    spread[j] = Double.NaN;
                    if (days[j] != null) java.util.Arrays.fill(days[j], 0);
                } else if (n == 0) {
                    value[j] = noise[j] = spread[j] = Double.NaN;
                } else {
                    double mean = sum[j] / n;
                    double var = n < 2 ? 0 : Math.max(0, (sumSq[j] - n * mean * mean) / (n - 1));
                    value[j] = mean;
                    spread[j] = var;
                    noise[j] = var / n;
                }
                sum[j] = sumSq[j] = 0;
                count[j] = 0;
            }
        }

        /** First day by which half the runs reached the rung; runs that never reach it count as reaching it at the horizon. */
        static double median(long[] hist, long n) {
            long cum = 0;
            for (int t = 0; t < hist.length; t++) {
                cum += hist[t];
                if (2 * cum >= n) return t;
            }
            return hist.length - 1;
        }
    }
}
