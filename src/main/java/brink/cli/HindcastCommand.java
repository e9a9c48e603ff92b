package brink.cli;

import brink.analysis.RunsTable;
import brink.analysis.hindcast.Hindcast;
import brink.analysis.hindcast.HindcastReport;
import brink.analysis.score.Reliability;
import brink.analysis.score.ReliabilityChart;
import brink.montecarlo.Batch;
import brink.results.ResultsFolder;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(header = "Forecast every crisis of the library from its start date and score it against what happened, next to naive references.", name = "hindcast",
        mixinStandardHelpOptions = true,
        description = {"Run a batch of every scenario that has a record of what happened (docs/SCENARIOS.md, 'Record of what happened'), score each "
                + "with the scores of 'brink score' (Brier score of the outcome classes, ranked probability score of the severity of violence and of "
                + "the peak rung, Brier score of the form of termination and of the principals' results, CRPS of the day of first use of force), and "
                + "print a table: each crisis, what happened and the probability Brink gave it.",
                "The library's means are reported next to two naive forecasters scored the same way on the same crises: the base rates of the "
                        + "International Crisis Behavior data (377 crises after 1945: full-scale war 14.6%%, an agreement 36.1%%) and a uniform "
                        + "forecast. Scores Brink cannot earn yet (batches of an engine without the severity, termination or first-force columns) are "
                        + "listed as not scored.",
                "Writes results/hindcast-<yyyyMMdd-HHmmss>/ (or --out): report.md, hindcast.csv, hindcast.json, reliability.csv and "
                        + "reliability.png/.svg (Brink's forecasts pooled across the library), and batches/<scenario-id>/, a results folder of "
                        + "'brink run' for each crisis. The folder appears only when complete."},
        footer = {"", "Examples:", "  brink hindcast                                  (every scenario in scenarios/, 1,000 runs each)",
                "  brink hindcast --runs 5000 --threads 2 --out results/hindcast-5k",
                "  brink hindcast scenarios/cuba-1962-10.yaml scenarios/kargil-1999-05.yaml --runs 200"})
final class HindcastCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "DIR|FILE", description = "Folders of scenarios, scenario files or ids (default: scenarios/).")
    List<Path> paths;

    @Option(names = "--runs", paramLabel = "N", description = "Replications per crisis (default ${DEFAULT-VALUE}).", defaultValue = "1000")
    long runs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed of every batch (default ${DEFAULT-VALUE}).", defaultValue = "" + RunCommand.DEFAULT_SEED)
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the hindcast; must not exist (default: results/hindcast-<time>).")
    Path out;

    @Option(names = "--log-floor", paramLabel = "P", description = "Probability below which the log score counts P instead (default ${DEFAULT-VALUE}).", defaultValue = "0.001")
    double floor;

    @Option(names = "--bins", paramLabel = "B", description = "Bins of the reliability data (default ${DEFAULT-VALUE}).", defaultValue = "10")
    int bins;

    @Option(names = "--no-charts", description = "Skip the reliability chart.")
    boolean noCharts;

    @Option(names = "--quiet", description = "Print nothing but errors and the hindcast folder.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (runs < 1) throw new Main.BadInput("--runs must be at least 1, got " + runs);
        if (!(floor > 0 && floor < 1)) throw new Main.BadInput("--log-floor must be in (0, 1), got " + floor);
        if (bins < 1 || bins > 100) throw new Main.BadInput("--bins must be from 1 to 100, got " + bins);
        int t = Threads.resolve(threads);
        if (t < 1) throw new Main.BadInput("--threads must be at least 1, got " + t);
        List<ScenarioInputs> library = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            ScenarioInputs inputs = ScenarioInputs.read(file, List.of(), List.of(), null);
            if (inputs.resolve().record() == null) skipped.add(file + ": no record of what happened");
            else library.add(inputs);
        }
        if (library.isEmpty()) throw new Main.BadInput("no scenario with a record of what happened among " + (paths == null ? Places.scenarios() : paths));
        Path target = out != null ? out : Places.results().resolve("hindcast-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ResultsFolder folder = ResultsFolder.create(target);
        PrintStream o = System.out;
        try {
            List<Hindcast.Case> cases = new ArrayList<>();
            for (int k = 0; k < library.size(); k++) {
                ScenarioInputs inputs = library.get(k);
                Scenario s = inputs.resolve();
                Path batch = folder.work().resolve("batches").resolve(s.id());
                long t0 = System.nanoTime();
                int code = runBatch(inputs, s, batch, t);
                if (code != 0) {
                    folder.discard();
                    System.err.println("stopped: the hindcast is incomplete and nothing was kept");
                    return code;
                }
                cases.add(Hindcast.read(s, batch));
                if (!quiet) o.printf(Locale.ROOT, "[%d/%d] %s: %,d runs, %d days, %.1f s%n", k + 1, library.size(), s.id(), runs, s.horizonDays(),
                        (System.nanoTime() - t0) / 1e9);
            }
            List<Hindcast.Line> lines = cases.stream().map(c -> Hindcast.line(c, floor)).toList();
            List<Reliability.Bin> reliability = Reliability.bins(Hindcast.events(cases), bins);
            HindcastReport report = new HindcastReport(lines, Hindcast.means(lines), reliability, skipped, runs, seed, command());
            report.write(folder.work());
            if (!noCharts) ReliabilityChart.write(reliability, cases.size(), folder.work());
            if (!quiet) {
                o.println();
                o.print(report.text());
                o.println();
            }
        } catch (RunsTable.BadTable e) {
            folder.discard();
            throw new IllegalStateException("a batch written by this hindcast could not be read back: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            folder.discard();
            throw e;
        }
        o.println("hindcast: " + folder.publish());
        return 0;
    }

    /** Runs one crisis's batch into its folder as 'brink run' does, without its printing; the exit code of the batch. */
    private int runBatch(ScenarioInputs inputs, Scenario s, Path batch, int t) throws IOException {
        var settings = new BatchSession.Settings("run", s, inputs, seed, t, batch, false, true, null, null, null, null,
                List.of(), List.of(), null, null, null);
        PrintStream stdout = System.out;
        // the batch would print its folder, a hidden temporary path until the hindcast is complete: keep stdout for the hindcast's own lines
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return BatchSession.execute(settings, (b, writer, progress) -> {
                b.run(writer.rows(Batch.of(s, seed)), 0, runs, writer::accept);
                return runs;
            });
        } finally {
            System.setOut(stdout);
        }
    }

    /** The scenario files named, folders expanded to their .json/.yaml/.yml files (the schema left out), in name order. */
    private List<Path> scenarioFiles() throws IOException {
        List<Path> given = paths == null || paths.isEmpty() ? List.of(Places.scenarios()) : paths;
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(HindcastCommand::isScenario).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                files.add(Places.scenario(p.toString())); // a scenario id, or one line that says there is no such file, folder or id
            }
        }
        if (files.isEmpty()) throw new Main.BadInput("no scenario files (.json, .yaml, .yml) in " + given);
        return files;
    }

    static boolean isScenario(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && !name.endsWith(".schema.json") && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private String command() {
        StringBuilder b = new StringBuilder("brink hindcast");
        if (paths != null) for (Path p : paths) b.append(' ').append(p);
        b.append(" --runs ").append(runs).append(" --seed ").append(seed);
        return b.toString();
    }
}
