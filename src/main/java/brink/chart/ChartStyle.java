package brink.chart;

import brink.chart.Results.Event;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/** The one place for look and feel: sizes and fonts for a projector, the rung palette, titles and event markers. */
final class ChartStyle {
  static final int WIDTH = 1600;
  static final int HEIGHT = 900;

  private static final String FAMILY = "SansSerif";
  static final Font TITLE = new Font(FAMILY, Font.BOLD, 40);
  static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 26);
  static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 28);
  static final Font TICK = new Font(FAMILY, Font.PLAIN, 24);
  static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 24);
  static final Font LABEL = new Font(FAMILY, Font.BOLD, 22);

  static final Color INK = new Color(0x222222);
  static final Color GRID = new Color(0xD0D0D0);
  static final Color MARKER = new Color(0x444444);
  /** Decrease / increase, from a blue–orange pair that colour-blind readers separate and grey keeps apart. */
  static final Color LOWER = new Color(0x2166AC);
  static final Color HIGHER = new Color(0xE08214);

  static final Shape LEGEND_SQUARE = new Rectangle2D.Double(-10, -10, 20, 20);
  /** Long enough to show whether a line is dashed. */
  static final Shape LEGEND_LINE = new Line2D.Double(-24, 0, 24, 0);
  static final BasicStroke LINE = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final BasicStroke DASHED_LINE =
      new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {16f, 8f}, 0f);

  /**
   * Viridis sampled at ten points: perceptually uniform, colour-blind safe, and monotone in lightness; for continuous
   * scales (the sweep heat map).
   */
  private static final int[] VIRIDIS = {
    0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6ECE58, 0xB5DE2B, 0xFDE725
  };
  /**
   * Inferno from black through purple, red and orange to pale yellow, for the rungs: like viridis perceptually
   * uniform, colour-blind safe and monotone in lightness (a grey print still orders the rungs), but it changes hue
   * all along, so that neighbouring rungs differ (viridis gave three middle rungs near-identical greens); and it
   * reads as heat, severe rungs dark. The palest tenth is left out: it would vanish on white.
   */
  private static final int[] INFERNO = {
    0x000004, 0x1B0C41, 0x4A0C6B, 0x781C6D, 0xA52C60, 0xCF4446, 0xED6925, 0xFB9B06, 0xF7D13D, 0xFCFFA4
  };
  private static final double INFERNO_PALEST = 0.9;

  private final String subtitle;
  private final int rungCount;

  ChartStyle(Results results) {
    this.rungCount = results.rungCount();
    // Line 1 the scenario, line 2 what makes this batch this batch: two variants never share a subtitle.
    StringBuilder s = new StringBuilder(results.scenario().title()).append('\n').append(results.variant());
    if (!results.complete()) {
      s.append(" · INCOMPLETE");
    }
    this.subtitle = s.toString();
  }

  /** Light for calm rungs, dark for severe ones, so severity reads the same in colour and in grey. */
  Color rung(int rung) {
    double t = rungCount <= 1 ? 0.5 : 1.0 - (double) rung / (rungCount - 1);
    return sample(INFERNO, t * INFERNO_PALEST);
  }

  /** A colour on the severity scale, 0 the calmest and 1 the most severe, from the rung palette. */
  static Color severity(double t) {
    return sample(INFERNO, (1 - Math.max(0, Math.min(1, t))) * INFERNO_PALEST);
  }

  /** The same hue, washed out: for what is within noise. */
  static Color pale(Color c) {
    return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
  }

  /** {@code t} = 0 is the darkest end of viridis, 1 the lightest. */
  static Color viridis(double t) {
    return sample(VIRIDIS, t);
  }

  private static Color sample(int[] palette, double t) {
    double x = Math.max(0, Math.min(1, t)) * (palette.length - 1);
    int i = Math.min((int) Math.floor(x), palette.length - 2);
    double f = x - i;
    Color a = new Color(palette[i]);
    Color b = new Color(palette[i + 1]);
    return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
  }

  /** Black or white, whichever reads better on {@code background}. */
  static Color textOn(Paint background) {
    if (!(background instanceof Color c)) {
      return INK;
    }
    double luminance = (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    return luminance > 0.55 ? INK : Color.WHITE;
  }

  JFreeChart chart(String title, Plot plot, boolean legend) {
    return styled(title, subtitle, plot, legend);
  }

  /** A chart in the house style: white, projector-sized fonts, the subtitle under the title. */
  static JFreeChart styled(String title, String subtitle, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(16, 24, 16, 40));
    chart.getTitle().setPaint(INK);
    TextTitle sub = new TextTitle(subtitle, SUBTITLE);
    sub.setPaint(MARKER);
    sub.setPadding(new RectangleInsets(4, 0, 12, 0));
    // First among subtitles, so that it spans the full width even when the legend sits at the side.
    chart.addSubtitle(0, sub);
    LegendTitle legendTitle = chart.getLegend();
    if (legendTitle != null) {
      legendTitle.setItemFont(LEGEND);
      legendTitle.setItemPaint(INK);
      legendTitle.setFrame(BlockBorder.NONE);
      legendTitle.setBackgroundPaint(Color.WHITE);
      legendTitle.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
    }
    stylePlot(plot);
    return chart;
  }

  private static void stylePlot(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setNoDataMessage("No data");
    plot.setNoDataMessageFont(AXIS_LABEL);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      xy.setDomainGridlineStroke(new BasicStroke(1f));
      xy.setRangeGridlineStroke(new BasicStroke(1f));
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        style(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        style(xy.getRangeAxis(i));
      }
      if (plot instanceof CombinedRangeXYPlot combined) {
        for (Object sub : combined.getSubplots()) {
          stylePlot((Plot) sub);
        }
      }
      if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
        for (Object sub : combined.getSubplots()) {
          stylePlot((Plot) sub);
        }
      }
    } else if (plot instanceof CategoryPlot cat) {
      cat.setRangeGridlinePaint(GRID);
      cat.setRangeGridlineStroke(new BasicStroke(1f));
      cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
      // Keeps the value axis at the bottom when bars run horizontally, where readers look for it.
      cat.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
      style(cat.getDomainAxis());
      style(cat.getRangeAxis());
      if (cat.getOrientation() == PlotOrientation.HORIZONTAL) {
        cat.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
      }
    }
  }

  private static void style(Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(AXIS_LABEL);
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(INK);
    axis.setAxisLinePaint(MARKER);
    axis.setTickMarkPaint(MARKER);
    if (axis instanceof CategoryAxis c) {
      c.setMaximumCategoryLabelLines(3);
      c.setCategoryMargin(0.25);
    }
  }

  /** A 0–1 probability axis labelled in percent, like every label on the bars; {@code upper} below 1 zooms in. */
  static NumberAxis probabilityAxis(String label, double upper) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(0, upper);
    double step = upper >= 0.5 ? 0.1 : upper >= 0.2 ? 0.05 : 0.02;
    axis.setTickUnit(new NumberTickUnit(step, new DecimalFormat("0%")));
    return axis;
  }

  /** A round tick step (1, 2, 2.5 or 5 times a power of ten) close to {@code rough}. */
  static double niceStep(double rough) {
    if (!(rough > 0) || !Double.isFinite(rough)) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (rough <= m * magnitude) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** The smallest tenth above {@code max} plus headroom for labels, capped at 1. */
  static double probabilityCeiling(double max) {
    return Math.min(1.0, Math.max(0.1, Math.ceil((max + 0.06) * 10) / 10));
  }

  /**
   * Dashed vertical lines, one per day with events, labelled with a number; returns the key that names
   * them ("1  7 Jan: ..."), which {@link #addEventKey} prints under the chart. Events cluster in real
   * calendars (several talks in one week), and full names on the lines would overprint each other.
   */
  static String markEvents(XYPlot plot, List<Event> events, Timeline timeline) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    java.util.Map<Integer, List<Event>> byDay = new java.util.TreeMap<>();
    for (Event e : events) byDay.computeIfAbsent(e.day(), d -> new java.util.ArrayList<>()).add(e);
    StringBuilder key = new StringBuilder();
    int n = 0;
    // Labels climb to the next of four rows when the previous label on a row is too close to read apart.
    double span = Math.max(1, events.stream().mapToInt(Event::day).max().orElse(1) + 1.0);
    span = Math.max(span, plotDays(plot, timeline));
    double[] lastOnRow = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (var entry : byDay.entrySet()) {
      n++;
      int row = 0;
      while (row < lastOnRow.length - 1 && entry.getKey() - lastOnRow[row] < span / 40) {
        row++;
      }
      lastOnRow[row] = entry.getKey();
      ValueMarker marker = new ValueMarker(timeline.x(entry.getKey()), MARKER,
          new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 8f}, 0f));
      marker.setLabel(Integer.toString(n));
      marker.setLabelFont(LABEL);
      marker.setLabelPaint(INK);
      marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      marker.setLabelOffset(new RectangleInsets(8 + row * 30, 4, 0, 0));
      plot.addDomainMarker(marker);
      Event first = entry.getValue().get(0);
      key.append(key.length() == 0 ? "" : "   ").append(n).append("  ")
          .append(first.date() == null ? "day " + first.day() : day.format(first.date())).append(": ")
          .append(String.join("; ", entry.getValue().stream().map(Event::name).toList()));
    }
    return key.toString();
  }

  /** Days the plot's x axis spans (its range in days, or the markers' own span when the axis is not set yet). */
  private static double plotDays(XYPlot plot, Timeline timeline) {
    org.jfree.data.Range r = plot.getDomainAxis() == null ? null : plot.getDomainAxis().getRange();
    if (r == null) {
      return 1;
    }
    return Math.max(1, (r.getUpperBound() - r.getLowerBound()) / (timeline.x(1) - timeline.x(0)));
  }

  /** A note under the chart (what the reader must know to read it right), in the marker key's small type. */
  static void addNote(JFreeChart chart, String note) {
    if (note == null || note.isEmpty()) return;
    TextTitle t = new TextTitle(note, LABEL.deriveFont(Font.PLAIN, LABEL.getSize2D() * 0.85f));
    t.setPaint(MARKER);
    t.setPosition(org.jfree.ui.RectangleEdge.BOTTOM);
    t.setMaximumLinesToDisplay(3);
    t.setPadding(new RectangleInsets(6, 0, 0, 0));
    chart.addSubtitle(t);
  }

  /** The key of the event markers, wrapped under the plot. */
  static void addEventKey(JFreeChart chart, String key) {
    if (key.isEmpty()) return;
    TextTitle t = new TextTitle(key, LABEL.deriveFont(LABEL.getSize2D() * 0.8f));
    t.setPaint(MARKER);
    t.setPosition(org.jfree.ui.RectangleEdge.BOTTOM);
    t.setMaximumLinesToDisplay(4);
    t.setPadding(new RectangleInsets(8, 0, 0, 0));
    chart.addSubtitle(t);
  }

  /** Whole percent, or one decimal below 10% where rounding would hide differences. */
  static String percent(double p) {
    double pct = p * 100;
    if (pct != 0 && Math.abs(pct) < 10) {
      return String.format(Locale.ROOT, "%.1f%%", pct);
    }
    return String.format(Locale.ROOT, "%.0f%%", pct);
  }
}
