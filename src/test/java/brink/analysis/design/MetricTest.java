package brink.analysis.design;

import brink.TestScenarios;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A share counts a run whose cell holds its value, or any of its {@code |}-separated alternatives, and nothing else. */
class MetricTest {

    @Test
    void shareOfAlternativesCountsEitherValueAndNoOther() {
        Scenario s = TestScenarios.fictional();
        Metric agreement = Metric.parse("share:termination=formal-agreement|semi-formal-agreement", s);
        assertEquals(1, agreement.ofText("formal-agreement"));
        assertEquals(1, agreement.ofText("semi-formal-agreement"));
        assertEquals(0, agreement.ofText("tacit"));
        assertEquals(0, agreement.ofText("formal-agreement|semi-formal-agreement"), "the spec itself is not a cell value");
        assertEquals(0, agreement.ofText(""), "an empty cell is none of them");

        Metric single = Metric.parse("share:termination=formal-agreement", s);
        assertEquals(1, single.ofText("formal-agreement"));
        assertEquals(0, single.ofText("semi-formal-agreement"));

        Metric orEmpty = Metric.parse("share:termination_day=|3", s);
        assertEquals(1, orEmpty.ofEmpty(), "an empty alternative counts empty cells");
        assertEquals(1, orEmpty.ofWhole(3));
        assertEquals(0, orEmpty.ofWhole(30));
    }
}
