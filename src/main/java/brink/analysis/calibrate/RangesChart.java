package brink.analysis.calibrate;

import brink.chart.Slides;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** ranges.png/.svg: each parameter's plausible range after each wave, as a share of its prior range (the prior is 0 to 1). */
public final class RangesChart {
    private RangesChart() {
    }

    public static List<Path> write(List<String> params, List<HistoryMatching.Wave> waves, String subtitle, Path dir) throws IOException {
        int n = params.size(), w = waves.size() + 1;
        double width = 0.8 / w;
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYIntervalSeries prior = new XYIntervalSeries("prior");
        for (int i = 0; i < n; i++) {
            double c = i - 0.4 + width / 2;
            prior.add(c, c - width * 0.45, c + width * 0.45, 0.5, 0, 1);
        }
        data.addSeries(prior);
        for (int v = 0; v < waves.size(); v++) {
            HistoryMatching.Wave wave = waves.get(v);
            XYIntervalSeries s = new XYIntervalSeries("after wave " + wave.wave());
            if (wave.plausible() > 0) {
                for (int i = 0; i < n; i++) {
                    double c = i - 0.4 + width * (v + 1.5);
                    s.add(c, c - width * 0.45, c + width * 0.45, (wave.low()[i] + wave.high()[i]) / 2, wave.low()[i], wave.high()[i]);
                }
            }
            data.addSeries(s);
        }
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, new Color(0xC8C8C8));
        for (int v = 0; v < waves.size(); v++) r.setSeriesPaint(v + 1, shade(waves.size() == 1 ? 1 : (double) v / (waves.size() - 1)));
        SymbolAxis names = new SymbolAxis(null, params.toArray(String[]::new));
        names.setGridBandsVisible(false);
        names.setInverted(true);
        names.setRange(-0.6, n - 0.4);
        NumberAxis share = new NumberAxis("Plausible range, as a share of the prior range");
        share.setRange(0, 1);
        XYPlot plot = new XYPlot(data, names, share, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = Slides.chart("Parameters not ruled out, wave by wave", subtitle, plot, true);
        return Slides.write(chart, dir, "ranges");
    }

    /** Light blue for the first wave to the house's dark blue for the last. */
    private static Color shade(double t) {
        Color a = new Color(0x92C5DE), b = Slides.LOWER;
        return new Color((int) (a.getRed() + t * (b.getRed() - a.getRed())), (int) (a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) (a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
