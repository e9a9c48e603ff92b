package brink.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.chart.DriversChart.Driver;
import brink.chart.Results.SurvivalPoint;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartPartsTest {
  @TempDir
  Path tmp;

  @Test
  void survivalGivenOnlyWhereItChangesIsDrawnAsStepsToTheHorizon() {
    List<SurvivalPoint> points = List.of(new SurvivalPoint(2, 0.1, 0.05, 0.2), new SurvivalPoint(5, 0.3, 0.2, 0.4));

    YIntervalSeries s = TimeToEscalationChart.steps("k", points, 10, new Timeline(null));

    double[][] expected = {{0, 0}, {2, 0}, {2, 0.1}, {5, 0.1}, {5, 0.3}, {10, 0.3}};
    assertEquals(expected.length, s.getItemCount());
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], new double[] {s.getX(i).doubleValue(), s.getYValue(i)}, 1e-12, "item " + i);
    }
    assertEquals(0.4, s.getYHighValue(5), 1e-12);
  }

  @Test
  void driversRankTheParameterThatDecidesTheOutcomeFirst() throws Exception {
    Results results = ResultsReader.read(ChartFixtures.batch(tmp, 40, 30), "full-scale-invasion");

    List<Driver> drivers = DriversChart.drivers(results);

    assertEquals(2, drivers.size());
    assertEquals("states.RUS.resolve", drivers.get(0).parameter());
    assertTrue(drivers.get(0).effect() > 0.3, "high resolve makes invasion likelier: " + drivers.get(0));
    assertEquals(0.0, drivers.get(0).bottom().probability(), 1e-12);
    assertTrue(drivers.get(0).clear(), "a decisive parameter's interval excludes zero: " + drivers.get(0).difference());
    assertTrue(Math.abs(drivers.get(0).effect()) >= Math.abs(drivers.get(1).effect()));
  }

  @Test
  void failedRunsAreLeftOut() throws Exception {
    Results results = ResultsReader.read(ChartFixtures.batch(tmp, 20, 30));

    assertEquals(19, results.completedRuns().size());
  }

  @Test
  void csvHandlesQuotesAndReportsRaggedRows() {
    CsvTable t = CsvTable.parse("x.csv", "a,b\r\n1,\"say \"\"hi\"\", twice\"\n\n2,\n");
    assertEquals(2, t.size());
    assertEquals("say \"hi\", twice", t.text(0, 1));
    assertEquals("", t.text(1, 1));

    ChartException e = assertThrows(ChartException.class, () -> CsvTable.parse("x.csv", "a,b\n1,2\n3\n"));
    assertEquals("x.csv line 3: expected 2 cells as in the header, found 1", e.getMessage());
  }

  @Test
  void rungPaletteRunsFromLightToDarkSoGreyScaleKeepsTheOrder() throws Exception {
    ChartStyle style = new ChartStyle(ResultsReader.read(ChartFixtures.batch(tmp, 20, 30)));
    double previous = Double.MAX_VALUE;
    for (int k = 0; k < 10; k++) {
      Color c = style.rung(k);
      double grey = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
      assertTrue(grey < previous, "rung " + k + " darker than rung " + (k - 1));
      previous = grey;
    }
  }

  @Test
  void neighbouringRungsAreToldApartInColour() throws Exception {
    // viridis gave three middle rungs near-identical greens (rungs 3 and 4 at a distance of 37): neighbours must differ clearly
    ChartStyle style = new ChartStyle(ResultsReader.read(ChartFixtures.batch(tmp, 20, 30)));
    for (int k = 1; k < 10; k++) {
      Color a = style.rung(k - 1), b = style.rung(k);
      double distance = Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
          + Math.pow(a.getBlue() - b.getBlue(), 2));
      assertTrue(distance > 40, "rungs " + (k - 1) + " and " + k + " too alike: " + a + " " + b);
    }
  }

  @Test
  void timeToEscalationShowsEveryRungAboveTheStartAndNamesThoseNeverReached() throws Exception {
    Results results = ResultsReader.read(ChartFixtures.batch(tmp, 40, 30));
    // the fixture's runs all stand on rung 2 on day 0 and climb from there
    assertEquals(2, results.startRung());
    JFreeChart chart = TimeToEscalationChart.build(results, new ChartStyle(results), new Timeline(ChartFixtures.START));
    XYPlot plot = chart.getXYPlot();
    List<String> shown = new java.util.ArrayList<>();
    for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) shown.add(plot.getDataset().getSeriesKey(i).toString());
    List<String> expected = results.rungs().stream().filter(r -> r.rung() > 2 && r.probabilityReached() > 0)
        .map(r -> "Rung " + r.rung() + ": " + r.name()).toList();
    assertEquals(expected, shown);
    // the axis ends just above the highest band, not at 100% for a curve that stays low
    double max = results.rungs().stream().filter(r -> r.rung() > 2).flatMap(r -> r.survival().stream())
        .mapToDouble(SurvivalPoint::high).max().orElse(0);
    assertEquals(ChartStyle.probabilityCeiling(max), plot.getRangeAxis().getUpperBound(), 1e-12);
    String notes = text(chart);
    for (Results.Rung r : results.rungs()) {
      if (r.rung() > 2 && r.probabilityReached() == 0) assertTrue(notes.contains("rung " + r.rung() + " (" + r.name() + ")"), notes);
    }
  }

  @Test
  void probabilityAxesAndTalkLegendsReadAsAReaderWrites() throws Exception {
    Results results = ResultsReader.read(ChartFixtures.batch(tmp, 40, 30));
    ChartStyle style = new ChartStyle(results);
    org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) OutcomeChart.build(results, style).getCategoryPlot().getRangeAxis();
    assertEquals("40%", axis.getTickUnit().valueToString(0.4), "percent, like the labels on the bars");
    JFreeChart talks = TalksChart.build(results, style);
    List<String> legend = new java.util.ArrayList<>();
    for (int i = 0; i < talks.getCategoryPlot().getDataset().getRowCount(); i++) legend.add(talks.getCategoryPlot().getDataset().getRowKey(i).toString());
    assertTrue(legend.contains("Not held") && !legend.contains("not-held"), legend.toString());
  }

  @Test
  void everyChartsSubtitleNamesTheVariant() throws Exception {
    Results results = ResultsReader.read(ChartFixtures.batch(tmp, 20, 30));
    for (Figure f : ChartBook.figures(results, new ChartStyle(results))) {
      String sub = ((org.jfree.chart.title.TextTitle) f.chart().getSubtitle(0)).getText();
      assertTrue(sub.contains("--set parameters.rationality=2") && sub.contains("seed 42") && sub.contains("19 runs") && sub.contains("30 days"),
          f.name() + ": " + sub);
    }
  }

  @Test
  void driversHaveIntervalsPlainNamesAndTheOutcomeAsked() throws Exception {
    Path dir = ChartFixtures.batch(tmp, 60, 30);
    com.fasterxml.jackson.databind.node.ObjectNode m = (com.fasterxml.jackson.databind.node.ObjectNode) ChartFixtures.JSON.readTree(dir.resolve("manifest.json").toFile());
    m.putObject("parameterLabels").put("states.RUS.resolve", "Russia: resolve");
    ChartFixtures.JSON.writeValue(dir.resolve("manifest.json").toFile(), m);
    Results results = ResultsReader.read(dir, "limited-incursion");
    assertEquals("limited-incursion", results.driverOutcome().id());
    JFreeChart chart = DriversChart.build(results, new ChartStyle(results)).orElseThrow();
    assertTrue(chart.getTitle().getText().endsWith("Limited incursion"), chart.getTitle().getText());
    var keys = chart.getCategoryPlot().getDataset().getColumnKeys();
    assertTrue(keys.contains("Russia: resolve"), keys.toString());
    for (Driver d : DriversChart.drivers(results)) {
      assertTrue(d.difference().low() <= d.effect() && d.effect() <= d.difference().high(), d.toString());
    }
    assertThrows(ChartException.class, () -> ResultsReader.read(dir, "no-such-outcome"));
    // by default the likeliest outcome; when another is as likely, the chart says so instead of flipping silently
    Results byDefault = ResultsReader.read(dir);
    assertEquals(Results.likeliest(byDefault.outcomes()), byDefault.driverOutcome());
    boolean tie = byDefault.outcomes().stream().anyMatch(o -> o != byDefault.mainOutcome() && o.high() >= byDefault.mainOutcome().low());
    String notes = text(DriversChart.build(byDefault, new ChartStyle(byDefault)).orElseThrow());
    assertEquals(tie, notes.contains("about as likely"), notes);
  }

  @Test
  void sweepDriversIncludeTheSweptParameters() throws Exception {
    Results results = ResultsReader.read(ChartFixtures.sweep(tmp, 20, 30));
    List<String> names = DriversChart.drivers(results).stream().map(Driver::parameter).toList();
    assertTrue(names.contains("states.RUS.resolve") && names.contains("parameters.rationality"), names.toString());
  }

  @Test
  void modelV2PartsAreChartedWhenPresentAndOptionalOtherwise() throws Exception {
    Results before = ResultsReader.read(ChartFixtures.batch(tmp.resolve("a"), 20, 30));
    assertTrue(!before.v2().any());
    assertTrue(ChartBook.figures(before, new ChartStyle(before)).stream().noneMatch(f -> f.name().equals("severity")));
    Results after = ResultsReader.read(ChartFixtures.withModelV2(ChartFixtures.batch(tmp.resolve("b"), 20, 30)));
    assertTrue(after.v2().any());
    List<String> names = ChartBook.figures(after, new ChartStyle(after)).stream().map(Figure::name).toList();
    assertTrue(names.containsAll(List.of("severity", "termination", "first-force-hazard")), names.toString());
    assertTrue(names.indexOf("severity") < names.indexOf("time-to-escalation"), "the answer before the timing: " + names);
    assertEquals("Full-scale war", ModelV2Charts.plain("full-scale-war"));
    assertEquals("Serious clashes", ModelV2Charts.plain("serious-clashes"));
    // summary.json counts the runs still open at the horizon (12 of the batch's 19 finished runs); the report gives their share
    assertEquals(12.0 / 19, after.v2().duration().censored(), 1e-9);
  }

  private static String text(JFreeChart chart) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) b.append(t.getText()).append('\n');
    }
    return b.toString();
  }
}
