package brink.chart;

import org.jfree.chart.JFreeChart;

/** A chart with its file name (without extension) and a one-line reading guide for the report. */
record Figure(String name, String caption, JFreeChart chart) {
  String title() {
    return chart.getTitle() == null ? name : chart.getTitle().getText();
  }
}
