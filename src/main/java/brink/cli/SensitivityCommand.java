package brink.cli;

import brink.analysis.design.Design;
import brink.analysis.design.Evaluation;
import brink.analysis.design.Input;
import brink.analysis.design.Metric;
import brink.analysis.design.DesignRuns;
import brink.analysis.design.ModelEvaluator;
import brink.analysis.sensitivity.Morris;
import brink.analysis.sensitivity.Sensitivity;
import brink.analysis.sensitivity.Sobol;
import brink.montecarlo.Batch;
import brink.results.ResultsFolder;
import brink.scenario.Overrides;
import brink.scenario.Param;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import brink.scenario.Uncertain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(header = "Which inputs drive an outcome: Morris screening or Sobol indices over a scenario's uncertain parameters.", name = "sensitivity",
        mixinStandardHelpOptions = true,
        description = {"Sensitivity analysis of a scenario in three steps (as SALib does): a design of points over the inputs is sampled, the model is run "
                + "--runs times at every point (run k of every point with the seed of run k of 'brink run': common random numbers), and each output is analysed.",
                "Inputs: the scenario's uncertain parameters (all of them by default, each placed by its own distribution's quantiles), or the ones named with "
                        + "--input, or any parameter with a range of your own (--range PATH=LOW:HIGH, uniform).",
                "Outputs (--output, repeatable; default: the probability of every outcome class): " + Metric.HELP + ".",
                "--method morris (default) screens many inputs cheaply: mu* ranks them, sigma flags interactions; r trajectories cost r(k+1) points. "
                        + "--method sobol apportions the variance: first-order and total indices (Saltelli 2010, Jansen 1999) with 95% bootstrap intervals; N rows cost N(k+2) points.",
                "Writes design.csv, outputs.csv, sensitivity.csv, sensitivity.json, charts (PNG and SVG) and report.html into results/<id>-sensitivity-<time>/ or --out."},
        footer = {"", "Examples:", "  brink sensitivity --runs 200                                   (Morris over every uncertain parameter)",
                "  brink sensitivity --method sobol --samples 256 --input parameters.rationality --input states.RUS.resolve --runs 200",
                "  brink sensitivity --range parameters.warCost=0.2:1.0 --output reached:6 --output median-day:6",
                "  brink sensitivity --output share:severity=full-scale-war --output mean:duration_days"})
