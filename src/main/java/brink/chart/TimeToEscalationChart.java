package brink.chart;

import brink.chart.Results.Rung;
import brink.chart.Results.SurvivalPoint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Kaplan–Meier curves of having reached each key rung, drawn as steps with their 95% band. */
final class TimeToEscalationChart {
  private TimeToEscalationChart() {}

  /**
   * Every rung above the starting one that some run reached (a rung 96% of runs reach matters as much as the
   * force rungs), the axis as high as the highest band, and the rungs no run reached named under the chart rather
   * than drawn flat along the axis where nobody sees them.
   */
  static JFreeChart build(Results results, ChartStyle style, Timeline timeline) {
    int horizon = results.scenario().horizonDays();
    int start = results.startRung();
    List<Rung> above = results.rungs().stream().filter(r -> r.rung() > start && !r.survival().isEmpty()).toList();
    List<Rung> shown = above.stream().filter(r -> r.probabilityReached() > 0).toList();
    List<Rung> never = above.stream().filter(r -> r.probabilityReached() == 0).toList();
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.2f);
    renderer.setLegendLine(ChartStyle.LEGEND_LINE);
    renderer.setAutoPopulateSeriesFillPaint(false);
    double max = 0;
    for (Rung rung : shown) {
      int series = data.getSeriesCount();
      data.addSeries(steps("Rung " + rung.rung() + ": " + rung.name(), rung.survival(), horizon, timeline));
      renderer.setSeriesPaint(series, style.rung(rung.rung()));
      renderer.setSeriesFillPaint(series, style.rung(rung.rung()));
      // Neighbouring rungs have similar colours; alternating dashes keep the curves apart in grey too.
      renderer.setSeriesStroke(series, series % 2 == 0 ? ChartStyle.LINE : ChartStyle.DASHED_LINE);
      for (Results.SurvivalPoint p : rung.survival()) {
        max = Math.max(max, Math.max(p.high(), p.reached()));
      }
    }
    ValueAxis x = timeline.axis();
    x.setRange(timeline.x(0), timeline.x(Math.max(horizon, 1)));
    XYPlot plot = new XYPlot(data, x,
        ChartStyle.probabilityAxis("Probability of having reached the rung", ChartStyle.probabilityCeiling(max)), renderer);
    String key = ChartStyle.markEvents(plot, results.events(), timeline);
    JFreeChart chart = style.chart("Time to escalation", plot, true);
    ChartStyle.addEventKey(chart, key);
    if (!never.isEmpty()) {
      ChartStyle.addNote(chart, "Not reached in any run: " + String.join(", ",
          never.stream().map(r -> "rung " + r.rung() + " (" + r.name() + ")").toList()) + ".");
    }
    if (shown.isEmpty()) {
      plot.setNoDataMessage("No run climbed above the starting rung");
    }
    return chart;
  }

  /**
   * The estimate is constant between the listed days, so each change becomes a vertical step; this
   * handles both a point per day and points only where the curve changes.
   */
  static YIntervalSeries steps(String key, List<SurvivalPoint> points, int horizon, Timeline timeline) {
    YIntervalSeries s = new YIntervalSeries(key, false, true);
    SurvivalPoint previous = new SurvivalPoint(0, 0, 0, 0);
    if (points.get(0).day() > 0) {
      s.add(timeline.x(0), 0, 0, 0);
    }
    for (SurvivalPoint p : points) {
      if (s.getItemCount() > 0) {
        s.add(timeline.x(p.day()), previous.reached(), previous.low(), previous.high());
      }
      s.add(timeline.x(p.day()), p.reached(), p.low(), p.high());
      previous = p;
    }
    if (previous.day() < horizon) {
      s.add(timeline.x(horizon), previous.reached(), previous.low(), previous.high());
    }
    return s;
  }
}
