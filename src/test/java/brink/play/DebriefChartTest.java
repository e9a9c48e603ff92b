package brink.play;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The debrief shows how the model's runs spread over the ladder each day, not a mean rung that hides the severe minority. */
class DebriefChartTest {
    @Test
    void theModelsRunsAreShownRungByRungAndEachDaysSharesAddUp() {
        Game g = PlayTest.game("NOR", 1, 7);
        g.holdToEnd();
        Debrief d = Debrief.of(g, 60, 2);
        JFreeChart chart = DebriefChart.chart(d, d.teams().get(0));
        XYPlot top = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        XYZDataset spread = (XYZDataset) top.getDataset(0);
        int rungs = PlayTest.SCENARIO.ladder().size();
        int cells = spread.getItemCount(0);
        assertEquals(0, cells % rungs);
        for (int day = 0; day < cells / rungs; day++) {
            double total = 0;
            for (int r = 0; r < rungs; r++) {
                int i = day * rungs + r;
                assertEquals(day, spread.getXValue(0, i), 0);
                assertEquals(r, spread.getYValue(0, i), 0);
                assertEquals(d.rungShare(day, r), spread.getZValue(0, i), 0);
                total += spread.getZValue(0, i);
            }
            assertEquals(1.0, total, 1e-9, "day " + day);
        }
        assertTrue(spread.getSeriesKey(0).toString().contains("share of runs on the rung"));
    }
}
