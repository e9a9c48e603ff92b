package brink.chart;

import brink.chart.Results.Run;
import brink.results.Proportion;
import brink.results.ProportionDifference;
import java.awt.BasicStroke;
import java.awt.Color;
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
 * Tornado chart: which uncertain (or, in a sweep, swept) parameters move an outcome most, measured as the difference
 * in its probability between runs in the top and the bottom quartile of the parameter's values, with the 95% interval
 * of that difference (Newcombe's hybrid score interval for two independent proportions). A bar whose interval
 * crosses zero is within Monte Carlo noise and drawn pale.
 */
final class DriversChart {
  /** More bars than this would not read on a slide; the rest are named in the caption's count. */
  static final int MAX_BARS = 12;
  /** Longest parameter name on the axis: longer ones are cut, so that every bar keeps a one-line label. */
  static final int MAX_LABEL = 40;

  /** The outcome's probability among runs at or below Q1 and at or above Q3 of a parameter, and their difference. */
  record Driver(String parameter, Proportion bottom, Proportion top, ProportionDifference difference) {
    double effect() {
      return difference.difference();
    }

    boolean clear() {
      return difference.significant();
    }
  }

  private DriversChart() {}

  /** Sorted by absolute effect, largest first; parameters that never varied (or are words) are left out. */
  static List<Driver> drivers(Results results) {
    String target = results.driverOutcome().id();
    List<Run> runs = results.completedRuns();
    List<Driver> drivers = new ArrayList<>();
    for (int p = 0; p < results.parameters().size(); p++) {
      final int param = p;
      double[] values = runs.stream().mapToDouble(r -> r.parameters()[param]).toArray();
      if (values.length == 0 || java.util.Arrays.stream(values).anyMatch(Double::isNaN)) {
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
      Proportion bottom = share(runs, r -> r.parameters()[param] <= q1, target);
      Proportion top = share(runs, r -> r.parameters()[param] >= q3, target);
      drivers.add(new Driver(results.parameters().get(p), bottom, top, ProportionDifference.of(bottom, top)));
    }
    drivers.sort(Comparator.comparingDouble((Driver d) -> Math.abs(d.effect())).reversed());
    return drivers;
  }

  /** "EU foreign ministers' informal meeting (Gymnich), Brest: cohesion" fits as "EU foreign ministers' informal…: cohesion". */
  static String shorten(String label) {
    if (label.length() <= MAX_LABEL) {
      return label;
    }
    int colon = label.lastIndexOf(": ");
    String tail = colon > 0 ? label.substring(colon) : "";
    int keep = Math.max(8, MAX_LABEL - tail.length() - 1);
    String head = colon > 0 ? label.substring(0, colon) : label;
    return head.substring(0, Math.min(head.length(), keep)).stripTrailing() + "…" + tail;
  }

  private static Proportion share(List<Run> runs, Predicate<Run> in, String outcome) {
    long n = runs.stream().filter(in).count();
    long hits = runs.stream().filter(in).filter(r -> r.outcome().equals(outcome)).count();
    return Proportion.of(hits, n);
  }

  static Optional<JFreeChart> build(Results results, ChartStyle style) {
    List<Driver> all = drivers(results);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<Driver> drivers = all.subList(0, Math.min(MAX_BARS, all.size()));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int n = drivers.size();
    String[] labels = new String[n];
    double[] low = new double[n];
    double[] high = new double[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      Driver d = drivers.get(i);
      double pp = d.effect() * 100;
      String name = shorten(results.label(d.parameter()));
      // category keys must be unique; two parameters could share a plain name
      String key = data.getColumnKeys().contains(name) ? name + " (" + d.parameter() + ")" : name;
      data.addValue(pp, "Effect", key);
      low[i] = d.difference().low() * 100;
      high[i] = d.difference().high() * 100;
      labels[i] = String.format(Locale.ROOT, "%+.1f", pp);
      max = Math.max(max, Math.max(Math.abs(low[i]), Math.abs(high[i])));
    }
    LadderBarRenderer renderer = new LadderBarRenderer(i -> {
      Color c = drivers.get(i).effect() >= 0 ? ChartStyle.HIGHER : ChartStyle.LOWER;
      return drivers.get(i).clear() ? c : ChartStyle.pale(c);
    }, low, high, labels);
    renderer.setMaximumBarWidth(0.6);
    String outcome = results.driverOutcome().name();
    NumberAxis axis = new NumberAxis("Change in P(" + outcome + "), top vs bottom quartile, percentage points");
    // Symmetric, with room for the labels, so that left and right effects compare at a glance.
    double extent = Math.max(5, Math.ceil(max * 1.3 / 5) * 5);
    axis.setRange(-extent, extent);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, ChartStyle.INK, new BasicStroke(2f)));
    String title = "What moves the chance of " + outcome;
    JFreeChart chart = style.chart(title, plot, false);
    plot.getDomainAxis().setMaximumCategoryLabelLines(1);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    String note = all.size() > n ? String.format(Locale.ROOT, "The %d largest of %d parameters. ", n, all.size()) : "";
    if (results.driverOutcome() == results.mainOutcome()) {
      // the default target is the likeliest outcome; when another is as likely, say so rather than let it flip silently
      List<String> close = results.outcomes().stream().filter(o -> o != results.mainOutcome() && o.high() >= results.mainOutcome().low())
          .map(Results.Outcome::name).toList();
      if (!close.isEmpty()) {
        note += "The likeliest outcome; about as likely: " + String.join(", ", close) + " (choose with --driver-outcome). ";
      }
    }
    ChartStyle.addNote(chart, note + "Whiskers: 95% intervals; pale bars: the interval includes zero (no effect beyond "
        + "Monte Carlo noise). Correlation across runs, not proof of cause.");
    return Optional.of(chart);
  }
}
