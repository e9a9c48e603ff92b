package brink.chart;

import brink.chart.Results.Run;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Tornado chart: which uncertain parameters move the main outcome most, measured as the difference in its
 * probability between runs in the top and the bottom quartile of the parameter's drawn values.
 */
final class DriversChart {
  /** Probability of the main outcome among runs whose drawn value is at or below Q1, and at or above Q3. */
  record Driver(String parameter, double bottom, double top) {
    double effect() {
      return top - bottom;
    }
  }

  private DriversChart() {}

  /** Sorted by absolute effect, largest first; parameters that never varied are left out. */
  static List<Driver> drivers(Results results) {
    String main = results.driverOutcome().id();
    List<Run> runs = results.completedRuns();
    List<Driver> drivers = new ArrayList<>();
    for (int p = 0; p < results.parameters().size(); p++) {
      final int param = p;
      double[] values = runs.stream().mapToDouble(r -> r.parameters()[param]).toArray();
      if (values.length == 0) {
        continue;
      }
      Percentile percentile = new Percentile();
      percentile.setData(values);
      double q1 = percentile.evaluate(25);
      double q3 = percentile.evaluate(75);
      // Equal quartiles leave no top and bottom groups to compare.
      if (q1 == q3) {
        continue;
      }
      drivers.add(new Driver(results.parameters().get(p),
          share(runs, r -> r.parameters()[param] <= q1, main), share(runs, r -> r.parameters()[param] >= q3, main)));
    }
    drivers.sort(Comparator.comparingDouble((Driver d) -> Math.abs(d.effect())).reversed());
    return drivers;
  }

  private static double share(List<Run> runs, Predicate<Run> in, String outcome) {
    long n = runs.stream().filter(in).count();
    long hits = runs.stream().filter(in).filter(r -> r.outcome().equals(outcome)).count();
    return n == 0 ? 0 : (double) hits / n;
  }

  static Optional<JFreeChart> build(Results results, ChartStyle style) {
    List<Driver> drivers = drivers(results);
    if (drivers.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String[] labels = new String[drivers.size()];
    double max = 0;
    for (int i = 0; i < drivers.size(); i++) {
      double pp = drivers.get(i).effect() * 100;
      data.addValue(pp, "Effect", drivers.get(i).parameter());
      labels[i] = String.format(Locale.ROOT, "%+.1f pp", pp);
      max = Math.max(max, Math.abs(pp));
    }
    LadderBarRenderer renderer = new LadderBarRenderer(
        i -> drivers.get(i).effect() >= 0 ? ChartStyle.HIGHER : ChartStyle.LOWER, null, null, labels);
    renderer.setMaximumBarWidth(0.6);
    String outcome = results.driverOutcome().name();
    NumberAxis axis = new NumberAxis("Change in P(" + outcome + "), top vs bottom quartile (percentage points)");
    // Symmetric, with room for the labels, so that left and right effects compare at a glance.
    double extent = Math.max(5, Math.ceil(max * 1.35 / 5) * 5);
    axis.setRange(-extent, extent);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Uncertain parameter"), axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, ChartStyle.INK, new BasicStroke(2f)));
    return Optional.of(style.chart("Drivers of " + outcome, plot, false));
  }
}
