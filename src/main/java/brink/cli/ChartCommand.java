package brink.cli;

import brink.chart.ChartBook;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) throw new Main.BadInput(dir + " is not a results folder");
        try {
            var files = ChartBook.drawAll(dir);
            System.out.println(files.size() + " files written; report: " + dir.resolve("report.html"));
            return 0;
        } catch (brink.chart.ChartException e) {
            System.err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }
}
