package brink.analysis.design;

import brink.montecarlo.Replication;
import brink.results.Cells;
import brink.results.Column;
import brink.results.Columns;
import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Metrics bound to a scenario's runs.csv columns: a run's value of each, read from the typed cells of its row as
 * {@link Columns#write} makes them (no CSV line is made or parsed), so the values are those its runs.csv line would give.
 */
public final class RunMetrics {
    private final Scenario scenario;
    private final Columns columns;
    private final List<Metric> metrics;
    /** Per column of the row, the metrics that read it (most columns: none). */
    private final int[][] readers;

    private RunMetrics(Scenario scenario, Columns columns, List<Metric> metrics, int[][] readers) {
        this.scenario = scenario;
        this.columns = columns;
        this.metrics = List.copyOf(metrics);
        this.readers = readers;
    }

    /** Binds the metrics to the scenario's columns; an IllegalArgumentException names a metric the runs cannot give. */
    public static RunMetrics bind(Scenario s, List<Metric> metrics) {
        Columns c = new Columns(s, List.of());
        List<Column> cols = c.columns();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cols.size(); i++) index.putIfAbsent(cols.get(i).name(), i);
        List<List<Integer>> by = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) by.add(new ArrayList<>());
        for (int j = 0; j < metrics.size(); j++) {
            Metric m = metrics.get(j);
            Integer i = index.get(m.column());
            if (i == null) throw new IllegalArgumentException("output '" + m.spec() + "': runs.csv of " + s.id() + " has no column '" + m.column()
                    + "'; its columns: " + String.join(", ", c.header()));
            if (m.kind() != Metric.Kind.SHARE && cols.get(i).type() == Column.Type.TEXT) {
                throw new IllegalArgumentException("output '" + m.spec() + "': column '" + m.column() + "' of runs.csv holds text, not numbers; "
                        + "use share:" + m.column() + "=VALUE for the share of runs with a value");
            }
            by.get(i).add(j);
        }
        int[][] readers = new int[cols.size()][];
        for (int i = 0; i < readers.length; i++) readers[i] = by.get(i).stream().mapToInt(Integer::intValue).toArray();
        return new RunMetrics(s, c, metrics, readers);
    }

    public Scenario scenario() {
        return scenario;
    }

    /**
     * A run's value of each metric (a median day: the day, or the horizon when never reached), or null when the run
     * failed, a non-finite result included: a failed run counts for no metric.
     */
    public double[] of(Replication r) {
        r = columns.checked(r);
        if (r.failed()) return null;
        double[] out = new double[metrics.size()];
        int horizon = scenario.horizonDays();
        columns.write(r, List.of(), new Cells() {
            private int i;

            @Override
            public void whole(Column c, long v) {
                for (int j : readers[i++]) out[j] = metrics.get(j).ofWhole(v);
            }

            @Override
            public void real(Column c, double v) {
                for (int j : readers[i++]) out[j] = metrics.get(j).ofReal(c, v);
            }

            @Override
            public void text(Column c, String v) {
                for (int j : readers[i++]) out[j] = metrics.get(j).ofText(v);
            }

            @Override
            public void empty(Column c) {
                for (int j : readers[i++]) out[j] = metrics.get(j).ofEmpty();
            }
        });
        for (int j = 0; j < out.length; j++) {
            if (metrics.get(j).kind() == Metric.Kind.MEDIAN_DAY && (out[j] < 0 || out[j] > horizon)) out[j] = horizon;
        }
        return out;
    }
}
