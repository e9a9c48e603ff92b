package brink.chart;

import brink.chart.Results.Outcome;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/** Probability of each outcome class with its 95% interval, in ladder order. */
final class OutcomeChart {
  private OutcomeChart() {}

  static JFreeChart build(Results results, ChartStyle style) {
    List<Outcome> outcomes = results.outcomes().stream().sorted(Comparator.comparingInt(Outcome::rung)).toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int n = outcomes.size();
    double[] low = new double[n];
    double[] high = new double[n];
    String[] labels = new String[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      Outcome o = outcomes.get(i);
      // Category keys must be unique; two outcomes could share a display name.
      String key = data.getColumnKeys().contains(o.name()) ? o.name() + " (" + o.id() + ")" : o.name();
      data.addValue(o.probability(), "Probability", key);
      low[i] = o.low();
      high[i] = o.high();
      labels[i] = ChartStyle.percent(o.probability());
      max = Math.max(max, Math.max(o.high(), o.probability()));
    }
    LadderBarRenderer renderer =
        new LadderBarRenderer(i -> style.rung(outcomes.get(i).rung()), low, high, labels);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Outcome (ordered from calmest to most severe)"),
        ChartStyle.probabilityAxis("Probability (bar) and 95% interval", ChartStyle.probabilityCeiling(max)),
        renderer);
    return style.chart("Outcome distribution", plot, false);
  }
}
