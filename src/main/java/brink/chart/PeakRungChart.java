package brink.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** How far up the ladder runs went: every rung is shown, even unreached ones, so the ladder reads whole. */
final class PeakRungChart {
  private PeakRungChart() {}

  static JFreeChart build(Results results, ChartStyle style) {
    int rungs = results.rungCount();
    long[] counts = java.util.Arrays.copyOf(results.peakCounts(), rungs);
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    // Highest rung first: horizontal bars put the first category at the top, so the chart reads as a ladder.
    int[] rungOf = new int[rungs];
    String[] labels = new String[rungs];
    double max = 0;
    for (int i = 0; i < rungs; i++) {
      int k = rungs - 1 - i;
      double share = total == 0 ? 0 : (double) counts[k] / total;
      data.addValue(share, "Runs", k + "  " + results.rungName(k));
      rungOf[i] = k;
      labels[i] = ChartStyle.percent(share);
      max = Math.max(max, share);
    }
    LadderBarRenderer renderer = new LadderBarRenderer(i -> style.rung(rungOf[i]), null, null, labels);
    renderer.setMaximumBarWidth(0.5);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Highest rung reached"),
        ChartStyle.probabilityAxis("Share of runs", ChartStyle.probabilityCeiling(max)), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.getDomainAxis().setCategoryMargin(0.15);
    return style.chart("Peak rung reached", plot, false);
  }
}
