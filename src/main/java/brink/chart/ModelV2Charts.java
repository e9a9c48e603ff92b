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

  /** "serious-clashes" reads "Serious clashes". */
  static String plain(String id) {
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
      String key = r.scenario().startDate() == null
          ? String.format(Locale.ROOT, "days %d–%d", h.fromDay(), h.toDay())
          : r.scenario().startDate().plusDays(h.fromDay()).format(java.time.format.DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH))
              + "–" + r.scenario().startDate().plusDays(h.toDay()).format(java.time.format.DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
      data.addValue(h.hazard(), "Hazard", key + "\n" + String.format(Locale.ROOT, "%,d at risk", h.atRisk()));
      low[i] = h.low();
      high[i] = h.high();
      labels[i] = h.atRisk() == 0 ? "" : ChartStyle.percent(h.hazard());
      max = Math.max(max, Math.max(h.high(), h.hazard()));
    }
    Color c = ChartStyle.HIGHER;
    LadderBarRenderer renderer = new LadderBarRenderer(i -> c, low, high, labels);
    renderer.setMaximumBarWidth(0.08);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Window (runs still without force at its start)"),
        ChartStyle.probabilityAxis("First use of force in the window, among runs without one yet", ChartStyle.probabilityCeiling(max)),
        renderer);
    JFreeChart chart = style.chart("When force is first used", plot, false);
    ChartStyle.addNote(chart, "Bars: the hazard (events / runs at risk) with its 95% interval; a window late in the crisis rests on fewer runs.");
    return Optional.of(chart);
  }
}
