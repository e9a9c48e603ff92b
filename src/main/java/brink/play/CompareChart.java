package brink.play;

import brink.chart.Slides;
import brink.results.ProportionDifference;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
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
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * compare.png/.svg: a horizontal bar per outcome, the change of its probability from A to B in percentage points,
 * with the 95% Newcombe interval as whiskers and the numbers written beside it.
 */
public final class CompareChart {
    private CompareChart() {
    }

    static JFreeChart chart(Comparison c) {
        List<Comparison.Row> rows = c.rows();
        int n = rows.size();
        XYIntervalSeries s = new XYIntervalSeries("B − A");
        String[] names = new String[n];
        double lo = 0, hi = 0;
        for (int i = 0; i < n; i++) {
            ProportionDifference d = rows.get(i).diff();
            names[i] = rows.get(i).name();
            double v = 100 * d.difference(), l = 100 * d.low(), h = 100 * d.high();
            if (Double.isNaN(v)) v = l = h = 0;
            s.add(i, i - 0.32, i + 0.32, v, l, h);
            lo = Math.min(lo, l);
            hi = Math.max(hi, h);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);

        XYBarRenderer bars = new XYBarRenderer() {
            @Override
            public Paint getItemPaint(int series, int item) {
                return data.getYValue(series, item) < 0 ? Slides.LOWER : Slides.HIGHER;
            }
        };
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setUseYInterval(false);
        bars.setDrawBarOutline(false);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDrawYError(true);
        whiskers.setBaseShapesVisible(false);
        whiskers.setBaseLinesVisible(false);
        whiskers.setErrorPaint(Slides.INK);
        whiskers.setErrorStroke(new BasicStroke(3f));
        whiskers.setCapLength(18);
        whiskers.setBaseSeriesVisibleInLegend(false);

        SymbolAxis outcomes = new SymbolAxis(null, names);
        outcomes.setGridBandsVisible(false);
        outcomes.setInverted(true);
        outcomes.setRange(-0.6, n - 0.4);
        double span = Math.max(hi - lo, 2);
        NumberAxis change = new NumberAxis("Change in probability, B − A (percentage points)");
        change.setRange(lo - 0.08 * span, hi + 0.45 * span);

        XYPlot plot = new XYPlot(data, outcomes, change, whiskers);
        plot.setDataset(1, data);
        plot.setRenderer(1, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        ValueMarker zero = new ValueMarker(0, Slides.INK, new BasicStroke(2f));
        plot.addRangeMarker(zero);
        for (int i = 0; i < n; i++) {
            ProportionDifference d = rows.get(i).diff();
            String text = Double.isNaN(d.difference()) ? "no runs"
                    : String.format(Locale.ROOT, "%s  [%s, %s]%s", Comparison.points(d.difference()), Comparison.points(d.low()).replace(" pts", ""),
                    Comparison.points(d.high()).replace(" pts", ""), d.significant() ? " *" : "");
            XYTextAnnotation a = new XYTextAnnotation(text, i, Math.max(100 * d.high(), 0) + 0.02 * span);
            a.setFont(Slides.LABEL);
            a.setPaint(Slides.INK);
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(a);
        }
        plot.setDomainGridlinesVisible(false);
        // each side with what makes it that batch (runs, seed, injects, overrides), so two comparisons never share a subtitle
        return Slides.chart("Change in outcome probabilities: B vs A", String.format(Locale.ROOT,
                "A = %s (%s)%nB = %s (%s)%nwhiskers: 95%% interval (Newcombe), * excludes 0",
                c.a().name(), c.a().describe(), c.b().name(), c.b().describe()), plot, false);
    }

    /** Writes compare.png, compare.svg and compare.csv into the folder. */
    public static List<Path> write(Comparison c, Path dir) throws IOException {
        List<Path> files = new java.util.ArrayList<>(Slides.write(chart(c), dir, "compare"));
        Path csv = dir.resolve("compare.csv");
        c.writeCsv(csv);
        files.add(csv);
        return files;
    }
}
