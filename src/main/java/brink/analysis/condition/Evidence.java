package brink.analysis.condition;

import brink.model.RunView;
import brink.scenario.Observation;
import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dated observations, grouped by the day they refer to, and whether a run agrees with them: read through the run's
 * {@link RunView} once that day has been played (a run that ended earlier is judged by its final state, which it
 * keeps). All dates are inclusive, as in docs/SCENARIOS.md.
 */
public final class Evidence {
    private final TreeMap<Integer, List<Observation>> byDay = new TreeMap<>();
    private final Scenario scenario;

    public Evidence(Scenario scenario, List<Observation> observations) {
        this.scenario = scenario;
        for (Observation o : observations) byDay.computeIfAbsent(scenario.day(o.date()), d -> new ArrayList<>()).add(o);
    }

    public boolean isEmpty() {
        return byDay.isEmpty();
    }

    /** The days that carry observations, in order. */
    public List<Integer> days() {
        return List.copyOf(byDay.keySet());
    }

    public List<Observation> on(int day) {
        return byDay.getOrDefault(day, List.of());
    }

    public Map<Integer, List<Observation>> byDay() {
        return byDay;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Does the run, seen after the observation's day, agree with every observation of that day? */
    public boolean agrees(int day, RunView v) {
        for (Observation o : on(day)) if (!agrees(o, v)) return false;
        return true;
    }

    /** Does the run agree with the observation? Read after its day has been played (or after the run ended). */
    public static boolean agrees(Observation o, RunView v) {
        return switch (o.kind()) {
            case FORCES -> within(v.forces(o.state()), o.min(), o.max());
            case TALK -> v.talkResult(o.event()).equals(o.result());
            case NO_FORCE -> (o.state() == null ? v.firstForceDay() : v.firstForceDay(o.state())) < 0;
            case FORCE -> (o.state() == null ? v.firstForceDay() : v.firstForceDay(o.state())) >= 0;
            case RUNG -> within(v.rung(), o.min(), o.max());
            case SANCTIONS -> (v.imposedTier(o.alliance()) >= o.tier()) == o.imposed();
        };
    }

    private static boolean within(double x, Double min, Double max) {
        return (min == null || x >= min) && (max == null || x <= max);
    }

    /** One line saying what was observed. */
    public static String describe(Observation o) {
        String who = o.state() == null ? "anyone" : o.state();
        String what = switch (o.kind()) {
            case FORCES -> o.state() + "'s forces " + range(o.min(), o.max()) + " thousand";
            case TALK -> o.event() + ": " + o.result();
            case NO_FORCE -> "no use of force by " + who;
            case FORCE -> "force used by " + who;
            case RUNG -> "rung " + range(o.min(), o.max());
            case SANCTIONS -> o.alliance() + " sanctions tier " + o.tier() + (Boolean.TRUE.equals(o.imposed()) ? " in force" : " not in force");
        };
        return o.date() + " " + what;
    }

    private static String range(Double min, Double max) {
        if (min != null && max != null) return String.format(Locale.ROOT, "%s to %s", num(min), num(max));
        return min != null ? "at least " + num(min) : "at most " + num(max);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
