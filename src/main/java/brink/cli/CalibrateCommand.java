package brink.cli;

import brink.analysis.calibrate.Calibration;
import brink.analysis.calibrate.HistoryMatching;
import brink.analysis.calibrate.ModelSimulator;
import brink.analysis.calibrate.RangesChart;
import brink.analysis.calibrate.Target;
import brink.analysis.design.Input;
import brink.analysis.design.Metric;
import brink.analysis.design.ModelEvaluator;
import brink.analysis.calibrate.Simulator;
import brink.montecarlo.Batch;
import brink.results.ResultsFolder;
import brink.scenario.Observation;
import brink.scenario.Overrides;
import brink.scenario.Param;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import brink.scenario.Uncertain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

@Command(header = "Calibrate shared parameters by history matching in waves, against observations and base rates.", name = "calibrate", mixinStandardHelpOptions = true,
        description = {"History matching (Vernon, Goldstein & Bower 2010; Andrianakis et al. 2015) over chosen parameters of one or more scenarios, calibrated jointly. "
                + "Each wave samples the parameter region not yet ruled out (a Latin hypercube screened by the earlier waves' emulators), runs --runs replications "
                + "of every scenario at each point, computes the implausibility of each point against every target and rules out those above --cutoff (3). "
                + "It stops when the region stops shrinking (by less than --min-shrink) or after --waves.",
                "Targets: --observations uses every scenario's record observations (a set is ruled out when it made what was observed unlikely: "
                        + "below about 10% with the default cut-off; --observations-of ID: one scenario's only); --target OUTPUT,VALUE,TOLERANCE is a rate averaged over the scenarios, e.g. the share of crises "
                        + "reaching full-scale war (" + Metric.HELP + "; not median-day).",
                "Parameters: --param PATH (an uncertain parameter; its prior is its distribution's range) or --range PATH=LOW:HIGH (uniform prior).",
                "Writes region.json, waves.csv, accepted.csv, ranges.png/.svg and, per scenario, <id>.calibrated.json in which the parameters are normal "
                        + "distributions fitted to the plausible sets (source: calibrated) and a source records the targets; into results/calibrate-<time>/ or --out."},
        footer = {"", "Examples:", "  brink calibrate scenarios/*.json --range parameters.rationality=5:30 --target share:severity=full-scale-war,0.19,0.05",
                "  brink calibrate --param states.RUS.resolve --range parameters.warCost=0.1:1.5 --observations --runs 200 --points 40"})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Scenario files or ids, calibrated jointly (default: the one named in scenarios/DEFAULT).")
    List<Path> files = new ArrayList<>();

    @Mixin
    Study study;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder; must not exist.")
    Path out;

    @Override
    public Integer call() throws Exception {
        study.check();
        int t = Threads.resolve(threads);
        List<Path> paths = files.isEmpty() ? List.of(Places.defaultScenario()) : files.stream().map(f -> Places.scenario(f.toString())).toList();
        List<ScenarioInputs> inputs = new ArrayList<>();
        for (Path p : paths) inputs.add(ScenarioInputs.read(p, study.set, List.of(), null));
        Study.Plan plan = study.plan(inputs);
        Path target = out != null ? out : Places.results().resolve("calibrate-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ResultsFolder folder = ResultsFolder.create(target);
        study.announce(plan);
        long perWave = plan.runsPerWave();
        Calibration cal;
        try (Batch batch = new Batch(t)) {
            Progress[] progress = {new Progress("runs of wave 1", study.quiet)};
            long[] waveOf = {0};
            ModelSimulator sim = plan.simulator(batch, d -> progress[0].update(d - waveOf[0] * perWave, perWave));
            cal = study.calibrate(plan, sim, w -> {
                waveOf[0] = w;
                progress[0].done(perWave);
                progress[0] = new Progress("runs of wave " + (w + 1), study.quiet);
            });
            study.write(plan, cal, folder.work(), Map.of());
        } catch (RuntimeException | java.io.IOException e) {
            folder.discard();
            throw e;
        }
        study.print(cal);
        System.out.println("results: " + folder.publish());
        return 0;
    }

    /**
     * What a calibration is, whichever engine runs its waves: the options (shared with brink-spark's calibrate), the
     * parameters and targets they make, and the files written from the result. Serializable: a cluster's executors
     * rebuild the same parameters and targets from it.
     */
    public static final class Study implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value in every scenario (repeatable).")
        List<String> set = new ArrayList<>();

        @Option(names = "--param", paramLabel = "PATH", description = "An uncertain parameter to calibrate over its distribution's range (repeatable).")
        List<String> params = new ArrayList<>();

        @Option(names = "--range", paramLabel = "PATH=LOW:HIGH", description = "A parameter to calibrate over a range of your own (repeatable).")
        List<String> ranges = new ArrayList<>();

        @Option(names = "--target", paramLabel = "OUTPUT,VALUE,TOLERANCE", description = "A rate over the scenarios with its tolerance (one standard deviation; repeatable).")
        List<String> rates = new ArrayList<>();

        @Option(names = "--observations", description = "Use every scenario's record observations as targets.")
        boolean observations;

        @Option(names = "--observations-of", paramLabel = "SCENARIO", description = "Use the record observations of this scenario only (its id; repeatable; "
                + "implies --observations): leave out a crisis whose record the model cannot reach at any set, and say why.")
        List<String> observationsOf = new ArrayList<>();

        @Option(names = "--observation-tolerance", paramLabel = "T", description = "Model discrepancy added to each observation, as a probability (default ${DEFAULT-VALUE}).", defaultValue = "0")
        double observationTolerance;

        @Option(names = "--points", paramLabel = "N", description = "Parameter sets per wave (default ${DEFAULT-VALUE}).", defaultValue = "40")
        int points;

        @Option(names = "--runs", paramLabel = "R", description = "Replications of each scenario at each set (default ${DEFAULT-VALUE}).", defaultValue = "100")
        long runs;

        @Option(names = "--waves", paramLabel = "W", description = "At most this many waves (default ${DEFAULT-VALUE}).", defaultValue = "5")
        int waves;

        @Option(names = "--cutoff", paramLabel = "I", description = "Implausibility above which a set is ruled out (default ${DEFAULT-VALUE}).", defaultValue = "3")
        double cutoff;

        @Option(names = "--min-shrink", paramLabel = "F", description = "Stop when a wave shrinks the region by less than this share of it (default ${DEFAULT-VALUE}).", defaultValue = "0.1")
        double minShrink;

        @Option(names = "--seed", paramLabel = "S", description = "Master seed (default ${DEFAULT-VALUE}).", defaultValue = "" + RunCommand.DEFAULT_SEED)
        long seed;

        @Option(names = "--no-charts", description = "Skip the chart.")
        boolean noCharts;

        @Option(names = "--quiet", description = "Print nothing but errors and the results folder.")
        boolean quiet;

        /** A checked calibration: the scenarios (as inputs and resolved), the parameters, the targets and the settings. */
        public record Plan(Study study, List<ScenarioInputs> inputs, List<Scenario> scenarios, List<Input> params, List<Target> targets,
                           HistoryMatching.Settings settings) {
            public long runsPerWave() {
                return (long) study.points * scenarios.size() * study.runs;
            }

            /** The model at the plan's parameter sets, on a batch's threads (batch and progress may be null where only its runs are wanted). */
            public ModelSimulator simulator(Batch batch, LongConsumer progress) {
                return new ModelSimulator(inputs, params, targets, study.runs, study.seed, batch, progress);
            }
        }

        public List<String> overrides() {
            return set;
        }

        public long runs() {
            return runs;
        }

        public boolean quiet() {
            return quiet;
        }

        /** The options' own values (exit 2 on a bad one). */
        public void check() {
            if (points < 4) throw new Main.BadInput("--points must be at least 4, got " + points);
            if (runs < 2) throw new Main.BadInput("--runs must be at least 2, got " + runs);
            if (waves < 1) throw new Main.BadInput("--waves must be at least 1, got " + waves);
            if (!(cutoff > 0)) throw new Main.BadInput("--cutoff must be > 0, got " + cutoff);
            if (!(minShrink >= 0 && minShrink < 1)) throw new Main.BadInput("--min-shrink must be in [0, 1), got " + minShrink);
            if (observationTolerance < 0) throw new Main.BadInput("--observation-tolerance must be >= 0");
        }

        /** The parameters and targets over the scenarios; everything is checked before any run (exit 2). */
        public Plan plan(List<ScenarioInputs> inputs) {
            List<Scenario> scenarios = new ArrayList<>();
            for (ScenarioInputs in : inputs) scenarios.add(in.resolve());
            List<Input> in = parameters(scenarios);
            List<Target> targets = targets(scenarios);
            List<Metric> rateMetrics = targets.stream().filter(x -> x.metric() != null).map(Target::metric).toList();
            // every scenario must accept the corners of the region, and give every rate
            for (ScenarioInputs si : inputs) {
                Scenario corner = SensitivityCommand.checkCorners(si, in);
                try {
                    if (!rateMetrics.isEmpty()) ModelEvaluator.check(corner, rateMetrics);
                } catch (IllegalArgumentException e) {
                    throw new Main.BadInput(e.getMessage());
                }
            }
            return new Plan(this, List.copyOf(inputs), scenarios, in, targets, new HistoryMatching.Settings(points, waves, cutoff, minShrink, Math.max(2000, 50 * points), seed));
        }

        /** The opening line (unless --quiet). */
        public void announce(Plan plan) {
            if (quiet) return;
            int s = plan.scenarios().size(), n = plan.params().size(), t = plan.targets().size();
            System.out.printf(Locale.ROOT, "calibrate: %d parameter%s over %d scenario%s, %d target%s; each wave %,d sets x %d scenario%s x %,d runs = %,d runs; master seed %d%n",
                    n, n == 1 ? "" : "s", s, s == 1 ? "" : "s", t, t == 1 ? "" : "s", points, s, s == 1 ? "" : "s", runs, plan.runsPerWave(), seed);
        }

        /** The waves, run by the simulator; a first wave with nothing plausible is the user's problem (exit 2). */
        public Calibration calibrate(Plan plan, Simulator sim, IntConsumer waveDone) {
            try {
                HistoryMatching.Result result = new HistoryMatching(plan.params().size(), plan.targets(), plan.settings()).run(sim, waveDone);
                return new Calibration(plan.params(), plan.targets(), plan.settings(), result);
            } catch (HistoryMatching.NothingPlausible e) {
                throw new Main.BadInput(e.getMessage());
            }
        }

        /**
         * region.json (with {@code engine} when not empty), waves.csv, accepted.csv, the chart (unless --no-charts) and
         * each scenario's calibrated file, into dir.
         */
        public void write(Plan plan, Calibration cal, Path dir, Map<String, Object> engine) throws java.io.IOException {
            cal.write(dir, engine);
            int s = plan.scenarios().size();
            if (!noCharts) RangesChart.write(plan.params().stream().map(Input::path).toList(), cal.result().waves(),
                    String.format(Locale.ROOT, "%d scenario%s, %d targets, %,d sets per wave x %,d runs; cut-off %.1f", s, s == 1 ? "" : "s",
                            plan.targets().size(), points, runs, cutoff), dir);
            for (int i = 0; i < plan.inputs().size(); i++) {
                ScenarioInputs in = plan.inputs().get(i);
                cal.writeScenario(in.document().name(), in.document().text(), set, dir, plan.scenarios().get(i).id());
            }
        }

        /** The closing table (unless --quiet). */
        public void print(Calibration cal) {
            if (quiet) return;
            System.out.println();
            System.out.print(cal.table());
        }

        private List<Input> parameters(List<Scenario> scenarios) {
            List<Input> in = new ArrayList<>();
            for (String path : params) {
                Param found = null;
                for (Scenario s : scenarios) {
                    Map<String, Param> u = Uncertain.of(s);
                    if (u.containsKey(path)) {
                        found = u.get(path);
                        break;
                    }
                }
                if (found == null) throw new Main.BadInput("--param " + path + ": not an uncertain parameter of the scenarios; give its prior with --range " + path + "=LOW:HIGH");
                in.add(Input.of(path, found.dist()));
            }
            for (String r : ranges) {
                Overrides.Assignment a = Overrides.Assignment.parse(r);
                String[] lh = a.value().split(":");
                try {
                    in.add(Input.range(a.path(), Double.parseDouble(lh[0]), Double.parseDouble(lh[1])));
                } catch (RuntimeException e) {
                    throw new Main.BadInput("--range " + r + ": expected PATH=LOW:HIGH with LOW < HIGH, e.g. parameters.rationality=5:30");
                }
            }
            if (in.isEmpty()) throw new Main.BadInput("name the parameters to calibrate: --param PATH or --range PATH=LOW:HIGH");
            if (in.stream().map(Input::path).distinct().count() < in.size()) throw new Main.BadInput("a parameter is named twice");
            return in;
        }

        private List<Target> targets(List<Scenario> scenarios) {
            List<Target> out = new ArrayList<>();
            for (String r : rates) {
                String[] f = r.split(",");
                if (f.length != 3) throw new Main.BadInput("--target " + r + ": expected OUTPUT,VALUE,TOLERANCE, e.g. share:severity=full-scale-war,0.19,0.05");
                Metric m;
                double v, tol;
                try {
                    m = Metric.parse(f[0].trim(), scenarios.get(0));
                    for (Scenario s : scenarios) Metric.parse(f[0].trim(), s);
                    v = Double.parseDouble(f[1].trim());
                    tol = Double.parseDouble(f[2].trim());
                    if (m.kind() == Metric.Kind.MEDIAN_DAY) throw new IllegalArgumentException("--target " + r + ": a median day cannot be averaged over runs; use mean:COLUMN");
                    out.add(Target.rate(m, v, tol, "--target"));
                } catch (NumberFormatException e) {
                    throw new Main.BadInput("--target " + r + ": VALUE and TOLERANCE must be numbers");
                } catch (IllegalArgumentException e) {
                    throw new Main.BadInput(e.getMessage());
                }
            }
            List<String> ids = scenarios.stream().map(Scenario::id).toList();
            for (String id : observationsOf) {
                if (!ids.contains(id)) throw new Main.BadInput("--observations-of " + id + ": not one of the calibrated scenarios " + ids);
            }
            if (observations || !observationsOf.isEmpty()) {
                for (int i = 0; i < scenarios.size(); i++) {
                    Scenario s = scenarios.get(i);
                    if (!observationsOf.isEmpty() && !observationsOf.contains(s.id())) continue;
                    if (s.record() == null || s.record().observations().isEmpty()) {
                        throw new Main.BadInput("--observations: " + s.id() + " has no record with observations");
                    }
                    for (Observation o : s.record().observations()) out.add(Target.observation(i, s.id(), o, observationTolerance));
                    if (s.record().observations().size() > 1) out.add(Target.jointObservations(i, s.id(), s.record().observations().size(), observationTolerance));
                }
            }
            if (out.isEmpty()) throw new Main.BadInput("give targets: --target OUTPUT,VALUE,TOLERANCE and/or --observations");
            return out;
        }
    }
}
