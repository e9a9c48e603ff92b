package brink.cli;

import brink.montecarlo.Batch;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Run Monte Carlo replications of a scenario; write the outcome distribution, charts and a report.", name = "run", mixinStandardHelpOptions = true,
        description = {"Run Monte Carlo replications of a scenario and write the outcome distribution: results/<scenario-id>-<yyyyMMdd-HHmmss>/ with manifest.json, runs.csv, daily.csv, summary.json, charts/ and report.html. Rows are identical whatever the thread count; any row replays with 'brink narrate --seed S --run K'."},
        footer = {"", "Examples:", "  brink run                                   (default scenario, 1,000 runs)",
                "  brink run --runs 10000 --seed 7 --threads 2",
                "  brink run --set states.RUS.resolve=0.9 --out results/high-resolve",
                "  brink run --precision 0.01                  (add runs until every 95%% interval is within ±1 point)",
                "  brink run --inject my-events.json           (add events to every replication)",
                "  brink run --runs-from 0 --runs-to 5000 --no-charts --out shard-0",
                "                                              (one shard of a batch; join shards with brink merge)"})
final class RunCommand implements Callable<Integer> {
    static final long DEFAULT_SEED = 20220107L;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--runs", paramLabel = "N", description = "Replications (default ${DEFAULT-VALUE}; the cap with --precision).", defaultValue = "1000")
    long runs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default ${DEFAULT-VALUE}); always printed and recorded.", defaultValue = "" + DEFAULT_SEED)
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder; must not exist (default: results/<id>-<time>).")
    Path out;

    @Option(names = "--precision", paramLabel = "P", description = "Keep adding runs until every outcome's 95%% interval is within ±P (or --runs is reached; default cap then 1,000,000).")
    Double precision;

    @Option(names = "--runs-from", paramLabel = "A", description = "Write a shard: runs A..B-1 of the batch (with --runs-to B), to be joined with 'brink merge'.")
    Long runsFrom;

    @Option(names = "--runs-to", paramLabel = "B", description = "End (exclusive) of a shard's runs; see --runs-from.")
    Long runsTo;

    @Option(names = "--given", paramLabel = "OBS|record", description = {"Condition the forecast on dated observations: a file of observations "
            + "(the format of a scenario record's 'observations', docs/SCENARIOS.md), or 'record' for the scenario's own. The runs are those consistent "
            + "with what was observed, by sequential importance resampling; the effective sample size is reported (conditioning.json)."})
    String given;

    @Option(names = "--no-charts", description = "Skip charts and report.html.")
    boolean noCharts;

    @Option(names = "--quiet", description = "Print nothing but errors and the results folder.")
    boolean quiet;

    @Option(names = "--driver-outcome", paramLabel = "ID", description = "Outcome whose drivers the drivers chart shows (an outcome id; default: the likeliest outcome).")
    String driverOutcome;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScenarioInputs inputs = scenario.inputs();
        Scenario s = inputs.resolve();
        boolean runsGiven = spec.commandLine().getParseResult().hasMatchedOption("--runs");
        if (runs < 1) throw new Main.BadInput("--runs must be at least 1, got " + runs);
        Outcomes.check(s, driverOutcome);
        if (precision != null && !(precision > 0 && precision < 0.5)) throw new Main.BadInput("--precision must be in (0, 0.5), got " + precision);
        if ((runsFrom == null) != (runsTo == null)) throw new Main.BadInput("a shard needs both --runs-from A and --runs-to B");
        if (runsFrom != null) {
            if (runsFrom < 0 || runsTo <= runsFrom) throw new Main.BadInput("--runs-from must be at least 0 and below --runs-to, got " + runsFrom + " and " + runsTo);
            if (precision != null) throw new Main.BadInput("--precision cannot be used for a shard: a shard's runs are fixed by --runs-from and --runs-to");
            if (runsGiven) throw new Main.BadInput("--runs cannot be used with --runs-from/--runs-to: the shard holds runs A..B-1");
        }
        if (given != null) return conditioned(inputs, s, runsGiven);
        long from = runsFrom != null ? runsFrom : 0;
        long cap = runsTo != null ? runsTo : precision != null && !runsGiven ? 1_000_000 : runs;
        int t = Threads.resolve(threads);
        var settings = new BatchSession.Settings("run", s, inputs, seed, t, out, !noCharts, quiet, precision, null, null, null,
                List.of(), List.of(), runsFrom, runsTo, driverOutcome);
        return BatchSession.execute(settings, (batch, writer, progress) -> {
            var rows = writer.rows(Batch.of(s, seed));
            if (precision == null) {
                batch.run(rows, from, cap, r -> {
                    writer.accept(r);
                    progress.update(r.index() - from + 1, cap - from);
                });
                return cap - from;
            }
            long done = 0, block = 1000;
            while (done < cap) {
                long to = Math.min(cap, done + block);
                done += batch.run(rows, done, to, r -> {
                    writer.accept(r);
                    progress.update(r.index() + 1, cap);
                });
                // stopped by a signal: the runs meant were those of this block, and they did not all finish
                if (done < to) return to;
                if (writer.aggregates().widestHalfInterval() <= precision) break;
            }
            if (!quiet) {
                System.out.printf("precision ±%.3f %s after %,d runs (widest 95%% half-interval %.4f)%n", precision,
                        writer.aggregates().widestHalfInterval() <= precision ? "reached" : "NOT reached", done, writer.aggregates().widestHalfInterval());
            }
            return done;
        });
    }

    /** brink run --given: the batch's runs are the particles of a filter on the observations. */
    private int conditioned(ScenarioInputs inputs, Scenario s, boolean runsGiven) throws Exception {
        if (precision != null || runsFrom != null) throw new Main.BadInput("--given cannot be combined with --precision or a shard (--runs-from/--runs-to)");
        if (runs > 1_000_000) throw new Main.BadInput("--given: at most 1,000,000 runs, got " + runs);
        List<brink.scenario.Observation> obs = Conditioning.observations(given, s, scenario.path());
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        var settings = new BatchSession.Settings("run", s, inputs, seed, t, out, !noCharts, quiet, null, null, null, null,
                List.of(), List.of(), null, null, driverOutcome);
        brink.analysis.condition.ParticleFilter filter = new brink.analysis.condition.ParticleFilter(s, obs, seed, (int) runs);
        return BatchSession.execute(settings, new BatchSession.Body() {
            @Override
            public long run(Batch batch, brink.results.BatchWriter writer, Progress progress) {
                Conditioning.assimilate(filter, Integer.MAX_VALUE, batch, quiet, progress);
                batch.run(writer.rows(filter.job()), 0, runs, r -> {
                    writer.accept(r);
                    progress.update(r.index() + 1, runs);
                });
                return runs;
            }

            @Override
            public void write(java.nio.file.Path work) throws java.io.IOException {
                Conditioning.write(filter, given, work);
            }

            @Override
            public void print(java.io.PrintStream o) {
                o.print(Conditioning.summary(filter));
            }
        });
    }
}
