package brink.cli;

import brink.play.CompareChart;
import brink.play.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Compare two results folders: the change in each outcome's probability, with 95%% intervals.", name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two results folders: for each outcome, the change of its probability from A to B with the 95%% interval of the difference (Newcombe's hybrid score interval from the two Wilson intervals). When both batches used the same master seed, run k of A and run k of B share their seed (common random numbers) and the runs are paired: the interval is then Newcombe's for paired data, which the pairing narrows. Draws compare.png and compare.svg (bars of B - A with whiskers) and writes compare.csv into DIR_B/compare-<name of A>/, or into --out DIR."},
        footer = {"", "Examples:",
                "  brink run --out results/base",
                "  brink run --inject talks.json --out results/talks",
                "  brink compare results/base results/talks     (B - A: the inject's effect)",
                "  brink compare results/base results/talks --out results/talks-vs-base"})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR_A", description = "Results folder A (the baseline).")
    Path a;

    @Parameters(index = "1", paramLabel = "DIR_B", description = "Results folder B (compared with A).")
    Path b;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the chart and table (default: DIR_B/compare-<name of A>).")
    Path out;

    @Option(names = "--no-charts", description = "Print the table only.")
    boolean noCharts;

    @Override
    public Integer call() throws Exception {
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
}
