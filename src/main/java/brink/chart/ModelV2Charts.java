package brink.chart;

import brink.chart.Results.Hazard;
import brink.chart.Results.Share;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts of what Model v2 adds to summary.json (contract 2): how violent the crisis got (ICB severity), how it ended
 * (ICB form of termination) and the hazard of the first use of force by window. Each is drawn only when the folder
 * has it, so folders from before Model v2 chart as they did.
 */
final class ModelV2Charts {
  /** ICB severity of violence, calm to severe. */
  static final List<String> SEVERITY = List.of("none", "minor-clashes", "serious-clashes", "full-scale-war");
  /** ICB forms of termination, most to least agreed. */
  static final List<String> TERMINATION = List.of("formal-agreement", "semi-formal-agreement", "tacit", "unilateral", "imposed", "none");

  private ModelV2Charts() {}

  /** ICB codes as a reader writes them, hyphens of compound words kept. */
  private static final java.util.Map<String, String> WORDS = java.util.Map.ofEntries(
      java.util.Map.entry("full-scale-war", "Full-scale war"), java.util.Map.entry("semi-formal-agreement", "Semi-formal agreement"));

  /** "serious-clashes" reads "Serious clashes", "full-scale-war" "Full-scale war". */
  static String plain(String id) {
    if (WORDS.containsKey(id)) {
      return WORDS.get(id);
    }
    String w = id.replace('-', ' ').replace('_', ' ');
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** The shares in the given order (unknown ids after, as they come). */
  static List<Share> ordered(List<Share> shares, List<String> order) {
    List<Share> out = new ArrayList<>();
    for (String id : order) {
      shares.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(out::add);
    }
    shares.stream().filter(s -> !order.contains(s.id())).forEach(out::add);
    return out;
  }

  static Optional<JFreeChart> severity(Results r, ChartStyle style) {
    List<Share> shares = ordered(r.v2().severity(), SEVERITY);
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    // severity takes the rung palette's light-to-dark order, so "darker is worse" holds here too
    int n = shares.size();
    IntFunction<Paint> paint = i -> ChartStyle.severity(n <= 1 ? 0 : (double) i / (n - 1));
    return Optional.of(bars(style, "How violent the crisis got", "Severity of violence (ICB)", shares, paint));
  }

  static Optional<JFreeChart> termination(Results r, ChartStyle style) {
    List<Share> shares = ordered(r.v2().termination(), TERMINATION);
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(bars(style, "How the crisis ended", "Form of termination (ICB)", shares, i -> ChartStyle.LOWER));
  }

  static JFreeChart bars(ChartStyle style, String title, String axis, List<Share> shares, IntFunction<Paint> paint) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int n = shares.size();
    double[] low = new double[n];
    double[] high = new double[n];
    String[] labels = new String[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      Share s = shares.get(i);
      data.addValue(s.probability(), "Probability", plain(s.id()));
      low[i] = s.low();
      high[i] = s.high();
      labels[i] = ChartStyle.percent(s.probability());
      max = Math.max(max, Math.max(s.high(), s.probability()));
    }
    LadderBarRenderer renderer = new LadderBarRenderer(paint, low, high, labels);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(axis),
        ChartStyle.probabilityAxis("Probability (bar) and 95% interval", ChartStyle.probabilityCeiling(max)), renderer);
    return style.chart(title, plot, false);
  }

  /** "7–16 Jan", "27 Jan–5 Feb", or "days 0–9" without a start date. */
  static String window(Results r, Hazard h) {
    java.time.LocalDate start = r.scenario().startDate();
    if (start == null) {
      return String.format(Locale.ROOT, "days %d–%d", h.fromDay(), h.toDay());
    }
    java.time.LocalDate a = start.plusDays(h.fromDay()), b = start.plusDays(h.toDay());
    java.time.format.DateTimeFormatter dm = java.time.format.DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    return a.getMonth() == b.getMonth() ? a.getDayOfMonth() + "–" + b.format(dm) : a.format(dm) + "–" + b.format(dm);
  }

  /** Hazard of the first use of force in each window: the chance it comes then, given it has not come before. */
  static Optional<JFreeChart> hazard(Results r, ChartStyle style) {
    List<Hazard> windows = r.v2().firstForceHazard();
    if (windows.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int n = windows.size();
    double[] low = new double[n];
    double[] high = new double[n];
    String[] labels = new String[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      Hazard h = windows.get(i);
      String key = window(r, h);
      data.addValue(h.hazard(), "Hazard", key);
      low[i] = h.low();
      high[i] = h.high();
      labels[i] = h.atRisk() == 0 ? "" : ChartStyle.percent(h.hazard());
      max = Math.max(max, Math.max(h.high(), h.hazard()));
    }
    Color c = ChartStyle.HIGHER;
    LadderBarRenderer renderer = new LadderBarRenderer(i -> c, low, high, labels);
    renderer.setMaximumBarWidth(0.08);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Window of days"),
        ChartStyle.probabilityAxis("Hazard of first force", ChartStyle.probabilityCeiling(max)), renderer);
    JFreeChart chart = style.chart("When force is first used", plot, false);
    plot.getDomainAxis().setTickLabelFont(ChartStyle.TICK.deriveFont(ChartStyle.TICK.getSize2D() * 0.8f));
    ChartStyle.addNote(chart, String.format(Locale.ROOT, "Bars: the chance that force is first used in the window among the runs without "
        + "force before it (events / runs at risk), with its 95%% interval; the runs at risk fall from %,d to %,d.",
        windows.get(0).atRisk(), windows.get(n - 1).atRisk()));
    return Optional.of(chart);
  }
}
