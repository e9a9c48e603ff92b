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

  static JFreeChart build(Results results, ChartStyle style, Timeline timeline) {
    int horizon = results.scenario().horizonDays();
    List<Rung> shown = results.keyRungs().isEmpty()
        ? results.rungs().stream().filter(r -> !r.survival().isEmpty()).toList()
        : results.keyRungs().stream().map(k -> results.rungs().stream().filter(r -> r.rung() == k).findFirst()
            .orElseThrow()).toList();
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.2f);
    renderer.setLegendLine(ChartStyle.LEGEND_LINE);
    renderer.setAutoPopulateSeriesFillPaint(false);
    for (Rung rung : shown) {
      if (rung.survival().isEmpty()) {
        continue;
      }
      int series = data.getSeriesCount();
      data.addSeries(steps("Rung " + rung.rung() + ": " + rung.name(), rung.survival(), horizon, timeline));
      renderer.setSeriesPaint(series, style.rung(rung.rung()));
      renderer.setSeriesFillPaint(series, style.rung(rung.rung()));
      // Neighbouring rungs have similar colours; alternating dashes keep the curves apart in grey too.
      renderer.setSeriesStroke(series, series % 2 == 0 ? ChartStyle.LINE : ChartStyle.DASHED_LINE);
    }
    ValueAxis x = timeline.axis();
    x.setRange(timeline.x(0), timeline.x(Math.max(horizon, 1)));
    XYPlot plot = new XYPlot(data, x,
        ChartStyle.probabilityAxis("Probability of having reached the rung", 1.0), renderer);
    String key = ChartStyle.markEvents(plot, results.events(), timeline);
    JFreeChart chart = style.chart("Time to escalation", plot, true);
    ChartStyle.addEventKey(chart, key);
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
