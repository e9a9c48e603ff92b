package brink.analysis.score;

import brink.chart.Slides;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * reliability.png/.svg: for each kind of forecast, the share of events that happened against the mean probability
 * forecast in each bin, with 95% Wilson whiskers, and the diagonal of perfect reliability.
 */
public final class ReliabilityChart {
    private static final Color[] KINDS = {Slides.LOWER, Slides.HIGHER, new Color(0x35B779)};

    private ReliabilityChart() {
    }

    static JFreeChart chart(List<Reliability.Bin> bins, int batches) {
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        long events = 0;
        for (Reliability.Bin b : bins) {
            series.computeIfAbsent(b.kind(), k -> new XYIntervalSeries(k + " classes"))
                    .add(b.meanForecast(), b.meanForecast(), b.meanForecast(), b.observed().probability(), b.observed().low(), b.observed().high());
            events += b.events();
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setBaseLinesVisible(true);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(14);
        for (int i = 0; i < series.size(); i++) {
            Color c = KINDS[i % KINDS.length];
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, Slides.LINE);
            r.setSeriesShape(i, new Ellipse2D.Double(-8, -8, 16, 16));
        }
        r.setErrorPaint(null);

        NumberAxis x = new NumberAxis("Probability forecast (mean in bin)");
        x.setRange(0, 1);
        NumberAxis y = new NumberAxis("Share that happened (95% interval)");
        y.setRange(0, 1);
        XYPlot plot = new XYPlot(data, x, y, r);
        XYSeries diag = new XYSeries("perfect reliability");
        diag.add(0, 0);
        diag.add(1, 1);
        XYLineAndShapeRenderer d = new XYLineAndShapeRenderer(true, false);
        d.setSeriesPaint(0, Color.GRAY);
        d.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{12f, 8f}, 0f));
        plot.setDataset(1, new XYSeriesCollection(diag));
        plot.setRenderer(1, d);
        return Slides.chart("Reliability of the forecasts", String.format(Locale.ROOT, "%d batch%s, %,d forecast events; points above the diagonal: "
                + "happened more often than forecast", batches, batches == 1 ? "" : "es", events), plot, true);
    }

    public static List<Path> write(List<Reliability.Bin> bins, int batches, Path dir) throws IOException {
        return Slides.write(chart(bins, batches), dir, "reliability");
    }
}
