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
    assertEquals(0.0, drivers.get(0).bottom(), 1e-12);
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
}
