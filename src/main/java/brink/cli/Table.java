package brink.cli;

import brink.results.Summary;
import brink.scenario.Scenario;

import java.io.PrintStream;
import java.util.Locale;

/** The table at the end of a batch: outcome probabilities with 95% intervals, rungs reached and their median day. */
final class Table {
    private Table() {
    }

    static void print(PrintStream o, Summary s, Scenario sc) {
        o.println();
        o.printf("Outcomes of %,d runs%s%n", s.runs(), s.failedRuns() > 0 ? " (" + s.failedRuns() + " failed, not counted)" : "");
        o.printf("  %-30s %8s   %-17s%n", "outcome", "prob.", "95% interval");
        for (Summary.Outcome x : s.outcomes()) {
            o.printf(Locale.ROOT, "  %-30s %8s   [%s, %s]%n", x.name(), BatchSession.pct(x.probability()),
                    BatchSession.pct(x.ci95()[0]).trim(), BatchSession.pct(x.ci95()[1]).trim());
        }
        o.println();
        o.printf("  %-4s %-26s %8s   %-17s %s%n", "rung", "name", "reached", "95% interval", "median day reached");
        for (Summary.RungReached r : s.rungs()) {
            String median = r.medianDay() == null ? "not by half the runs" : "day " + r.medianDay() + " (" + r.medianDate() + ")";
            o.printf(Locale.ROOT, "  %-4d %-26s %8s   [%s, %s]%s%n", r.rung(), r.name(), BatchSession.pct(r.probabilityReached()),
                    BatchSession.pct(r.ci95()[0]).trim(), BatchSession.pct(r.ci95()[1]).trim(),
                    " ".repeat(Math.max(1, 17 - (BatchSession.pct(r.ci95()[0]).trim().length() + BatchSession.pct(r.ci95()[1]).trim().length() + 4))) + median);
        }
        o.println();
    }

    /** For sweeps: each point's values and its outcome probabilities, the pooled table above being over all points. */
    static void printPoints(PrintStream o, Scenario sc, java.util.List<String> paths, java.util.List<java.util.List<String>> points,
                            java.util.List<java.util.List<brink.results.Proportion>> outcomes) {
        o.println("By sweep point (probability of each outcome; 95% intervals in points.csv)");
        StringBuilder h = new StringBuilder("  point");
        int[] widths = new int[paths.size()];
        for (int j = 0; j < paths.size(); j++) {
            String name = paths.get(j).substring(paths.get(j).lastIndexOf('.') + 1);
            widths[j] = Math.max(name.length(), 8);
            h.append("  ").append(String.format(Locale.ROOT, "%" + widths[j] + "s", name));
        }
        for (var oc : sc.outcomes()) h.append("  ").append(oc.id());
        o.println(h);
        for (int i = 0; i < points.size(); i++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %5d", i));
            for (int j = 0; j < paths.size(); j++) b.append("  ").append(String.format(Locale.ROOT, "%" + widths[j] + "s", points.get(i).get(j)));
            for (int k = 0; k < sc.outcomes().size(); k++) {
                b.append("  ").append(String.format(Locale.ROOT, "%" + sc.outcomes().get(k).id().length() + "s",
                        BatchSession.pct(outcomes.get(i).get(k).probability()).trim()));
            }
            o.println(b);
        }
        o.println();
    }
}
