package brink.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.function.IntFunction;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.text.TextUtilities;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.TextAnchor;

/**
 * Single-series bars where each bar has its own colour (a rung's, or a sign's), with optional 95% error bars
 * and a label at the end of each bar. JFreeChart 1.0's statistical renderers only draw symmetric mean ± sd,
 * so asymmetric intervals are drawn here.
 */
final class LadderBarRenderer extends BarRenderer {
  private static final long serialVersionUID = 1L;

  private final transient IntFunction<Paint> paints;
  private final double[] low;
  private final double[] high;
  private final String[] labels;

  /**
   * {@code low}, {@code high} (both null for no error bars) and {@code labels} (null for none) are indexed by
   * category; labels sit beyond the error bar, or beyond the bar's end.
   */
  LadderBarRenderer(IntFunction<Paint> paints, double[] low, double[] high, String[] labels) {
    this.paints = paints;
    this.low = low;
    this.high = high;
    this.labels = labels;
    setBarPainter(new StandardBarPainter());
    setShadowVisible(false);
    setDrawBarOutline(true);
    setBaseOutlinePaint(ChartStyle.MARKER);
    setBaseOutlineStroke(new BasicStroke(1.5f));
    setMaximumBarWidth(0.12);
    setItemMargin(0);
  }

  @Override
  public Paint getItemPaint(int row, int column) {
    return paints.apply(column);
  }

  @Override
  public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                       CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                       int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    Number value = dataset.getValue(row, column);
    if (pass != 0 || value == null) {
      return;
    }
    boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
    RectangleEdge edge = plot.getRangeAxisEdge();
    double mid = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
    double end = value.doubleValue();
    if (low != null) {
      // the label goes beyond the whisker on the bar's side of zero
      end = value.doubleValue() >= 0 ? high[column] : low[column];
      double a = rangeAxis.valueToJava2D(low[column], dataArea, edge);
      double b = rangeAxis.valueToJava2D(high[column], dataArea, edge);
      double cap = Math.max(8, state.getBarWidth() * 0.25);
      g2.setPaint(Color.BLACK);
      g2.setStroke(new BasicStroke(3f));
      g2.draw(line(vertical, mid, a, mid, b));
      g2.draw(line(vertical, mid - cap, a, mid + cap, a));
      g2.draw(line(vertical, mid - cap, b, mid + cap, b));
    }
    if (labels == null) {
      return;
    }
    double tip = rangeAxis.valueToJava2D(end, dataArea, edge);
    g2.setFont(ChartStyle.LABEL);
    g2.setPaint(ChartStyle.INK);
    if (vertical) {
      // Keep the label inside the plot even when the bar or interval reaches the top of the axis.
      float y = (float) Math.max(tip - 8, dataArea.getMinY() + g2.getFontMetrics().getAscent());
      TextUtilities.drawAlignedString(labels[column], g2, (float) mid, y, TextAnchor.BOTTOM_CENTER);
    } else if (end >= 0) {
      TextUtilities.drawAlignedString(labels[column], g2, (float) tip + 10, (float) mid, TextAnchor.CENTER_LEFT);
    } else {
      TextUtilities.drawAlignedString(labels[column], g2, (float) tip - 10, (float) mid, TextAnchor.CENTER_RIGHT);
    }
  }

  /** A segment given along the category axis (c) and the value axis (v), whatever the orientation. */
  private static Line2D line(boolean vertical, double c1, double v1, double c2, double v2) {
    return vertical ? new Line2D.Double(c1, v1, c2, v2) : new Line2D.Double(v1, c1, v2, c2);
  }
}
