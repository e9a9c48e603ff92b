package brink.cli;

import brink.results.Aggregates;
import brink.results.Manifest;
import brink.results.ResultsFolder;
import brink.results.Shards;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Join the shards of a batch into one results folder, the one a single machine would have written.", name = "merge", mixinStandardHelpOptions = true,
        description = {"Join shards written by 'brink run --runs-from A --runs-to B' (on a batch scheduler: a Slurm array, a Kubernetes indexed job) into one results folder. "
                + "The shards must be slices of the same batch (same scenario, --set, --inject, --horizon, seed and Brink version) that together hold runs 0..N-1 once each; "
                + "they may be given in any order. runs.csv, summary.json, daily.csv and the charts are identical to those of 'brink run --runs N' with the same seed."},
        footer = {"", "Example (four shards of 20,000 runs, then the join):",
                "  for i in 0 1 2 3; do brink run --seed 7 --runs-from $((i*5000)) --runs-to $((i*5000+5000)) --no-charts --out shards/$i; done",
                "  brink merge shards/* --out results/all"})
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The shards' folders.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder; must not exist (default: results/<id>-<time>).")
    Path out;

    @Option(names = "--no-charts", description = "Skip charts and report.html.")
    boolean noCharts;

    @Option(names = "--quiet", description = "Print nothing but errors and the results folder.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        String startedAt = Instant.now().toString();
        List<Shards.Shard> shards;
        try {
            shards = Shards.ordered(dirs);
        } catch (Shards.Mismatch e) {
            throw new Main.BadInput(e.getMessage());
        }
        ScenarioInputs inputs = shards.get(0).inputs();
        Scenario s = inputs.resolve();
        ResultsFolder folder = ResultsFolder.create(out != null ? out : BatchSession.defaultOut(s));
        Aggregates all;
        try {
            all = Shards.merge(shards, s, folder.work());
            brink.results.ResultFiles.writeScenarioCopy(name -> java.nio.file.Files.newOutputStream(folder.work().resolve(name)), inputs);
            Loader.JSON.writeValue(folder.work().resolve("manifest.json").toFile(), manifest(shards, s, inputs, all, startedAt));
        } catch (Shards.Mismatch e) {
            folder.discard();
            throw new Main.BadInput(e.getMessage());
        } catch (RuntimeException | IOException | Error e) {
            folder.discard();
            throw e;
        }
        Path dir = folder.publish();
        if (!quiet) {
            System.out.printf("merged %d shards: runs 0..%,d%n", shards.size(), shards.get(shards.size() - 1).to() - 1);
            Table.print(System.out, all.summary(s, new brink.results.Columns(s, List.of()).keyRungs()), s);
        }
        if (!noCharts) BatchSession.charts(dir, quiet);
        System.out.println("results: " + dir);
        return 0;
    }

    /** A single run's manifest; its times and speed are the shards' (seconds added up over the shards). */
    private static Manifest manifest(List<Shards.Shard> shards, Scenario s, ScenarioInputs inputs, Aggregates all, String startedAt) {
        JsonNode first = shards.get(0).manifest();
        long runs = shards.get(shards.size() - 1).to();
        double seconds = shards.stream().mapToDouble(x -> x.manifest().path("seconds").asDouble()).sum();
        String earliest = shards.stream().map(x -> x.manifest().path("startedAt").asText(startedAt)).min(Comparator.naturalOrder()).orElse(startedAt);
        return new Manifest("brink", first.path("version").asText(), "local", "run", true, s.id(), s.title(), Places.shown(Path.of(inputs.document().name())), inputs.sha256(),
                inputs.overrides(), inputs.injectNames(), first.path("masterSeed").asLong(), runs, null, null, all.runs() + all.failed(), all.failed(),
                null, null, null, null, first.path("threads").asInt(), s.horizonDays(), s.startDate().toString(), earliest, Instant.now().toString(),
                BatchSession.round(seconds), BatchSession.round(runs / Math.max(seconds, 1e-9)), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), shards.size(), null, null, null, null,
                brink.scenario.Labels.of(s, List.copyOf(brink.scenario.Uncertain.of(s).keySet())), null, null);
    }
}
