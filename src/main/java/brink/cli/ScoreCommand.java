package brink.cli;

import brink.analysis.RunsTable;
import brink.analysis.score.Forecast;
import brink.analysis.score.Reliability;
import brink.analysis.score.ReliabilityChart;
import brink.analysis.score.ScoreCard;
import brink.analysis.score.ScoreReport;
import brink.results.ResultsFolder;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Score batches against the record of what happened: Brier, ranked probability, CRPS and log scores, and reliability.", name = "score",
        mixinStandardHelpOptions = true,
        description = {"Score each results folder against the record of its scenario (the scenario's 'record', see docs/SCENARIOS.md): the Brier score of the outcome classes, "
                + "the ranked probability score of the ordered severity of violence, the Brier score of the form of termination and of each principal's result, "
                + "the CRPS of the day of first use of force (in days, over the horizon: a crisis without force within it counts as censored there), and log scores "
                + "with a stated floor. Lower is better for every score. Batches made before Model v2 lack severity, termination, results and first_force_day: "
                + "what they lack is listed as not scored.",
                "With several folders, also the reliability data of all their forecasts pooled (reliability.csv and reliability.png/.svg). "
                        + "Writes scores.csv, scores.json and reliability.csv into DIR/score for one folder, results/score-<time> for several, or --out."},
        footer = {"", "Examples:", "  brink run --runs 2000 --out results/seed", "  brink score results/seed",
                "  brink score results/a results/b results/c --out results/scores      (reliability across batches)",
                "  brink score results/seed --scenario my-copy.json --log-floor 0.0005"})
final class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Results folders of 'brink run'.")
    List<Path> dirs;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario file whose record to score against (default: the one named in each folder's manifest.json).")
    Path scenario;

    @Option(names = "--log-floor", paramLabel = "P", description = "Probability below which the log score counts P instead (default ${DEFAULT-VALUE}).", defaultValue = "0.001")
    double floor;

    @Option(names = "--bins", paramLabel = "B", description = "Bins of the reliability data (default ${DEFAULT-VALUE}).", defaultValue = "10")
    int bins;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the scores; must not exist.")
    Path out;

    @Option(names = "--no-charts", description = "Skip the reliability chart.")
    boolean noCharts;

    @Override
    public Integer call() throws IOException {
        if (!(floor > 0 && floor < 1)) throw new Main.BadInput("--log-floor must be in (0, 1), got " + floor);
        if (bins < 1 || bins > 100) throw new Main.BadInput("--bins must be from 1 to 100, got " + bins);
        List<String> names = new ArrayList<>();
        List<ScoreCard> cards = new ArrayList<>();
        List<Reliability.Event> events = new ArrayList<>();
        for (Path dir : dirs) {
            Forecast f;
            try {
                f = Forecast.read(dir);
            } catch (RunsTable.BadTable e) {
                throw new Main.BadInput(e.getMessage());
            }
            Scenario s = scenarioOf(dir, f);
            try {
                cards.add(ScoreCard.score(f, s.record(), floor));
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput(dir + ": " + e.getMessage());
            }
            events.addAll(ScoreCard.events(f, s.record()));
            names.add(dir.toString());
        }
        ScoreReport report = new ScoreReport(names, cards, Reliability.bins(events, bins));
        System.out.print(report.table());
        Path target = out != null ? out : dirs.size() == 1 ? dirs.get(0).resolve("score")
                : Places.results().resolve("score-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ResultsFolder folder = ResultsFolder.create(target);
        try {
            report.write(folder.work());
            if (!noCharts) ReliabilityChart.write(report.reliability(), cards.size(), folder.work());
        } catch (IOException | RuntimeException e) {
            folder.discard();
            throw e;
        }
        System.out.println();
        System.out.println("scores: " + folder.publish());
        return 0;
    }

    /** The scenario whose record the folder is scored against: --scenario, or the file its manifest names. */
    private Scenario scenarioOf(Path dir, Forecast f) throws IOException {
        Path file = scenario;
        String sha = null;
        Path manifest = dir.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            JsonNode m = Loader.JSON.readTree(manifest.toFile());
            sha = m.path("scenarioSha256").asText(null);
            if (file == null && m.path("scenarioFile").isTextual()) {
                // manifests name the file relative to the project (no machine paths in results)
                Path named = Path.of(m.get("scenarioFile").asText());
                file = named.isAbsolute() || Files.isRegularFile(named) ? named : Places.home().resolve(named);
                // else the copy every batch keeps of its scenario document
                if (!Files.isRegularFile(file)) file = BatchSession.scenarioCopy(dir).orElse(file);
            }
        }
        if (file == null) throw new Main.BadInput(dir + ": its manifest.json names no scenario file; give --scenario FILE");
        if (!Files.isRegularFile(file)) throw new Main.BadInput(dir + ": the scenario file " + file + " named in its manifest.json is not there; give --scenario FILE");
        Scenario s = Loader.load(file, List.of());
        if (s.record() == null) {
            throw new Main.BadInput(file + ": the scenario has no record of what happened to score against; add one (docs/SCENARIOS.md, 'Record of what happened')");
        }
        if (!s.id().equals(f.scenarioId())) throw new Main.BadInput(dir + " is a batch of scenario '" + f.scenarioId() + "', not of " + file + " ('" + s.id() + "')");
        if (sha != null && !sha.equals(BatchSession.sha256(file))) {
            System.err.println("note: " + file + " changed since " + dir + " was run; its current record is used");
        }
        return s;
    }
}
