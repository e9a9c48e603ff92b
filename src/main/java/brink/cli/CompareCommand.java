package brink.cli;

import brink.play.CompareChart;
import brink.play.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Compare two results folders: the change in each outcome's probability, with 95%% intervals.", name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two results folders: for each outcome, the change of its probability from A to B with the 95%% interval of the difference (Newcombe's hybrid score interval from the two Wilson intervals). When both batches used the same master seed, run k of A and run k of B share their seed (common random numbers) and the runs are paired: the interval is then Newcombe's for paired data, which the pairing narrows. Draws compare.png and compare.svg (bars of B - A with whiskers) and writes compare.csv into DIR_B/compare-<name of A>/, or into --out DIR."},
        footer = {"", "Examples:",
                "  brink run --out results/base",
                "  brink run --inject talks.json --out results/talks",
                "  brink compare results/base results/talks     (B - A: the inject's effect)",
                "  brink compare results/base results/talks --out results/talks-vs-base",
                "  brink compare results/base results/talks --strict   (exit 2 unless both are complete runs of one scenario and horizon)"})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR_A", description = "Results folder A (the baseline).")
    Path a;

    @Parameters(index = "1", paramLabel = "DIR_B", description = "Results folder B (compared with A).")
    Path b;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the chart and table (default: DIR_B/compare-<name of A>).")
    Path out;

    @Option(names = "--no-charts", description = "Print the table only.")
    boolean noCharts;

    @Option(names = "--strict", description = "Refuse (exit 2) instead of warning when the batches are of different scenarios or horizons, or one is incomplete or a sweep.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        List<String> problems = mismatches(a, b);
        if (strict && !problems.isEmpty()) {
            throw new Main.BadInput("refusing to compare (--strict): " + String.join("; ", problems));
        }
        for (String p : problems) System.err.println("warning: " + p + " (--strict refuses such a comparison)");
        Comparison c;
        try {
            c = Comparison.of(a, b);
        } catch (Comparison.BadFolder e) {
            throw new Main.BadInput(e.getMessage());
        }
        System.out.print(c.table());
        if (!noCharts) {
            Path dir = out != null ? out : b.resolve("compare-" + c.a().name());
            List<Path> files = CompareChart.write(c, dir);
            System.out.println();
            System.out.println("chart and table: " + String.join(", ", files.stream().map(Path::toString).toList()));
        }
        return 0;
    }

    /**
     * What makes two batches compare badly, from their manifests: another scenario (id or document), another horizon,
     * a batch stopped before its end, a sweep (its summary pools points). Overrides and injects are not on the list:
     * they are what a comparison is for.
     */
    static List<String> mismatches(Path a, Path b) {
        JsonNode ma = manifest(a), mb = manifest(b);
        List<String> out = new java.util.ArrayList<>();
        if (ma == null || mb == null) return out;
        String ida = ma.path("scenarioId").asText(""), idb = mb.path("scenarioId").asText("");
        if (!ida.equals(idb)) {
            out.add("the batches are of different scenarios (" + ida + " and " + idb + ")");
        } else if (ma.hasNonNull("scenarioSha256") && mb.hasNonNull("scenarioSha256")
                && !ma.get("scenarioSha256").asText().equals(mb.get("scenarioSha256").asText())) {
            out.add("the scenario file of " + ida + " changed between the batches (its SHA-256 differs)");
        }
        int ha = ma.path("horizonDays").asInt(-1), hb = mb.path("horizonDays").asInt(-1);
        if (ha != hb) out.add("the horizons differ (" + ha + " and " + hb + " days): outcomes are counted over different windows");
        if (!ma.path("complete").asBoolean(true)) out.add("A (" + a + ") is incomplete: it was stopped before its end");
        if (!mb.path("complete").asBoolean(true)) out.add("B (" + b + ") is incomplete: it was stopped before its end");
        if ("sweep".equals(ma.path("kind").asText())) out.add("A (" + a + ") is a sweep: its totals pool points with different parameters");
        if ("sweep".equals(mb.path("kind").asText())) out.add("B (" + b + ") is a sweep: its totals pool points with different parameters");
        return out;
    }

    private static JsonNode manifest(Path dir) {
        Path m = dir.resolve("manifest.json");
        if (!Files.isRegularFile(m)) return null;
        try {
            return Loader.JSON.readTree(m.toFile());
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
