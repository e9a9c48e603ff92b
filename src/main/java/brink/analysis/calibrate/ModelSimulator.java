package brink.analysis.calibrate;

import brink.analysis.condition.Evidence;
import brink.analysis.design.DesignRuns;
import brink.analysis.design.Input;
import brink.analysis.design.Metric;
import brink.analysis.design.RunMetrics;
import brink.analysis.design.Tally;
import brink.model.CrisisModel;
import brink.model.RunRecord;
import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.montecarlo.Seeds;
import brink.scenario.Observation;
import brink.scenario.Overrides;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;

import java.util.ArrayList;
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

    /** A point's scenario and its rate targets' metrics bound to the scenario's columns (null when there are none). */
    private record Prepared(Scenario scenario, RunMetrics rates) {
    }

    public List<Overrides.Assignment> assignments(double[] unit) {
        List<Overrides.Assignment> as = new ArrayList<>();
        for (int j = 0; j < params.size(); j++) as.add(new Overrides.Assignment(params.get(j).path(), Double.toString(params.get(j).value(unit[j]))));
        return as;
    }

    /** On this machine's threads. */
    @Override
    public List<Outputs> evaluate(List<double[]> points, int wave) {
        long before = done;
        DesignRuns job = runs(points);
        Tally.Summary[] cells = DesignRuns.onThreads(job, batch, d -> progress.accept(before + d));
        done += job.total();
        return outputs(cells, points.size());
    }

    /**
     * The wave's runs: cell {@code p * scenarios + s} is scenario s at point p, its run k is run k of 'brink run' on that
     * scenario (common random numbers across sets); the outputs are the targets, in order.
     */
    public DesignRuns runs(List<double[]> points) {
        int s = scenarios.size();
        List<double[]> at = List.copyOf(points);
        Map<Integer, Prepared> live = new ConcurrentHashMap<>();
        return new DesignRuns() {
            @Override
            public int cells() {
                return at.size() * s;
            }

            @Override
            public long runs() {
                return runs;
            }

            @Override
            public boolean[] medians() {
                return new boolean[targets.size()];
            }

            @Override
            public double[] run(int cell, long k) {
                int sc = cell % s;
                Prepared prep = live.computeIfAbsent(cell, c -> prepare(sc, at.get(c / s)));
                return ModelSimulator.this.run(prep, sc, k);
            }

            @Override
            public void release(int cell) {
                live.remove(cell);
            }
        };
    }

    /** Each point's outputs from its cells' summaries: per target, averaged over the scenarios it applies to. */
    public List<Outputs> outputs(Tally.Summary[] cells, int points) {
        int s = scenarios.size(), t = targets.size();
        List<Outputs> out = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            double[] mean = new double[t], ens = new double[t], mc = new double[t];
            for (int j = 0; j < t; j++) {
                Target tg = targets.get(j);
                double m = 0, e = 0, v = 0;
                int counted = 0;
                for (int sc = 0; sc < s; sc++) {
                    if (tg.scenario() >= 0 && tg.scenario() != sc) continue;
                    Tally.Summary cell = cells[p * s + sc];
                    long c = cell.count()[j];
                    if (c == 0) continue;
                    double var = cell.spread()[j];
                    m += cell.value()[j];
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
        List<Metric> rates = new ArrayList<>();
        for (Target tg : targets) if (tg.metric() != null) rates.add(tg.metric());
        return new Prepared(s, rates.isEmpty() ? null : RunMetrics.bind(s, rates));
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
            if (prep.rates() != null) {
                double[] rates = prep.rates().of(new Replication(0, k, runSeed, rec, null));
                if (rates == null) return null;
                for (int j = 0, r = 0; j < targets.size(); j++) if (targets.get(j).metric() != null) v[j] = rates[r++];
            }
        } catch (RuntimeException | StackOverflowError e) {
            return null; // a failed run counts for no target
        }
        return v;
    }
}
