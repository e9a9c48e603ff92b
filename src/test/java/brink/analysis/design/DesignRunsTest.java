package brink.analysis.design;

import brink.TestScenarios;
import brink.analysis.RunsTable;
import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.montecarlo.Seeds;
import brink.results.Column;
import brink.results.Columns;
import brink.scenario.Scenario;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A design's runs summarised the same wherever they run: tallies merge exactly in any grouping and order, slices of the
 * items joined give the threads' summaries bit for bit, and a run's metrics read from its typed cells are those its
 * runs.csv line gives.
 */
class DesignRunsTest {

    static void same(Tally.Summary a, Tally.Summary b, String what) {
        assertArrayEquals(a.value(), b.value(), what + " values");
        assertArrayEquals(a.spread(), b.spread(), what + " spreads");
        assertArrayEquals(a.count(), b.count(), what + " counts");
    }

    @Test
    void tallyMergesExactlyInAnyGroupingAndOrder() {
        Random r = new Random(11);
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            // values whose floating-point sum depends on the order: huge and tiny magnitudes, and NaN (not counted)
            double big = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextInt(18));
            runs.add(new double[]{big + r.nextDouble(), r.nextInt(3) == 0 ? Double.NaN : 0.1 * r.nextInt(10), r.nextInt(40)});
        }
        boolean[] median = {false, false, true};
        Tally one = new Tally(median);
        runs.forEach(one::add);
        Tally.Summary expected = one.summary();
        for (int trial = 0; trial < 5; trial++) {
            List<Tally> parts = new ArrayList<>();
            Tally part = new Tally(median);
            for (double[] v : runs) {
                part.add(v);
                if (r.nextInt(37) == 0) {
                    parts.add(part);
                    part = new Tally(median);
                }
            }
            parts.add(part);
            Collections.shuffle(parts, r);
            Tally merged = new Tally(median);
            parts.forEach(merged::merge);
            same(expected, merged.summary(), "merged in " + parts.size() + " parts");
        }
        // the order matters to plain double sums of these values: exactness is what makes the merge safe
        double forward = 0, backward = 0;
        for (double[] v : runs) forward += v[0];
        for (int i = runs.size() - 1; i >= 0; i--) backward += runs.get(i)[0];
        assertNotEquals(forward, backward);

        // and the numbers are the mean, variance and median they should be
        SummaryStatistics s1 = new SummaryStatistics(), s2 = new SummaryStatistics();
        for (double[] v : runs) {
            s1.addValue(v[0]);
            if (!Double.isNaN(v[1])) s2.addValue(v[1]);
        }
        assertEquals(s2.getN(), expected.count()[1]);
        assertEquals(s2.getMean(), expected.value()[1], 1e-12);
        assertEquals(s2.getVariance(), expected.spread()[1], 1e-12);
        assertEquals(s1.getMean(), expected.value()[0], 1e-6 * Math.abs(s1.getMean()) + 1e-3);
    }

    @Test
    void medianDayIsTheFirstDayByWhichHalfTheRunsHadReachedIt() {
        Tally t = new Tally(new boolean[]{true});
        for (double d : new double[]{3, 1, 4, 1, 5}) t.add(new double[]{d});
        assertEquals(3, t.summary().value()[0]);
        t.add(new double[]{1});
        assertEquals(1, t.summary().value()[0], "three of six by day 1");
        assertTrue(Double.isNaN(new Tally(new boolean[]{true}).summary().value()[0]), "no run: no median");
    }

    /** Three points of the fictional scenario, outputs of every kind. */
    static DesignRuns fictionalDesign(long runs) {
        Scenario base = TestScenarios.fictional();
        List<Metric> metrics = List.of(Metric.parse("p:" + base.outcomes().get(1).id(), base), Metric.parse("reached:3", base),
                Metric.parse("median-day:3", base), Metric.parse("mean:forces_NOR", base), Metric.parse("share:severity=none", base),
                Metric.parse("mean:first_force_day", base));
        double[] resolve = {0.3, 0.6, 0.9};
        return ModelEvaluator.runs(resolve.length, p -> TestScenarios.fictional("states.NOR.resolve=" + resolve[p]), metrics, runs, 5);
    }

    @Test
    void slicesOfTheItemsJoinToWhatTheThreadsGive() {
        long runs = 9;
        Tally.Summary[] threads;
        try (Batch batch = new Batch(2)) {
            threads = DesignRuns.onThreads(fictionalDesign(runs), batch, d -> { });
        }
        DesignRuns job = fictionalDesign(runs);
        // cuts that split every point, one that runs a point whole, one of a single item
        long[] cuts = {0, 4, 5, 9, 18, 22, 27};
        List<DesignRuns.Slice> slices = new ArrayList<>();
        for (int i = 1; i < cuts.length; i++) slices.add(DesignRuns.slice(job, cuts[i - 1], cuts[i]));
        assertEquals(List.of(1), List.copyOf(slices.get(3).whole().keySet()), "items 9..17 are point 1, whole");
        assertEquals(List.of(0), List.copyOf(slices.get(1).shared().keySet()), "item 4 is a part of point 0");
        Collections.reverse(slices);
        Tally.Summary[] joined = DesignRuns.join(3, slices);
        for (int p = 0; p < 3; p++) same(threads[p], joined[p], "point " + p);
        assertTrue(threads[0].count()[0] == runs, "every run counted for p:");
    }

    /** The old way: a metric's value from the text of the run's runs.csv line. */
    static double fromText(Metric m, String cell, int horizon) {
        return switch (m.kind()) {
            case SHARE -> m.value() == null ? (cell.isEmpty() ? 0 : 1) : (cell.equals(m.value()) ? 1 : 0);
            case MEAN -> cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            case MEDIAN_DAY -> {
                int d = cell.isEmpty() ? -1 : Integer.parseInt(cell);
                yield d < 0 || d > horizon ? horizon : d;
            }
        };
    }

    @Test
    void metricsReadFromTypedCellsAreThoseOfTheRunsCsvLine() {
        Scenario s = TestScenarios.fictional();
        Columns columns = new Columns(s, List.of());
        List<Replication> reps = new ArrayList<>();
        for (int k = 0; k < 40; k++) reps.add(columns.checked(Replication.of(s, 0, k, Seeds.run(3, k))));
        // every column: a share of the first run's text in it, the share of runs with it non-empty, and numbers' means
        List<Metric> metrics = new ArrayList<>();
        List<String> first = RunsTable.split(columns.csv(reps.get(0), List.of()));
        for (int c = 0; c < columns.columns().size(); c++) {
            Column col = columns.columns().get(c);
            metrics.add(new Metric("share:" + col.name() + "=" + first.get(c), Metric.Kind.SHARE, col.name(), first.get(c)));
            metrics.add(new Metric("nonempty:" + col.name(), Metric.Kind.SHARE, col.name(), null));
            if (col.type() != Column.Type.TEXT) metrics.add(new Metric("mean:" + col.name(), Metric.Kind.MEAN, col.name(), null));
            if (col.name().startsWith("day_rung_")) metrics.add(new Metric("median-day:" + col.name(), Metric.Kind.MEDIAN_DAY, col.name(), null));
        }
        RunMetrics bound = RunMetrics.bind(s, metrics);
        int fixed = 0;
        for (Replication r : reps) {
            double[] typed = bound.of(r);
            List<String> cells = RunsTable.split(columns.csv(r, List.of()));
            for (int j = 0; j < metrics.size(); j++) {
                Metric m = metrics.get(j);
                String cell = cells.get(columns.header().indexOf(m.column()));
                assertEquals(fromText(m, cell, s.horizonDays()), typed[j], 0.0, m.spec() + " of run " + r.run() + " (cell '" + cell + "')");
            }
        }
        for (Column c : columns.columns()) if (c.type() == Column.Type.REAL && c.decimals() >= 0) fixed++;
        assertTrue(fixed > 0, "the scenario has fixed-decimal columns, whose values are read rounded as written");
        assertNull(bound.of(reps.get(0).failedWith("boom")), "a failed run gives no values");
    }

    @Test
    void aMeanOfATextColumnIsRefusedByName() {
        Scenario s = TestScenarios.fictional();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RunMetrics.bind(s, List.of(Metric.parse("mean:outcome", s))));
        assertTrue(e.getMessage().contains("'outcome'") && e.getMessage().contains("share:outcome=VALUE"), e.getMessage());
    }
}
