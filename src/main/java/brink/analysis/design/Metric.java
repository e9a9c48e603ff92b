package brink.analysis.design;

import brink.results.Column;
import brink.results.Csv;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A model output that an analysis reads from a point's runs, by a short spec:
 * <ul>
 * <li>{@code p:OUTCOME} — the probability of an outcome class (its share of runs);</li>
 * <li>{@code reached:RUNG} — the probability that the crisis reaches a rung (by index) within the horizon;</li>
 * <li>{@code median-day:RUNG} — the median day it is reached, counting runs that never reach it as reaching it at the
 *     horizon (so the median is the horizon when fewer than half reach it);</li>
 * <li>{@code mean:COLUMN} — the mean of a numeric column of runs.csv over the runs where it is not empty;</li>
 * <li>{@code share:COLUMN=VALUE} — the share of runs whose column holds VALUE (severity=full-scale-war, say); VALUE may
 *     list alternatives separated by {@code |}, counting a run that holds any of them
 *     (termination=formal-agreement|semi-formal-agreement: ICB's "an agreement").</li>
 * </ul>
 * All are read from the typed cells of a run's runs.csv row, as the file holds them (numbers rounded to their column's
 * decimals), so a metric means the same whether runs are simulated here, on a cluster, or read from a results folder.
 */
public record Metric(String spec, Kind kind, String column, String value) {

    public enum Kind { SHARE, MEAN, MEDIAN_DAY }

    public static final String HELP = "p:OUTCOME, reached:RUNG, median-day:RUNG, mean:COLUMN or share:COLUMN=VALUE";

    /** Parses a spec; an IllegalArgumentException names what is wrong and what is expected. */
    public static Metric parse(String spec, Scenario s) {
        int colon = spec.indexOf(':');
        if (colon <= 0) throw new IllegalArgumentException("output '" + spec + "': expected " + HELP);
        String kind = spec.substring(0, colon), arg = spec.substring(colon + 1);
        switch (kind) {
            case "p" -> {
                List<String> ids = s.outcomes().stream().map(OutcomeSpec::id).toList();
                if (!ids.contains(arg)) throw new IllegalArgumentException("output '" + spec + "': '" + arg + "' is not an outcome class of " + s.id() + "; expected one of " + ids);
                return new Metric(spec, Kind.SHARE, "outcome", arg);
            }
            case "reached", "median-day" -> {
                int r;
                try {
                    r = Integer.parseInt(arg);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("output '" + spec + "': RUNG must be a rung's index, 0 to " + (s.ladder().size() - 1));
                }
                if (r < 0 || r >= s.ladder().size()) throw new IllegalArgumentException("output '" + spec + "': rung " + r + " is not on the ladder: 0 to " + (s.ladder().size() - 1));
                return new Metric(spec, kind.equals("reached") ? Kind.SHARE : Kind.MEDIAN_DAY, "day_rung_" + r, null);
            }
            case "mean" -> {
                return new Metric(spec, Kind.MEAN, arg, null);
            }
            case "share" -> {
                int eq = arg.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("output '" + spec + "': expected share:COLUMN=VALUE, e.g. share:severity=full-scale-war");
                return new Metric(spec, Kind.SHARE, arg.substring(0, eq), arg.substring(eq + 1));
            }
            default -> throw new IllegalArgumentException("output '" + spec + "': unknown kind '" + kind + "'; expected " + HELP);
        }
    }

    /** The default outputs: the probability of every outcome class. */
    public static List<Metric> outcomes(Scenario s) {
        List<Metric> out = new ArrayList<>();
        for (OutcomeSpec o : s.outcomes()) out.add(parse("p:" + o.id(), s));
        return out;
    }

    /** A run's contribution from a whole-number cell: 0/1 for shares, the number for means, the day for median days. */
    public double ofWhole(long v) {
        return switch (kind) {
            case SHARE -> matches(Long.toString(v)) ? 1 : 0;
            case MEAN, MEDIAN_DAY -> v;
        };
    }

    /** From a real cell, as runs.csv holds it (rounded to the column's decimals, compared by its text). */
    public double ofReal(Column c, double v) {
        return switch (kind) {
            case SHARE -> matches(Csv.text(c, v)) ? 1 : 0;
            case MEAN, MEDIAN_DAY -> Csv.asWritten(c, v);
        };
    }

    /** From a text cell (a share only: a text column has no mean). */
    public double ofText(String v) {
        if (v == null || v.isEmpty()) return ofEmpty();
        if (kind != Kind.SHARE) throw new IllegalStateException("output '" + spec + "' reads text from column " + column);
        return matches(v) ? 1 : 0;
    }

    /** From an empty cell: a share counts it as the text "" (0 for reached:RUNG); a mean skips it (NaN); a median day has "never" (-1). */
    public double ofEmpty() {
        return switch (kind) {
            case SHARE -> value != null && matches("") ? 1 : 0;
            case MEAN -> Double.NaN;
            case MEDIAN_DAY -> -1;
        };
    }

    /** Does a cell's text count for this share: any value, the value, or one of its {@code |}-separated alternatives? */
    private boolean matches(String text) {
        if (value == null) return true;
        if (value.indexOf('|') < 0) return value.equals(text);
        for (String alternative : value.split("\\|", -1)) if (alternative.equals(text)) return true;
        return false;
    }
}
