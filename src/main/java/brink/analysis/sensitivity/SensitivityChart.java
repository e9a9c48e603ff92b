package brink.analysis.sensitivity;

import brink.chart.Slides;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * The chart of one output's sensitivity: a horizontal bar per input, most influential at the top, with the 95%
 * bootstrap interval as whiskers. Sobol: first-order (blue) and total (orange) index side by side; Morris: μ*
 * (blue) and σ (orange).
 */
public final class SensitivityChart {
    private SensitivityChart() {
    }

    /** One bar series: its name, and per input (in display order) the value and interval (NaN for none). */
    public record Series(String name, double[] value, double[] low, double[] high) {
    }

    public static JFreeChart chart(String title, String subtitle, String axis, List<String> inputs, List<Series> series) {
        int n = inputs.size(), s = series.size();
        double width = 0.8 / s;
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection(), whiskers = new XYIntervalSeriesCollection();
        double lo = 0, hi = 0;
        for (int j = 0; j < s; j++) {
            Series x = series.get(j);
            XYIntervalSeries b = new XYIntervalSeries(x.name()), w = new XYIntervalSeries(x.name() + " interval");
            for (int i = 0; i < n; i++) {
                double c = i - 0.4 + width * (j + 0.5), v = Double.isNaN(x.value()[i]) ? 0 : x.value()[i];
                b.add(c, c - width / 2 * 0.9, c + width / 2 * 0.9, v, v, v);
                double l = x.low()[i], h = x.high()[i];
                if (!Double.isNaN(l) && !Double.isNaN(h)) {
                    w.add(c, c, c, v, l, h);
                    lo = Math.min(lo, l);
                    hi = Math.max(hi, h);
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            bars.addSeries(b);
            whiskers.addSeries(w);
        }
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setUseYInterval(false);
        Color[] colours = {Slides.LOWER, Slides.HIGHER};
        for (int j = 0; j < s; j++) r.setSeriesPaint(j, colours[j % 2]);
        XYErrorRenderer e = new XYErrorRenderer();
        e.setDrawXError(false);
        e.setBaseShapesVisible(false);
        e.setBaseLinesVisible(false);
        e.setErrorPaint(Slides.INK);
        e.setErrorStroke(new BasicStroke(2.5f));
        e.setCapLength(10);
        e.setBaseSeriesVisibleInLegend(false);

        SymbolAxis names = new SymbolAxis(null, inputs.toArray(String[]::new));
        names.setGridBandsVisible(false);
        names.setInverted(true);
        names.setRange(-0.6, n - 0.4);
        NumberAxis value = new NumberAxis(axis);
        double span = Math.max(hi - lo, 1e-9);
        value.setRange(Math.min(0, lo - 0.05 * span), hi + 0.08 * span);
        XYPlot plot = new XYPlot(bars, names, value, r);
        plot.setDataset(1, whiskers);
        plot.setRenderer(1, e);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.addRangeMarker(new ValueMarker(0, Slides.INK, new BasicStroke(2f)));
        plot.setDomainGridlinesVisible(false);
        return Slides.chart(title, subtitle, plot, true);
    }
}
