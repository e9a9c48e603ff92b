package brink.chart;

import brink.chart.Results.Estimate;
import brink.chart.Results.Outcome;
import brink.chart.Results.Sweep;
import brink.chart.Results.SweepPoint;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/** Charts of a parameter sweep: outcome probabilities along the first parameter, and a heat map over two. */
final class SweepCharts {
  private SweepCharts() {}

  /**
   * One line per outcome against the first swept parameter. When further parameters were swept, each
   * combination of their values gets its own panel (sharing the probability axis), so nothing is averaged away
   * and each panel stays as readable as a single sweep.
   */
  static JFreeChart lines(Results results, ChartStyle style) {
    Sweep sweep = results.sweep().orElseThrow();
    Axis x = Axis.of(sweep, 0);
    Map<String, List<SweepPoint>> panels = new LinkedHashMap<>();
    for (SweepPoint point : sweep.points()) {
      List<String> rest = new ArrayList<>();
      for (int p = 1; p < sweep.parameters().size(); p++) {
        rest.add(sweep.parameters().get(p) + " = " + point.values().get(p));
      }
      panels.computeIfAbsent(String.join(", ", rest), k -> new ArrayList<>()).add(point);
    }
    List<Outcome> outcomes = sweepOutcomes(results);
    Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
    double max = sweep.points().stream().flatMap(p -> p.estimates().values().stream())
        .mapToDouble(Estimate::high).max().orElse(1);
    CombinedRangeXYPlot plot = new CombinedRangeXYPlot(
        ChartStyle.probabilityAxis("Probability (line) and 95% band", ChartStyle.probabilityCeiling(max)));
    plot.setGap(40);
    boolean first = true;
    for (Map.Entry<String, List<SweepPoint>> panel : panels.entrySet()) {
      YIntervalSeriesCollection data = new YIntervalSeriesCollection();
      DeviationRenderer renderer = new DeviationRenderer(true, true);
      renderer.setAlpha(0.15f);
      renderer.setLegendLine(ChartStyle.LEGEND_LINE);
      renderer.setAutoPopulateSeriesFillPaint(false);
      // The legend lists outcomes once, not once per panel.
      renderer.setBaseSeriesVisibleInLegend(first);
      for (int o = 0; o < outcomes.size(); o++) {
        Outcome outcome = outcomes.get(o);
        YIntervalSeries s = new YIntervalSeries(outcome.name(), true, false);
        for (SweepPoint point : panel.getValue()) {
          Estimate e = point.estimates().get(outcome.id());
          s.add(x.position(point.values().get(0)), e.probability(), e.low(), e.high());
        }
        data.addSeries(s);
        Color colour = style.rung(outcome.rung());
        renderer.setSeriesPaint(o, colour);
        renderer.setSeriesFillPaint(o, colour);
        // Outcomes can share a rung, hence a colour; the marker shape still tells them apart.
        renderer.setSeriesShape(o, shapes[o % shapes.length]);
        renderer.setSeriesStroke(o, ChartStyle.LINE);
      }
      XYPlot sub = new XYPlot(data, x.axis(), null, renderer);
      if (!panel.getKey().isEmpty()) {
        TextTitle heading = new TextTitle(panel.getKey(), ChartStyle.LABEL);
        heading.setBackgroundPaint(new Color(255, 255, 255, 220));
        sub.addAnnotation(new XYTitleAnnotation(0.5, 1.0, heading, RectangleAnchor.TOP));
      }
      plot.add(sub);
      first = false;
    }
    return style.chart("Outcomes across the sweep of " + sweep.parameters().get(0), plot, true);
  }

