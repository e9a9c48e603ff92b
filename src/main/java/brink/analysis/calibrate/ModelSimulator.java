package brink.analysis.calibrate;

import brink.analysis.RunsTable;
import brink.analysis.condition.Evidence;
import brink.analysis.design.Input;
import brink.model.CrisisModel;
import brink.model.RunRecord;
import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.montecarlo.Seeds;
import brink.results.Columns;
import brink.scenario.Observation;
import brink.scenario.Overrides;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The model as a simulator for history matching: at each parameter set, {@code runs} replications of every
 * calibrated scenario (run k with the seed of run k of 'brink run': common random numbers across sets), each run
 * played day by day so that the record's observations are checked on their dates through the run's view, and the
 * rate targets read from the run's runs.csv cells.
 */
public final class ModelSimulator implements Simulator {
    private final List<ScenarioInputs> scenarios;
    private final List<Input> params;
    private final List<Target> targets;
    private final long runs, seed;
    private final Batch batch;
    private final LongConsumer progress;
    private long done;

    public ModelSimulator(List<ScenarioInputs> scenarios, List<Input> params, List<Target> targets, long runs, long seed, Batch batch, LongConsumer progress) {
        this.scenarios = List.copyOf(scenarios);
        this.params = List.copyOf(params);
        this.targets = List.copyOf(targets);
        this.runs = runs;
        this.seed = seed;
        this.batch = batch;
        this.progress = progress;
    }

    /** What one run contributes: per target, its value (NaN: does not count). */
    private record RunOut(int point, int scenario, double[] values) {
    }

    /** A point's scenario, its columns and where each rate target's column is. */
    private record Prepared(Scenario scenario, Columns columns, int[] at) {
    }

    public List<Overrides.Assignment> assignments(double[] unit) {
        List<Overrides.Assignment> as = new ArrayList<>();
        for (int j = 0; j < params.size(); j++) as.add(new Overrides.Assignment(params.get(j).path(), Double.toString(params.get(j).value(unit[j]))));
        return as;
    }

    @Override
    public List<Outputs> evaluate(List<double[]> points, int wave) {
        int s = scenarios.size(), t = targets.size(), n = points.size();
        Map<Integer, Prepared> live = new ConcurrentHashMap<>();
        double[][][] sum = new double[n][s][t], sumSq = new double[n][s][t];
        long[][][] count = new long[n][s][t];
        long total = (long) n * s * runs;
        batch.run(i -> {
            int ps = (int) (i / runs);
            long k = i % runs;
            int p = ps / s, sc = ps % s;
            Prepared prep = live.computeIfAbsent(ps, q -> prepare(sc, points.get(p)));
            return new RunOut(p, sc, run(prep, sc, k));
        }, 0, total, r -> {
            for (int j = 0; j < t; j++) {
                double v = r.values()[j];
                if (Double.isNaN(v)) continue;
                sum[r.point()][r.scenario()][j] += v;
                sumSq[r.point()][r.scenario()][j] += v * v;
                count[r.point()][r.scenario()][j]++;
            }
            progress.accept(++done);
        });
        List<Outputs> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            double[] mean = new double[t], ens = new double[t], mc = new double[t];
            for (int j = 0; j < t; j++) {
                Target tg = targets.get(j);
                double m = 0, e = 0, v = 0;
                int counted = 0;
                for (int sc = 0; sc < s; sc++) {
                    if (tg.scenario() >= 0 && tg.scenario() != sc) continue;
                    long c = count[p][sc][j];
                    if (c == 0) continue;
                    double mu = sum[p][sc][j] / c, var = c < 2 ? 0 : Math.max(0, (sumSq[p][sc][j] - c * mu * mu) / (c - 1));
                    m += mu;
                    e += var;
                    v += var / c;
                    counted++;
                }
                mean[j] = counted == 0 ? Double.NaN : m / counted;
                ens[j] = counted == 0 ? Double.NaN : e / counted;
                mc[j] = counted == 0 ? Double.NaN : v / ((double) counted * counted);
            }
            out.add(new Outputs(mean, ens, mc));
        }
        return out;
    }

    private Prepared prepare(int sc, double[] unit) {
        Scenario s = scenarios.get(sc).resolve(assignments(unit));
        Columns c = new Columns(s, List.of());
        Map<String, Integer> index = new HashMap<>();
        List<String> header = c.header();
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
        int[] at = new int[targets.size()];
        for (int j = 0; j < at.length; j++) {
            Target tg = targets.get(j);
            at[j] = -1;
            if (tg.metric() == null) continue;
            Integer i = index.get(tg.metric().column());
            if (i == null) throw new IllegalArgumentException("target " + tg.name() + ": runs.csv of " + s.id() + " has no column '" + tg.metric().column() + "'");
            at[j] = i;
        }
        return new Prepared(s, c, at);
    }

    /** One run, played day by day: each target's value in it (observations 1 or 0, rates the metric's value). */
    private double[] run(Prepared prep, int sc, long k) {
        long runSeed = Seeds.run(seed, k);
        double[] v = new double[targets.size()];
        java.util.Arrays.fill(v, Double.NaN);
        try {
            CrisisModel m = new CrisisModel(prep.scenario(), runSeed, false);
            m.start();
            List<Integer> due = new ArrayList<>();
            for (int j = 0; j < targets.size(); j++) if (targets.get(j).observation() != null && targets.get(j).scenario() == sc) due.add(j);
            due.sort(java.util.Comparator.comparingInt(j -> prep.scenario().day(targets.get(j).observation().date())));
            for (int j : due) {
                Observation o = targets.get(j).observation();
                int day = prep.scenario().day(o.date());
                while (m.view().day() < day && m.stepDay()) {
                    // play up to the observation's day
                }
                v[j] = Evidence.agrees(o, m.view()) ? 1 : 0;
            }
            for (int j = 0; j < targets.size(); j++) {
                if (!targets.get(j).joint() || targets.get(j).scenario() != sc) continue;
                boolean all = true;
                for (int d : due) all &= v[d] == 1;
                v[j] = all ? 1 : 0;
            }
            while (m.stepDay()) {
                // to the end
            }
            m.finish();
            RunRecord rec = m.record();
            boolean rates = false;
            for (int j = 0; j < targets.size(); j++) rates |= prep.at()[j] >= 0;
            if (rates) {
                List<String> cells = RunsTable.split(prep.columns().csv(new Replication(0, k, runSeed, rec, null), List.of()));
                for (int j = 0; j < targets.size(); j++) if (prep.at()[j] >= 0) v[j] = targets.get(j).metric().of(cells.get(prep.at()[j]));
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a failed run counts for no target
            java.util.Arrays.fill(v, Double.NaN);
        }
        return v;
    }
}
