package brink.cli;

import brink.analysis.calibrate.Calibration;
import brink.analysis.calibrate.HistoryMatching;
import brink.analysis.calibrate.ModelSimulator;
import brink.analysis.calibrate.RangesChart;
import brink.analysis.calibrate.Target;
import brink.analysis.design.Input;
import brink.analysis.design.Metric;
import brink.montecarlo.Batch;
import brink.results.ResultsFolder;
import brink.scenario.Observation;
import brink.scenario.Overrides;
import brink.scenario.Param;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import brink.scenario.Uncertain;
import picocli.CommandLine.Command;
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

@Command(header = "Calibrate shared parameters by history matching in waves, against observations and base rates.", name = "calibrate", mixinStandardHelpOptions = true,
        description = {"History matching (Vernon, Goldstein & Bower 2010; Andrianakis et al. 2015) over chosen parameters of one or more scenarios, calibrated jointly. "
                + "Each wave samples the parameter region not yet ruled out (a Latin hypercube screened by the earlier waves' emulators), runs --runs replications "
                + "of every scenario at each point, computes the implausibility of each point against every target and rules out those above --cutoff (3). "
                + "It stops when the region stops shrinking (by less than --min-shrink) or after --waves.",
                "Targets: --observations uses every scenario's record observations (a set is ruled out when it made what was observed unlikely: "
                        + "below about 10% with the default cut-off); --target OUTPUT,VALUE,TOLERANCE is a rate averaged over the scenarios, e.g. the share of crises "
                        + "reaching full-scale war (" + Metric.HELP + "; not median-day).",
                "Parameters: --param PATH (an uncertain parameter; its prior is its distribution's range) or --range PATH=LOW:HIGH (uniform prior).",
                "Writes region.json, waves.csv, accepted.csv, ranges.png/.svg and, per scenario, <id>.calibrated.json in which the parameters are normal "
                        + "distributions fitted to the plausible sets (source: calibrated) and a source records the targets; into results/calibrate-<time>/ or --out."},
        footer = {"", "Examples:", "  brink calibrate scenarios/*.json --range parameters.rationality=5:30 --target share:severity=full-scale-war,0.19,0.05",
                "  brink calibrate --param states.RUS.resolve --range parameters.warCost=0.1:1.5 --observations --runs 200 --points 40"})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Scenarios calibrated jointly (default: the one named in scenarios/DEFAULT).")
    List<Path> files = new ArrayList<>();

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

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder; must not exist.")
    Path out;

    @Option(names = "--no-charts", description = "Skip the chart.")
    boolean noCharts;

    @Option(names = "--quiet", description = "Print nothing but errors and the results folder.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (points < 4) throw new Main.BadInput("--points must be at least 4, got " + points);
        if (runs < 2) throw new Main.BadInput("--runs must be at least 2, got " + runs);
        if (waves < 1) throw new Main.BadInput("--waves must be at least 1, got " + waves);
        if (!(cutoff > 0)) throw new Main.BadInput("--cutoff must be > 0, got " + cutoff);
        if (!(minShrink >= 0 && minShrink < 1)) throw new Main.BadInput("--min-shrink must be in [0, 1), got " + minShrink);
        if (observationTolerance < 0) throw new Main.BadInput("--observation-tolerance must be >= 0");
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) throw new Main.BadInput("--threads must be at least 1, got " + t);
        List<Path> paths = files.isEmpty() ? List.of(Places.defaultScenario()) : files;
        List<ScenarioInputs> inputs = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path p : paths) {
            ScenarioInputs in = ScenarioInputs.read(p, set, List.of(), null);
            inputs.add(in);
            scenarios.add(in.resolve());
        }
        List<Input> in = parameters(scenarios);
        List<Target> targets = targets(scenarios);
        // every scenario must accept the corners of the region
        for (ScenarioInputs si : inputs) SensitivityCommand.checkCorners(si, in);
        HistoryMatching.Settings settings = new HistoryMatching.Settings(points, waves, cutoff, minShrink, Math.max(2000, 50 * points), seed);
        Path target = out != null ? out : Places.results().resolve("calibrate-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ResultsFolder folder = ResultsFolder.create(target);
        long perWave = (long) points * scenarios.size() * runs;
        if (!quiet) {
            System.out.printf(Locale.ROOT, "calibrate: %d parameter%s over %d scenario%s, %d target%s; each wave %,d sets x %d scenario%s x %,d runs = %,d runs; master seed %d%n",
                    in.size(), in.size() == 1 ? "" : "s", scenarios.size(), scenarios.size() == 1 ? "" : "s", targets.size(), targets.size() == 1 ? "" : "s",
                    points, scenarios.size(), scenarios.size() == 1 ? "" : "s", runs, perWave, seed);
        }
        Calibration cal;
        try (Batch batch = new Batch(t)) {
            Progress[] progress = {new Progress("runs of wave 1", quiet)};
            long[] waveOf = {0};
            ModelSimulator sim = new ModelSimulator(inputs, in, targets, runs, seed, batch, d -> progress[0].update(d - waveOf[0] * perWave, perWave));
            HistoryMatching hm = new HistoryMatching(in.size(), targets, settings);
            HistoryMatching.Result result;
            try {
                result = hm.run(sim, w -> {
                    waveOf[0] = w;
                    progress[0].done(perWave);
                    progress[0] = new Progress("runs of wave " + (w + 1), quiet);
                });
            } catch (HistoryMatching.NothingPlausible e) {
                folder.discard();
                throw new Main.BadInput(e.getMessage());
            }
            cal = new Calibration(in, targets, settings, result);
            try {
                cal.write(folder.work());
                if (!noCharts) RangesChart.write(in.stream().map(Input::path).toList(), result.waves(),
                        String.format(Locale.ROOT, "%d scenario%s, %d targets, %,d sets per wave x %,d runs; cut-off %.1f", scenarios.size(), scenarios.size() == 1 ? "" : "s",
                                targets.size(), points, runs, cutoff), folder.work());
                for (int i = 0; i < inputs.size(); i++) {
                    cal.writeScenario(inputs.get(i).document().name(), inputs.get(i).document().text(), set, folder.work(), scenarios.get(i).id());
                }
            } catch (RuntimeException | java.io.IOException e) {
                folder.discard();
                throw e;
            }
        }
        if (!quiet) {
            System.out.println();
            System.out.print(cal.table());
        }
        System.out.println("results: " + folder.publish());
        return 0;
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
        if (observations) {
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario s = scenarios.get(i);
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