  /** Probability of the main outcome over the grid of the two swept parameters; null unless exactly two. */
  static Optional<JFreeChart> heatmap(Results results, ChartStyle style) {
    Sweep sweep = results.sweep().orElseThrow();
    if (sweep.parameters().size() != 2) {
      return Optional.empty();
    }
    List<Outcome> outcomes = sweepOutcomes(results);
    Outcome outcome = outcomes.stream().filter(o -> o.id().equals(results.mainOutcome().id())).findFirst()
        .orElseGet(() -> Results.mostSevere(outcomes));
    Axis x = Axis.categorical(sweep, 0);
    Axis y = Axis.categorical(sweep, 1);
    int n = sweep.points().size();
    double[][] xyz = new double[3][n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      SweepPoint point = sweep.points().get(i);
      xyz[0][i] = x.position(point.values().get(0));
      xyz[1][i] = y.position(point.values().get(1));
      xyz[2][i] = point.estimates().get(outcome.id()).probability();
      max = Math.max(max, xyz[2][i]);
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(outcome.name(), xyz);
    Scale scale = new Scale(Math.max(0.1, Math.ceil(max * 10) / 10));
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockAnchor(RectangleAnchor.CENTER);
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, x.axis(), y.axis(), renderer);
    Font big = ChartStyle.LABEL.deriveFont(28f);
    Font small = ChartStyle.LABEL.deriveFont(Font.PLAIN, 20f);
    for (int i = 0; i < n; i++) {
      Estimate e = sweep.points().get(i).estimates().get(outcome.id());
      Paint ink = ChartStyle.textOn(scale.getPaint(e.probability()));
      plot.addAnnotation(text(ChartStyle.percent(e.probability()), xyz[0][i], xyz[1][i] + 0.08, big, ink));
      plot.addAnnotation(text(ChartStyle.percent(e.low()) + "–" + ChartStyle.percent(e.high()), xyz[0][i],
          xyz[1][i] - 0.15, small, ink));
    }
    JFreeChart chart = style.chart("Probability of " + outcome.name() + " across the sweep", plot, false);
    NumberAxis legendAxis = ChartStyle.probabilityAxis("Probability", scale.getUpperBound());
    legendAxis.setLabelFont(ChartStyle.TICK);
    legendAxis.setTickLabelFont(ChartStyle.TICK);
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(30);
    legend.setAxisOffset(6);
    legend.setMargin(new RectangleInsets(10, 24, 10, 0));
    legend.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(legend);
    return Optional.of(chart);
  }

  private static XYTextAnnotation text(String text, double x, double y, Font font, Paint paint) {
    XYTextAnnotation a = new XYTextAnnotation(text, x, y);
    a.setFont(font);
    a.setPaint(paint);
    a.setTextAnchor(TextAnchor.CENTER);
    return a;
  }

  /** Sweep outcomes in ladder order, named and coloured from summary.json when it lists them. */
  private static List<Outcome> sweepOutcomes(Results results) {
    Sweep sweep = results.sweep().orElseThrow();
    return sweep.outcomeIds().stream()
        .map(id -> results.outcome(id).orElse(new Outcome(id, id, 0, 0, 0, 0, 0)))
        .sorted(Comparator.comparingInt(Outcome::rung))
        .toList();
  }

  /** Dark for likely, light for unlikely, matching the rung palette's "darker is worse". */
  private record Scale(double upper) implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      return ChartStyle.viridis(1 - value / upper);
    }
  }

  /**
   * A swept parameter's axis: true positions when every value is numeric, otherwise (and always for the
   * heat map, whose cells must be evenly sized) one slot per distinct value.
   */
  private record Axis(String name, List<String> values, boolean numeric) {
    static Axis of(Sweep sweep, int p) {
      List<String> values = distinct(sweep, p);
      boolean numeric = values.stream().allMatch(Axis::isNumber);
      if (numeric) {
        values = values.stream().sorted(Comparator.comparingDouble(Double::parseDouble)).toList();
      }
      return new Axis(sweep.parameters().get(p), values, numeric);
    }

    static Axis categorical(Sweep sweep, int p) {
      Axis a = of(sweep, p);
      return new Axis(a.name, a.values, false);
    }

    private static List<String> distinct(Sweep sweep, int p) {
      return sweep.points().stream().map(pt -> pt.values().get(p)).distinct().toList();
    }

    private static boolean isNumber(String s) {
      try {
        Double.parseDouble(s);
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    double position(String value) {
      return numeric ? Double.parseDouble(value) : values.indexOf(value);
    }

    ValueAxis axis() {
      if (numeric) {
        NumberAxis axis = new NumberAxis(name + " (swept value)");
        double lo = Double.parseDouble(values.get(0));
        double hi = Double.parseDouble(values.get(values.size() - 1));
        double pad = hi > lo ? (hi - lo) * 0.06 : Math.max(0.5, Math.abs(lo) * 0.1);
        axis.setRange(lo - pad, hi + pad);
        // A few round ticks: the automatic choice fills a short range with dozens of them.
        axis.setTickUnit(new NumberTickUnit(ChartStyle.niceStep((hi - lo + 2 * pad) / 5)));
        return axis;
      }
      SymbolAxis axis = new SymbolAxis(name + " (swept value)", values.toArray(String[]::new));
      axis.setGridBandsVisible(false);
      return axis;
    }
  }
}