public final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

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
        ScenarioInputs factory = scenario.inputs();
        Study.Plan plan = study.plan(factory);
        Path target = out != null ? out : Places.results().resolve(plan.base().id() + "-sensitivity-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ResultsFolder folder = ResultsFolder.create(target);
        study.announce(plan);
        try {
            Evaluation eval;
            long total = plan.runs();
            Progress progress = new Progress("runs", study.quiet);
            try (Batch batch = new Batch(t)) {
                try (Interrupt.Handle signals = Interrupt.answer(() -> batch.stop.set(true))) {
                    eval = ModelEvaluator.evaluate(plan.design(), p -> factory.resolve(plan.design().assignments(p)), plan.metrics(), study.runs, study.seed, batch,
                            d -> progress.update(d, total));
                }
            }
            progress.done(total);
            study.write(plan, eval, folder.work(), scenario.path().toString(), Map.of());
        } catch (DesignRuns.Stopped e) {
            folder.discard();
            System.err.println("stopped: " + e.getMessage() + "; a design needs every point, nothing was written");
            return 130;
        } catch (RuntimeException | java.io.IOException e) {
            folder.discard();
            throw e;
        }
        System.out.println("results: " + folder.publish());
        return 0;
    }

    /**
     * What a sensitivity analysis is, whichever engine runs it: the options (shared with brink-spark's sensitivity),
     * the design and outputs they make, and the files written from an evaluation.
     */
    public static final class Study {
        @Option(names = "--method", paramLabel = "morris|sobol", description = "Screening (morris, default) or variance-based indices (sobol).", defaultValue = "morris")
        String method;

        @Option(names = "--input", paramLabel = "PATH", description = "An uncertain parameter to vary by its distribution (repeatable; default: all of them).")
        List<String> inputs = new ArrayList<>();

        @Option(names = "--range", paramLabel = "PATH=LOW:HIGH", description = "A parameter to vary uniformly on a range of your own (repeatable).")
        List<String> ranges = new ArrayList<>();

        @Option(names = "--output", paramLabel = "SPEC", description = "An output to analyse (repeatable): " + Metric.HELP + ".")
        List<String> outputs = new ArrayList<>();

        @Option(names = "--samples", paramLabel = "N", description = "Morris: trajectories (default 20); Sobol: rows N, best a power of 2 (default 128).")
        Integer samples;

        @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels (default ${DEFAULT-VALUE}).", defaultValue = "4")
        int levels;

        @Option(names = "--runs", paramLabel = "R", description = "Replications at every point (default ${DEFAULT-VALUE}).", defaultValue = "100")
        long runs;

        @Option(names = "--bootstrap", paramLabel = "B", description = "Resamples for the intervals (default ${DEFAULT-VALUE}).", defaultValue = "1000")
        int bootstrap;

        @Option(names = "--seed", paramLabel = "S", description = "Master seed (default ${DEFAULT-VALUE}): runs, the Morris design and the bootstrap.", defaultValue = "" + RunCommand.DEFAULT_SEED)
        long seed;

        @Option(names = "--top", paramLabel = "K", description = "Inputs shown per output in the table and charts (default ${DEFAULT-VALUE}).", defaultValue = "15")
        int top;

        @Option(names = "--no-charts", description = "Skip the charts and report.html.")
        boolean noCharts;

        @Option(names = "--quiet", description = "Print nothing but errors and the results folder.")
        boolean quiet;

        /** A checked study: the base scenario, the inputs, the outputs and the design, with its settings in words. */
        public record Plan(ScenarioInputs factory, Scenario base, List<Input> inputs, List<Metric> metrics, Design design, String settings, long runs) {
            /** Point p's values as --set assignments (PATH=VALUE), as text that travels. */
            public List<String> assignments(int point) {
                return design.assignments(point).stream().map(Overrides.Assignment::toString).toList();
            }
        }

        public long runs() {
            return runs;
        }

        public long seed() {
            return seed;
        }

        public boolean quiet() {
            return quiet;
        }

        /** The options' own values (exit 2 on a bad one). */
        public void check() {
            if (!method.equals("morris") && !method.equals("sobol")) throw new Main.BadInput("--method must be morris or sobol, got '" + method + "'");
            if (runs < 1) throw new Main.BadInput("--runs must be at least 1, got " + runs);
            if (bootstrap < 10) throw new Main.BadInput("--bootstrap must be at least 10, got " + bootstrap);
            if (top < 1) throw new Main.BadInput("--top must be at least 1");
        }

        /** The design and its outputs for the scenario; everything is checked before any run (exit 2). */
        public Plan plan(ScenarioInputs factory) {
            Scenario base = factory.resolve();
            List<Input> in = inputs(base);
            List<Metric> metrics = metrics(base);
            Design design;
            try {
                design = method.equals("sobol") ? Sobol.sample(in, samples == null ? 128 : samples)
                        : Morris.sample(in, samples == null ? 20 : samples, levels, Math.min(200, 4 * (samples == null ? 20 : samples)), seed);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput(e.getMessage());
            }
            // the corners of the design space must be valid scenarios, and every output readable, before any run
            Scenario corner = checkCorners(factory, in);
            try {
                ModelEvaluator.check(corner, metrics);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput(e.getMessage());
            }
            long total = design.size() * runs;
            String settings = String.format(Locale.ROOT, "%s: %d inputs, %,d points x %,d runs = %,d runs, master seed %d", method.equals("sobol")
                    ? "Sobol (Saltelli 2010 / Jansen 1999), N = " + design.size() / (in.size() + 2) : "Morris, r = " + design.size() / (in.size() + 1) + " trajectories, "
                    + levels + " levels", in.size(), design.size(), runs, total, seed);
            return new Plan(factory, base, in, metrics, design, settings, total);
        }

        /** The outputs, parsed against the scenario: --output, or every outcome class's probability. */
        public List<Metric> metrics(Scenario base) {
            List<Metric> metrics = new ArrayList<>();
            try {
                for (String o : outputs) metrics.add(Metric.parse(o, base));
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput(e.getMessage());
            }
            return metrics.isEmpty() ? Metric.outcomes(base) : metrics;
        }

        /** The opening lines (unless --quiet). */
        public void announce(Plan plan) {
            if (!quiet) System.out.printf("sensitivity: %s%n%s%n", plan.base().title(), plan.settings());
        }

        /**
         * Analyses the evaluation and writes design.csv, outputs.csv, sensitivity.csv, sensitivity.json (its settings
         * plus {@code more}) and, unless --no-charts, the charts and report.html into dir; prints the table unless --quiet.
         */
        public Sensitivity write(Plan plan, Evaluation eval, Path dir, String scenarioFile, Map<String, Object> more) throws java.io.IOException {
            Sensitivity result = Sensitivity.analyze(plan.base().title(), plan.design(), eval, bootstrap, seed);
            plan.design().writeCsv(dir.resolve("design.csv"));
            eval.writeCsv(dir.resolve("outputs.csv"));
            result.writeCsv(dir.resolve("sensitivity.csv"));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("scenarioFile", scenarioFile);
            s.put("overrides", plan.factory().overrides());
            s.put("method", method);
            s.put("points", plan.design().size());
            s.put("runsPerPoint", runs);
            s.put("masterSeed", seed);
            s.put("bootstrap", bootstrap);
            if (method.equals("morris")) s.put("levels", levels);
            s.putAll(more);
            result.writeJson(dir.resolve("sensitivity.json"), s);
            if (!noCharts) {
                List<String> charts = result.writeCharts(dir, plan.base().title() + " · " + plan.settings(), top);
                result.writeHtml(dir, charts, plan.settings());
            }
            if (!quiet) System.out.print(result.table(top));
            return result;
        }

        /** The inputs: --input and --range, or every uncertain parameter. */
        List<Input> inputs(Scenario base) {
            Map<String, Param> uncertain = Uncertain.of(base);
            List<Input> in = new ArrayList<>();
            for (String path : inputs) {
                Param p = uncertain.get(path);
                if (p == null) {
                    throw new Main.BadInput("--input " + path + ": not an uncertain parameter of " + base.id() + " (give it a range with --range " + path
                            + "=LOW:HIGH); uncertain ones: " + String.join(", ", uncertain.keySet()));
                }
                in.add(Input.of(path, p.dist()));
            }
            for (String r : ranges) {
                Overrides.Assignment a = Overrides.Assignment.parse(r);
                String[] lh = a.value().split(":");
                try {
                    in.add(Input.range(a.path(), Double.parseDouble(lh[0]), Double.parseDouble(lh[1])));
                } catch (RuntimeException e) {
                    throw new Main.BadInput("--range " + r + ": expected PATH=LOW:HIGH with LOW < HIGH, e.g. parameters.warCost=0.2:1.0");
                }
            }
            if (in.isEmpty()) uncertain.forEach((path, p) -> in.add(Input.of(path, p.dist())));
            if (in.isEmpty()) throw new Main.BadInput(base.id() + " has no uncertain parameters: name inputs with --range PATH=LOW:HIGH");
            if (in.stream().map(Input::path).distinct().count() < in.size()) throw new Main.BadInput("an input is named twice");
            return in;
        }
    }

    /** The scenario at the low and at the high corner of the inputs (a ScenarioException, exit 2, names what is invalid). */
    static Scenario checkCorners(ScenarioInputs factory, List<Input> in) {
        Scenario s = null;
        for (double u : new double[]{1, 0}) {
            List<Overrides.Assignment> as = new ArrayList<>();
            for (Input i : in) as.add(new Overrides.Assignment(i.path(), Double.toString(i.value(u))));
            s = factory.resolve(as);
        }
        return s;
    }
}
