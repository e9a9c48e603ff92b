package brink.cli;

import brink.analysis.paired.PairedOutcomes;
import brink.results.Proportion;
import brink.results.ProportionDifference;
import brink.results.Summary;
import brink.scenario.Labels;
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
        int cell = 17;
        Columns c = new Columns(sc, paths, points);
        StringBuilder h = c.header();
        for (int k : c.order) h.append("  ").append(String.format(Locale.ROOT, "%-" + cell + "s", c.outcomeName(k, cell)));
        o.println(h.toString().stripTrailing());
        for (int i = 0; i < points.size(); i++) {
            StringBuilder b = c.row(i);
            for (int k : c.order) {
                Proportion p = outcomes.get(i).get(k);
                String v = Double.isNaN(p.probability()) ? "-" : String.format(Locale.ROOT, "%.1f%% (%.1f–%.1f)", 100 * p.probability(),
                        100 * p.low(), 100 * p.high());
                b.append("  ").append(String.format(Locale.ROOT, "%-" + cell + "s", v));
            }
            o.println(b.toString().stripTrailing());
        }
        o.println();
    }

    /** For sweeps: each point's change from the baseline point, by the swept values, calmest outcome first. */
    static void printChanges(PrintStream o, Scenario sc, List<String> paths, List<List<String>> points, PairedOutcomes changes) {
        Columns c = new Columns(sc, paths, points);
        int base = changes.baseline();
        List<String> at = new ArrayList<>();
        for (int j = 0; j < paths.size(); j++) at.add(Labels.of(sc, paths.get(j)) + " = " + points.get(base).get(j));
        o.printf(Locale.ROOT, "Change from point %d (%s) in percentage points (%s; * = the 95%% interval excludes 0; intervals in paired.csv)%n", base,
                String.join(", ", at), changes.paired() ? "paired run by run: common random numbers, Newcombe's interval for paired data"
                        : "independent seeds: Newcombe's interval for independent batches");
        int cell = 12;
        StringBuilder h = c.header();
        for (int k : c.order) h.append("  ").append(String.format(Locale.ROOT, "%" + cell + "s", c.outcomeName(k, cell)));
        o.println(h.toString().stripTrailing());
        for (int i = 0; i < points.size(); i++) {
            if (i == base) continue;
            StringBuilder b = c.row(i);
            for (int k : c.order) {
                ProportionDifference d = changes.difference(i, k);
                String v = Double.isNaN(d.difference()) ? "-" : String.format(Locale.ROOT, "%+.1f%s", 100 * d.difference(), d.significant() ? "*" : " ");
                b.append("  ").append(String.format(Locale.ROOT, "%" + cell + "s", v));
            }
            o.println(b.toString().stripTrailing());
        }
        o.println();
    }

    /** The first columns of a sweep's tables: the point and its swept values under their plain names; outcomes calmest first. */
    private static final class Columns {
        final Scenario sc;
        final List<List<String>> points;
        final int[] widths;
        final List<String> names = new ArrayList<>();
        final List<Integer> order = new ArrayList<>();

        Columns(Scenario sc, List<String> paths, List<List<String>> points) {
            this.sc = sc;
            this.points = points;
            widths = new int[paths.size()];
            for (int j = 0; j < paths.size(); j++) {
                String name = Labels.of(sc, paths.get(j));
                names.add(name);
                widths[j] = name.length();
                for (List<String> p : points) widths[j] = Math.max(widths[j], p.get(j).length());
            }
            for (int k = 0; k < sc.outcomes().size(); k++) order.add(k);
            order.sort(Comparator.comparingInt(k -> sc.outcomes().get(k).rung()));
        }

        StringBuilder header() {
            StringBuilder h = new StringBuilder("  point");
            for (int j = 0; j < widths.length; j++) h.append("  ").append(String.format(Locale.ROOT, "%-" + widths[j] + "s", names.get(j)));
            return h;
        }

        StringBuilder row(int i) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %5d", i));
            for (int j = 0; j < widths.length; j++) b.append("  ").append(String.format(Locale.ROOT, "%-" + widths[j] + "s", points.get(i).get(j)));
            return b;
        }

        String outcomeName(int k, int width) {
            String name = sc.outcomes().get(k).name();
            return name.length() > width ? name.substring(0, width - 1) + "…" : name;
        }
    }
}
