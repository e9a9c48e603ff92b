package brink.cli;

import brink.chart.ChartBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(header = "Redraw the charts and report.html of a results folder.", name = "chart", mixinStandardHelpOptions = true,
        description = {"Redraw the charts (PNG and SVG) and report.html of a results folder from its files alone."},
        footer = {"", "Example:", "  brink chart results/nato-russia-2022-01-20220107-120000"})
final class ChartCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A folder written by 'brink run' or 'brink sweep'.")
    Path dir;

    @Option(names = "--driver-outcome", paramLabel = "ID", description = "Outcome whose drivers the drivers chart shows (an outcome id; default: the one chosen for the batch, else the likeliest).")
    String driverOutcome;

    @Override
    public Integer call() {
        if (!Files.exists(dir)) throw new Main.BadInput("no such results folder: " + dir);
        if (!Files.isDirectory(dir)) throw new Main.BadInput(dir + " is a file, not a results folder");
        var files = ChartBook.drawAll(dir, new ChartBook.Options(driverOutcome, () -> false));
        System.out.println(files.size() + " files written; report: " + dir.resolve("report.html"));
        return 0;
    }
}
