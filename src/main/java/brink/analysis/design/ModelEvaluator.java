package brink.analysis.design;

import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.montecarlo.Seeds;
import brink.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Evaluates a design by simulation: {@code runs} replications at every point, run k of every point with the seed of
 * run k of a plain batch (common random numbers, so points differ only where their parameters make them differ), each
 * run's outputs read from the typed cells of its runs.csv row ({@link RunMetrics}). The runs are a {@link DesignRuns}
 * job: on this machine's threads here, on a cluster's executors with the Spark module, with the same numbers.
 */
public final class ModelEvaluator {
    private ModelEvaluator() {
    }

    /**
     * On this machine's threads. Streams: only the point being finished is held, whatever the number of runs.
     *
     * @param scenarios builds the scenario of a point (the base with the point's values set)
     * @param progress  told the number of runs done so far
     * @throws DesignRuns.Stopped when the batch was stopped before every point was run
     */
    public static Evaluation evaluate(Design design, IntFunction<Scenario> scenarios, List<Metric> metrics, long runs, long seed, Batch batch,
                                      LongConsumer progress) {
        return evaluation(metrics, DesignRuns.onThreads(runs(design.size(), scenarios, metrics, runs, seed), batch, progress), runs);
    }

    /**
     * The design's runs: cell p is point p, its run k is run k of 'brink run' on the point's scenario (seed
     * {@code Seeds.run(seed, k)}). A point's scenario is built once while its runs are under way (it is called from
     * several threads).
     */
    public static DesignRuns runs(int points, IntFunction<Scenario> scenarios, List<Metric> metrics, long runs, long seed) {
        boolean[] medians = new boolean[metrics.size()];
        for (int j = 0; j < medians.length; j++) medians[j] = metrics.get(j).kind() == Metric.Kind.MEDIAN_DAY;
        Map<Integer, RunMetrics> live = new ConcurrentHashMap<>();
        return new DesignRuns() {
            @Override
            public int cells() {
                return points;
            }

            @Override
            public long runs() {
                return runs;
            }

            @Override
            public boolean[] medians() {
                return medians.clone();
            }

            @Override
            public double[] run(int point, long k) {
                RunMetrics bound = live.computeIfAbsent(point, p -> RunMetrics.bind(scenarios.apply(p), metrics));
                return bound.of(Replication.of(bound.scenario(), point, k, Seeds.run(seed, k)));
            }

            @Override
            public void release(int point) {
                live.remove(point);
            }
        };
    }

    /** The points' summaries as an evaluation: each output's value, its Monte Carlo variance and the run-to-run variance. */
    public static Evaluation evaluation(List<Metric> metrics, Tally.Summary[] points, long runs) {
        int n = points.length, m = metrics.size();
        double[][] values = new double[n][m], noise = new double[n][m], spread = new double[n][m];
        for (int p = 0; p < n; p++) {
            Tally.Summary s = points[p];
            for (int j = 0; j < m; j++) {
                values[p][j] = s.value()[j];
                boolean median = metrics.get(j).kind() == Metric.Kind.MEDIAN_DAY;
                spread[p][j] = median ? Double.NaN : s.spread()[j];
                noise[p][j] = median || s.count()[j] == 0 ? Double.NaN : s.spread()[j] / s.count()[j];
            }
        }
        return new Evaluation(metrics.stream().map(Metric::spec).toList(), values, noise, spread, runs);
    }

    /** Checks that every metric can be read from the scenario's runs (before any run). */
    public static void check(Scenario s, List<Metric> metrics) {
        RunMetrics.bind(s, metrics);
    }
}
