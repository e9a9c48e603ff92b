package brink.cli;

import brink.analysis.paired.PairedOutcomes;
import brink.montecarlo.Batch;
import brink.results.BatchWriter;
import brink.montecarlo.SweepPlan;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Run a parameter sweep: a full grid or a Latin hypercube, with each point's outcome distribution.", name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run replications at every point of a parameter sweep: a full grid (--vary) or a Latin hypercube (--sample lhs --points K --range ...). Writes runs.csv (one row per point and run), points.csv (each point's outcome probabilities with 95%% intervals), and the files of 'brink run'. Run k of point p is reproducible alone: with common random numbers (the default) its seed is that of run k of 'brink run' with the same master seed, so every point, and a plain batch, share their run seeds and differences between points are paired run by run: the table of changes from the baseline point and paired.csv give them with Newcombe's interval for paired data."},
        footer = {"", "Examples:", "  brink sweep --vary states.RUS.resolve=0.5,0.7,0.9 --runs 500",
                "  brink sweep --vary parameters.rationality=2,4,8 --vary alliances.EU.decisionRule=consensus,qualified-majority",
                "  brink sweep --sample lhs --points 20 --range states.RUS.resolve=0.4:0.95 --range parameters.warCost=0.3:1.2"})
final class SweepCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--vary", paramLabel = "PATH=V1,V2,...", description = "Values of a parameter for the grid (repeatable).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "lhs", description = "Sampling design instead of a grid: lhs (Latin hypercube).")
    String sample;

    @Option(names = "--points", paramLabel = "K", description = "Points of the Latin hypercube.")
    Integer points;

    @Option(names = "--range", paramLabel = "PATH=LOW:HIGH", description = "Range of a parameter for the Latin hypercube (repeatable).")
    List<String> ranges = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "Replications per point (default ${DEFAULT-VALUE}).", defaultValue = "200")
    long runs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default ${DEFAULT-VALUE}).", defaultValue = "" + RunCommand.DEFAULT_SEED)
    long seed;

    @Option(names = "--seeding", paramLabel = "common|independent", description = {"common (default): run k of every point has the same seed (common random numbers), so points "
            + "differ only where their parameters make them differ and differences between points are paired run by run; independent: each point has seeds of its own."},
            defaultValue = "common")
    String seeding;

    @Option(names = "--baseline", paramLabel = "P", description = "The point the others are compared with (default ${DEFAULT-VALUE}).", defaultValue = "0")
    int baseline;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder; must not exist.")
    Path out;

    @Option(names = "--no-charts", description = "Skip charts and report.html.")
    boolean noCharts;

    @Option(names = "--quiet", description = "Print nothing but errors and the results folder.")
    boolean quiet;

    @Option(names = "--driver-outcome", paramLabel = "ID", description = "Outcome whose drivers the drivers chart shows (an outcome id; default: the likeliest outcome).")
    String driverOutcome;

    @Override
    public Integer call() throws Exception {
        SweepPlan plan = plan();
        if (!seeding.equals("common") && !seeding.equals("independent")) throw new Main.BadInput("--seeding must be common or independent, got '" + seeding + "'");
        boolean common = seeding.equals("common");
        if (baseline < 0 || baseline >= plan.points().size()) throw new Main.BadInput("--baseline must be a point from 0 to " + (plan.points().size() - 1) + ", got " + baseline);
        if (runs < 1) throw new Main.BadInput("--runs must be at least 1, got " + runs);
        ScenarioInputs inputs = scenario.inputs();
        List<Scenario> scenarios = inputs.resolveAll(plan.assignments());
        Outcomes.check(scenarios.get(0), driverOutcome);
        long total = runs * scenarios.size();
        int t = Threads.resolve(threads);
        List<String> described = sample == null ? vary : ranges;
        var settings = new BatchSession.Settings("sweep", scenarios.get(0), inputs, seed, t, out,
                !noCharts, quiet, null, scenarios.size(), runs, described, plan.paths(), plan.points(), null, null, driverOutcome);
        PairedOutcomes paired = new PairedOutcomes(scenarios.get(0).outcomes().size(), scenarios.size(), runs, baseline, common);
        List<String> ids = scenarios.get(0).outcomes().stream().map(o -> o.id()).toList();
        return BatchSession.execute(settings, new BatchSession.Body() {
            @Override
            public long run(Batch batch, BatchWriter writer, Progress progress) {
                // the baseline's runs come first, so that every other point's run k finds its pair
                batch.run(writer.rows(Batch.sweep(scenarios, runs, seed, common, baseline)), 0, total, r -> {
                    writer.accept(r);
                    paired.accept(r.replication());
                    progress.update(r.index() + 1, total);
                });
                return total;
            }

            @Override
            public void write(Path work) throws java.io.IOException {
                if (scenarios.size() > 1) paired.writeCsv(work.resolve("paired.csv"), plan.paths(), plan.points(), ids);
            }

            @Override
            public void print(java.io.PrintStream o) {
                if (scenarios.size() > 1) Table.printChanges(o, scenarios.get(0), plan.paths(), plan.points(), paired);
            }
        });
    }

    SweepPlan plan() {
        try {
            return SweepPlan.parse(vary, sample, points, ranges, seed);
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput(e.getMessage());
        }
    }
}
