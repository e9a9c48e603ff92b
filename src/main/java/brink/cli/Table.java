package brink.cli;

import brink.results.Proportion;
import brink.results.Summary;
import brink.scenario.Labels;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The tables at the end of a batch: outcome probabilities with 95% intervals (calmest first, as in the chart and the
 * report, the likeliest marked), rungs reached and their median day; for a sweep, each point's outcomes with their
 * intervals and nothing pooled over points.
 */
final class Table {
    private Table() {
    }

    static void print(PrintStream o, Summary s, Scenario sc) {
        o.println();
        if (s.runs() == 0) {
            o.printf("No run finished (%,d failed): no outcome distribution to show.%n%n", s.failedRuns());
            return;
        }
        o.printf("Outcomes of %,d runs, calmest first%s%n", s.runs(), s.failedRuns() > 0 ? " (" + s.failedRuns() + " failed, not counted)" : "");
        o.printf("  %-30s %8s   %-17s%n", "outcome", "prob.", "95% interval");
        List<Summary.Outcome> outcomes = new ArrayList<>(s.outcomes());
        outcomes.sort(Comparator.comparingInt(Summary.Outcome::rung));
        for (Summary.Outcome x : outcomes) {
            String interval = "[" + BatchSession.pct(x.ci95()[0]).trim() + ", " + BatchSession.pct(x.ci95()[1]).trim() + "]";
            o.printf(Locale.ROOT, "  %-30s %8s   %-17s%s%n", x.name(), BatchSession.pct(x.probability()), interval,
                    x.id().equals(s.mainOutcome()) ? "  <- likeliest" : "");
        }
        o.println();
        o.printf("  %-4s %-26s %8s   %-17s %s%n", "rung", "name", "reached", "95% interval", "median day reached");
        for (Summary.RungReached r : s.rungs()) {
            String median = r.medianDay() == null ? "not by half the runs" : "day " + r.medianDay() + " (" + r.medianDate() + ")";
            String interval = "[" + BatchSession.pct(r.ci95()[0]).trim() + ", " + BatchSession.pct(r.ci95()[1]).trim() + "]";
            o.printf(Locale.ROOT, "  %-4d %-26s %8s   %-17s %s%n", r.rung(), r.name(), BatchSession.pct(r.probabilityReached()), interval, median);
        }
        o.println();
    }

    /** For sweeps: each point's values and each outcome's probability with its 95% interval, calmest outcome first. */
    static void printPoints(PrintStream o, Scenario sc, List<String> paths, List<List<String>> points, List<List<Proportion>> outcomes) {
        o.println();
        o.println("Outcomes at each sweep point: probability (95% interval), calmest outcome first");
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < sc.outcomes().size(); k++) order.add(k);
        order.sort(Comparator.comparingInt(k -> sc.outcomes().get(k).rung()));
        StringBuilder h = new StringBuilder("  point");
        int[] widths = new int[paths.size()];
        for (int j = 0; j < paths.size(); j++) {
            String name = Labels.of(sc, paths.get(j));
            widths[j] = name.length();
            for (List<String> p : points) widths[j] = Math.max(widths[j], p.get(j).length());
            h.append("  ").append(String.format(Locale.ROOT, "%-" + widths[j] + "s", name));
        }
        int cell = 17;
        for (int k : order) {
            OutcomeSpec oc = sc.outcomes().get(k);
            String name = oc.name().length() > cell ? oc.name().substring(0, cell - 1) + "…" : oc.name();
            h.append("  ").append(String.format(Locale.ROOT, "%-" + cell + "s", name));
        }
        o.println(h.toString().stripTrailing());
        for (int i = 0; i < points.size(); i++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %5d", i));
            for (int j = 0; j < paths.size(); j++) b.append("  ").append(String.format(Locale.ROOT, "%-" + widths[j] + "s", points.get(i).get(j)));
            for (int k : order) {
                Proportion p = outcomes.get(i).get(k);
                String v = Double.isNaN(p.probability()) ? "-" : String.format(Locale.ROOT, "%.1f%% (%.1f–%.1f)", 100 * p.probability(),
                        100 * p.low(), 100 * p.high());
                b.append("  ").append(String.format(Locale.ROOT, "%-" + cell + "s", v));
            }
            o.println(b.toString().stripTrailing());
        }
        o.println();
    }
}
