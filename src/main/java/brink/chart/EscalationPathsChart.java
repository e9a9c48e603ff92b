package brink.chart;

import brink.chart.Results.Daily;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.ui.RectangleEdge;
import org.jfree.util.SortOrder;

/** Share of runs on each rung, day by day, stacked calm (bottom) to severe (top). */
final class EscalationPathsChart {
  private EscalationPathsChart() {}

  static JFreeChart build(Results results, ChartStyle style, Timeline timeline) {
    Daily daily = results.daily();
    DefaultTableXYDataset data = new DefaultTableXYDataset();
    StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
    renderer.setLegendArea(ChartStyle.LEGEND_SQUARE);
    for (int i = 0; i < daily.rungs().length; i++) {
      int rung = daily.rungs()[i];
      XYSeries s = new XYSeries(rung + "  " + results.rungName(rung), true, false);
      for (int d = 0; d < daily.days().length; d++) {
        s.add(timeline.x(daily.days()[d]), daily.shares()[i][d]);
      }
      data.addSeries(s);
      renderer.setSeriesPaint(i, style.rung(rung));
    }
    ValueAxis x = timeline.axis();
    if (daily.days().length > 1) {
      x.setRange(timeline.x(daily.days()[0]), timeline.x(daily.days()[daily.days().length - 1]));
    }
    XYPlot plot = new XYPlot(data, x, ChartStyle.probabilityAxis("Share of runs on the rung", 1.0), renderer);
    String key = ChartStyle.markEvents(plot, results.events(), timeline);
    JFreeChart chart = style.chart("Escalation paths: share of runs on each rung", plot, true);
    ChartStyle.addEventKey(chart, key);
    chart.getLegend().setPosition(RectangleEdge.RIGHT);
    // Top of the legend = top of the stack.
    chart.getLegend().setSortOrder(SortOrder.DESCENDING);
    return chart;
  }
}
