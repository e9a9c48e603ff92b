package brink.chart;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/** Charts and a self-contained HTML report drawn from a results folder alone. */
public final class ChartBook {
  static final String CHARTS = "charts";
  static final String REPORT = "report.html";
  static final String TEMP_PREFIX = ".charts-tmp-";

  private ChartBook() {}

  /**
   * What the reader may choose: the outcome whose drivers are shown (null: the likeliest), and a flag polled between
   * charts that stops the drawing (a signal arrived; the batch must be saved without delay).
   */
  public record Options(String driverOutcome, java.util.function.BooleanSupplier cancelled) {
    public static final Options DEFAULT = new Options(null, () -> false);
  }

  /** The drawing was stopped by {@link Options#cancelled()}; nothing was changed in the folder. */
  public static final class Cancelled extends ChartException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("stopped before the charts were finished");
    }
  }

  public static List<Path> drawAll(Path dir) {
    return drawAll(dir, Options.DEFAULT);
  }

  /**
   * Draws every applicable chart into dir/charts (PNG and SVG) and writes dir/report.html. Returns the files
   * written. Everything is read and validated first, then rendered into a temporary folder inside dir, and
   * only then swapped for the existing charts/ and report.html, so a failure leaves the folder as it was.
   *
   * @throws ChartException naming the file and the problem when a required file (manifest.json,
   *     summary.json, runs.csv, daily.csv) is missing or corrupt, or points.csv is corrupt, or the output
   *     cannot be written
   */
  public static List<Path> drawAll(Path dir, Options options) {
    Results results = ResultsReader.read(dir, options.driverOutcome());
    ChartStyle style = new ChartStyle(results);
    List<Figure> figures = figures(results, style);
    if (options.cancelled().getAsBoolean()) {
      throw new Cancelled();
    }
    Path temp;
    try {
      temp = Files.createTempDirectory(dir, TEMP_PREFIX);
    } catch (IOException e) {
      throw new ChartException("Cannot create a temporary folder in " + dir + ": " + e.getMessage(), e);
    }
    try {
      Path charts = Files.createDirectory(temp.resolve(CHARTS));
      List<String> names = new ArrayList<>();
      Map<String, byte[]> pngs = new LinkedHashMap<>();
      for (Figure f : figures) {
        if (options.cancelled().getAsBoolean()) {
          throw new Cancelled();
        }
        byte[] png = png(f.chart());
        pngs.put(f.name(), png);
        Files.write(charts.resolve(f.name() + ".png"), png);
        Files.writeString(charts.resolve(f.name() + ".svg"), svg(f.chart()), StandardCharsets.UTF_8);
        names.add(f.name() + ".png");
        names.add(f.name() + ".svg");
      }
      Files.writeString(temp.resolve(REPORT), HtmlReport.render(results, style, figures, pngs),
          StandardCharsets.UTF_8);
      publish(dir, temp);
      List<Path> written = new ArrayList<>();
      names.forEach(n -> written.add(dir.resolve(CHARTS).resolve(n)));
      written.add(dir.resolve(REPORT));
      return written;
    } catch (IOException | UncheckedIOException e) {
      throw new ChartException("Cannot write the charts and report into " + dir + ": " + e.getMessage(), e);
    } finally {
      deleteTree(temp);
    }
  }

  /**
   * The charts in the order a reader wants them: the answer (outcomes; severity and termination when the model gives
   * them), then timing, then paths, talks and drivers. A sweep's charts are per point: nothing is pooled over points
   * that differ in their parameters.
   */
  static List<Figure> figures(Results r, ChartStyle style) {
    Timeline timeline = new Timeline(r.scenario().startDate());
    List<Figure> figures = new ArrayList<>();
    if (r.sweep().isPresent()) {
      figures.add(new Figure("sweep", "Probability of each outcome at each swept value, with 95% bands.",
          SweepCharts.lines(r, style)));
      SweepCharts.heatmap(r, style).ifPresent(c -> figures.add(new Figure("sweep-heatmap",
          "Probability of " + r.driverOutcome().name() + " at each combination of the two swept parameters, with 95% intervals.",
          c)));
    } else {
      figures.add(new Figure("outcomes", "Probability of each outcome class, ordered up the escalation ladder; "
          + "black bars are 95% intervals.", OutcomeChart.build(r, style)));
      ModelV2Charts.severity(r, style).ifPresent(c -> figures.add(new Figure("severity",
          "Share of runs by the most violent clash they saw (ICB severity of violence), with 95% intervals.", c)));
      ModelV2Charts.termination(r, style).ifPresent(c -> figures.add(new Figure("termination",
          "Share of runs by how the crisis ended (ICB form of termination; none: still open at the horizon), with 95% intervals.", c)));
      figures.add(new Figure("time-to-escalation", "Estimated probability (Kaplan–Meier) of having reached each rung "
          + "above the start by each day, with its 95% band; dashed lines mark scheduled events.",
          TimeToEscalationChart.build(r, style, timeline)));
      ModelV2Charts.hazard(r, style).ifPresent(c -> figures.add(new Figure("first-force-hazard",
          "Chance that force is first used in each window, among the runs without force before it, with 95% intervals.", c)));
      figures.add(new Figure("escalation-paths", "Share of runs on each rung of the ladder, day by day; "
          + "darker is more severe.", EscalationPathsChart.build(r, style, timeline)));
      figures.add(new Figure("peak-rung", "Share of runs by the highest rung they reached.",
          PeakRungChart.build(r, style)));
      if (!r.talks().isEmpty()) {
        figures.add(new Figure("talks", "How often each scheduled talk ended in each result.",
            TalksChart.build(r, style)));
      }
    }
    DriversChart.build(r, style).ifPresent(c -> figures.add(new Figure("drivers", "For each uncertain"
        + (r.sweep().isPresent() ? " or swept" : "") + " parameter, the probability of " + r.driverOutcome().name()
        + " among runs in the top quartile of its values minus that among runs in the bottom quartile, with the 95% "
        + "interval of the difference; longest bars matter most. Choose the outcome with --driver-outcome.", c)));
    return figures;
  }

  static byte[] png(JFreeChart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
    ChartUtilities.writeChartAsPNG(out, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    return out.toByteArray();
  }

  static String svg(JFreeChart chart) {
    SVGGraphics2D g2 = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
    // a fixed prefix for clip-path ids (JFreeSVG's default is the clock): the same folder draws the same bytes
    g2.setDefsKeyPrefix("brink");
    chart.draw(g2, new Rectangle(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
    return g2.getSVGDocument();
  }

  /**
   * Swaps the new charts/ and report.html in. The old charts/ is parked inside the temporary folder (same file
   * system, so the moves are renames) and put back if the swap fails half-way.
   */
  private static void publish(Path dir, Path temp) throws IOException {
    Path charts = dir.resolve(CHARTS);
    Path parked = temp.resolve("previous-charts");
    boolean hadCharts = Files.exists(charts);
    if (hadCharts) {
      Files.move(charts, parked);
    }
    try {
      Files.move(temp.resolve(CHARTS), charts);
      moveReplacing(temp.resolve(REPORT), dir.resolve(REPORT));
    } catch (IOException | RuntimeException e) {
      if (hadCharts) {
        deleteTree(charts);
        Files.move(parked, charts);
      }
      throw e;
    }
  }

  private static void moveReplacing(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Best effort: a leftover temp folder is harmless and its name says what it is.
    }
  }
}
