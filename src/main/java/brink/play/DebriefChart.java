package brink.play;

import brink.chart.Slides;

import brink.results.Proportion;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** debrief.png/.svg: the team's rung path against the model's, and its escalatory days against the model's daily share. */
public final class DebriefChart {
    private DebriefChart() {
    }

    static JFreeChart chart(Debrief d, Debrief.Team t) {
        int rungs = d.scenario.ladder().size();
        int last = lastDay(d, t);

        // rung: how the model's runs spread over the ladder each day (darker = more runs; a mean would hide a minority
        // that reaches the severe rungs), and the team's path as steps over it
        double[][] cells = new double[3][(last + 1) * rungs];
        int n = 0;
        for (int day = 0; day <= last; day++) {
            for (int r = 0; r < rungs; r++, n++) {
                cells[0][n] = day;
                cells[1][n] = r;
                cells[2][n] = d.rungShare(day, r);
            }
        }
        DefaultXYZDataset spread = new DefaultXYZDataset();
        spread.addSeries("model: share of runs on the rung that day (darker = more)", cells);
        XYSeries team = new XYSeries("your game");
        for (int day = 0; day < d.teamRungs.length; day++) team.add(day, d.teamRungs[day]);
        String[] names = new String[rungs];
        for (int r = 0; r < rungs; r++) names[r] = r + " " + d.scenario.ladder().get(r).name();
        SymbolAxis rungAxis = new SymbolAxis("Rung", names);
        rungAxis.setGridBandsVisible(false);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(new Shade());
        blocks.setSeriesPaint(0, Slides.LOWER);
        XYPlot top = new XYPlot(spread, null, rungAxis, blocks);
        top.setDataset(1, new XYSeriesCollection(team));
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, Slides.HIGHER);
        step.setSeriesStroke(0, Slides.LINE);
        top.setRenderer(1, step);
        top.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);

        // escalation: the model's share of runs escalating each day (95% band), the team's escalatory days as dots
        YIntervalSeries share = new YIntervalSeries("model: share of runs escalating that day (95% interval)");
        for (int day = 0; day <= last; day++) {
            if (t.decided[day] == 0) continue;
            Proportion p = t.escalatoryShare(day);
            share.add(day, 100 * p.probability(), 100 * p.low(), 100 * p.high());
        }
        XYSeries mine = new XYSeries("your escalatory days");
        for (int day = 0; day < t.direction.length; day++) if (t.direction[day] > 0) mine.add(day, 100);
        NumberAxis pct = new NumberAxis("Escalating (%)");
        pct.setRange(-5, 105);
        XYPlot bottom = new XYPlot(new YIntervalSeriesCollection(), null, pct, band(Slides.LOWER));
        ((YIntervalSeriesCollection) bottom.getDataset()).addSeries(share);
        bottom.setDataset(1, new XYSeriesCollection(mine));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, Slides.HIGHER);
        dots.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        bottom.setRenderer(1, dots);

        NumberAxis days = new NumberAxis("Day");
        days.setRange(-0.5, last + 0.5);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(days);
        plot.setGap(24);
        plot.add(top, 3);
        plot.add(bottom, 2);
        return Slides.chart("Your game against the model's own play: " + t.name, String.format(java.util.Locale.ROOT, "%s — %,d model replications from the same start; your outcome: %s",
                d.scenario.title(), d.runs, d.scenario.outcomes().get(d.teamOutcome).name()), plot, true);
    }

    /** White for no runs, the model's blue for all of them. */
    private static final class Shade implements PaintScale, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public java.awt.Paint getPaint(double share) {
            double t = Math.sqrt(Math.max(0, Math.min(1, share)));
            Color c = Slides.LOWER;
            return new Color((int) Math.round(255 + t * (c.getRed() - 255)), (int) Math.round(255 + t * (c.getGreen() - 255)),
                    (int) Math.round(255 + t * (c.getBlue() - 255)));
        }
    }

    private static DeviationRenderer band(Color c) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, c);
        r.setSeriesFillPaint(0, c);
        r.setSeriesStroke(0, Slides.LINE);
        r.setAlpha(0.18f);
        return r;
    }

    private static int lastDay(Debrief d, Debrief.Team t) {
        int last = Math.max(0, d.teamRungs.length - 1);
        for (int day = 0; day < d.horizon; day++) if (t.decided[day] > 0) last = Math.max(last, day);
        return last;
    }

    /** debrief.png/.svg for a one-team game, debrief-STATE.png/.svg for each team otherwise. */
    static List<Path> write(Debrief d, Path dir) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Debrief.Team t : d.teams()) out.addAll(Slides.write(chart(d, t), dir, d.teams().size() == 1 ? "debrief" : "debrief-" + t.id));
        return out;
    }

    /**
     * The chart of one team as PNG (for the web debrief, which embeds it): a raster of the heat map is a few dozen KB
     * where the SVG writes each of its thousands of cells as an element (about 0.5 MB per team).
     */
    public static byte[] png(Debrief d, Debrief.Team t, int width, int height) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            org.jfree.chart.ChartUtilities.writeChartAsPNG(out, chart(d, t), width, height);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
