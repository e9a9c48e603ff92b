package brink.analysis.condition;

import brink.chart.Slides;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** forecast.png/.svg: each outcome's probability as of each date, given what had been observed by then, with 95% whiskers. */
public final class ForecastChart {
    private ForecastChart() {
    }

    /** One outcome's forecasts: per date, probability and interval. */
    public record Line(String name, double[] p, double[] low, double[] high) {
    }

    public static List<Path> write(String title, String subtitle, List<LocalDate> dates, List<Line> lines, Path dir) throws IOException {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        for (Line l : lines) {
            XYIntervalSeries s = new XYIntervalSeries(l.name());
            for (int i = 0; i < dates.size(); i++) {
                double x = dates.get(i).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                s.add(x, x, x, l.p()[i], l.low()[i], l.high()[i]);
            }
            data.addSeries(s);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setBaseLinesVisible(true);
        r.setErrorStroke(new BasicStroke(2f));
        r.setCapLength(10);
        for (int i = 0; i < lines.size(); i++) {
            Color c = viridis(lines.size() <= 1 ? 0 : (double) i / (lines.size() - 1));
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, Slides.LINE);
            r.setSeriesShape(i, new Ellipse2D.Double(-7, -7, 14, 14));
        }
        r.setErrorPaint(null);
        DateAxis x = new DateAxis("Forecast as of");
        SimpleDateFormat f = new SimpleDateFormat("d MMM yyyy", Locale.ENGLISH);
        f.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        x.setDateFormatOverride(f);
        x.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        if (dates.size() == 1) {
            double t = dates.get(0).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            x.setRange(t - 86_400_000L * 5, t + 86_400_000L * 5);
        }
        NumberAxis y = new NumberAxis("Probability of the outcome");
        y.setRange(0, 1);
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = Slides.chart(title, subtitle, plot, true);
        return Slides.write(chart, dir, "forecast");
    }

    /** Dark to light across the outcomes, as the rung palette (viridis ends, blended). */
    private static Color viridis(double t) {
        Color a = new Color(0x440154), m = new Color(0x21918C), b = new Color(0xFDE725);
        return t < 0.5 ? mix(a, m, t * 2) : mix(m, b, (t - 0.5) * 2);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) (a.getRed() + t * (b.getRed() - a.getRed())), (int) (a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) (a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
