package brink.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The house style for charts drawn outside a results folder (classroom comparisons, debriefs): the same fonts,
 * colours and PNG + SVG files as the batch charts, so every picture Brink makes looks like one family.
 */
public final class Slides {
  public static final Color INK = ChartStyle.INK;
  /** A decrease, or the model's own choices: the blue of the blue–orange pair that colour-blind readers separate. */
  public static final Color LOWER = ChartStyle.LOWER;
  /** An increase, or the team's choices. */
  public static final Color HIGHER = ChartStyle.HIGHER;
  public static final Font LABEL = ChartStyle.LABEL;
  public static final BasicStroke LINE = ChartStyle.LINE;

  private Slides() {}

  /** A styled chart with a subtitle (what was compared, how many runs). */
  public static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
    return ChartStyle.styled(title, subtitle, plot, legend);
  }

  /** Writes name.png (1600x900) and name.svg into the folder; returns both paths. */
  public static List<Path> write(JFreeChart chart, Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Path png = dir.resolve(name + ".png");
    Path svg = dir.resolve(name + ".svg");
    Files.write(png, ChartBook.png(chart));
    Files.writeString(svg, ChartBook.svg(chart));
    return List.of(png, svg);
  }
}
