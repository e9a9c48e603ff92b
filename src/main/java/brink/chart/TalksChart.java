package brink.chart;

import brink.chart.Results.Talk;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.ui.TextAnchor;

/** For each scheduled talk, how the runs split between its possible results. */
final class TalksChart {
  /** Best to worst, then "not held"; blue for good, orange for bad, grey for no talks. */
  private static final Map<String, Color> RESULTS = Map.of(
      "breakthrough", new Color(0x2166AC),
      "progress", new Color(0x92C5DE),
      "stalemate", new Color(0xEEEEEE),
      "breakdown", new Color(0xB35806),
      "not-held", new Color(0x8C8C8C));
  private static final List<String> ORDER = List.of("breakthrough", "progress", "stalemate", "breakdown", "not-held");
  /** Segments narrower than this get no label: it would not fit. */
  private static final double LABEL_MIN = 0.05;

  private TalksChart() {}

  static JFreeChart build(Results results, ChartStyle style) {
    Set<String> words = new LinkedHashSet<>(ORDER);
    results.talks().forEach(t -> words.addAll(t.results().keySet()));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> series = new ArrayList<>();
    for (String word : words) {
      if (results.talks().stream().noneMatch(t -> t.results().containsKey(word))) {
        continue;
      }
      series.add(word);
      for (Talk talk : results.talks()) {
        String label = talk.date().isEmpty() ? talk.name() : talk.name() + "\n" + readableDate(talk.date());
        data.addValue(talk.results().getOrDefault(word, 0.0), plain(word), label);
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setBaseOutlinePaint(ChartStyle.MARKER);
    renderer.setMaximumBarWidth(0.2);
    renderer.setBaseLegendShape(ChartStyle.LEGEND_SQUARE);
    NumberFormat pct = NumberFormat.getPercentInstance(Locale.ROOT);
    renderer.setBaseItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", pct) {
      private static final long serialVersionUID = 1L;

      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number v = dataset.getValue(row, column);
        return v == null || v.doubleValue() < LABEL_MIN ? null : super.generateLabel(dataset, row, column);
      }
    });
    renderer.setBaseItemLabelsVisible(true);
    renderer.setBaseItemLabelFont(ChartStyle.LABEL);
    renderer.setBasePositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    for (int i = 0; i < series.size(); i++) {
      Paint paint = RESULTS.getOrDefault(series.get(i), ChartStyle.viridis(0.5 + 0.1 * (i % 5)));
      renderer.setSeriesPaint(i, paint);
      renderer.setSeriesItemLabelPaint(i, ChartStyle.textOn(paint));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Scheduled talk and date"),
        ChartStyle.probabilityAxis("Share of runs", 1.0), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return style.chart("Results of scheduled talks", plot, true);
  }

  /** A result as a reader says it: "not-held" reads "Not held". */
  static String plain(String word) {
    String w = word.replace('-', ' ').replace('_', ' ');
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static String readableDate(String iso) {
    try {
      return LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
