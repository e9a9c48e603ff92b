package brink.results;

import brink.scenario.Source;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * summary.json: the outcome distribution with intervals, rungs reached and when, the talks' results, and how the crises
 * ended in the codes of crisis data (severity, termination, each principal's result, duration, the hazard of a first use
 * of force by window, the major moves' diagnostic).
 * When no run finished there is no estimate: probabilities and intervals are left out (null), never written as NaN.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(
        ScenarioInfo scenario,
        long runs,
        long failedRuns,
        String mainOutcome,
        List<Integer> keyRungs,
        List<Outcome> outcomes,
        List<RungReached> rungs,
        List<Talk> talks,
        List<Event> events,
        List<Share> severity,
        List<Share> termination,
        Map<String, List<Share>> results,
        Duration duration,
        List<HazardWindow> firstForceHazard,
        MajorMoves majorMoves) {

    /** A class's share of runs with its 95% Wilson interval (severity, termination, a principal's result). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Share(String id, long count, Double probability, Double low, Double high) {
        static Share of(String id, long count, long total) {
            if (total == 0) return new Share(id, count, null, null, null);
            Proportion p = Proportion.of(count, total);
            return new Share(id, count, r(p.probability()), r(p.low()), r(p.high()));
        }

        private static double r(double v) {
            return Math.round(v * 1e6) / 1e6;
        }
    }

    /** Days from the crisis's trigger to its end: Kaplan-Meier quartiles (null when the curve never falls so low) and the runs still open (censored). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Duration(Integer median, Integer q1, Integer q3, long censored) {
    }

    /** The hazard of a first use of force in days fromDay..toDay among runs at risk at fromDay, with its Wilson interval. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HazardWindow(int fromDay, int toDay, long atRisk, long events, Double hazard, Double low, Double high) {
    }

    /** Major moves taken, those worth less than the best everyday move when taken, and their share. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MajorMoves(long count, long worse, Double share) {
    }

    /** The summary of a batch made before Model v2 (no endings recorded). */
    public Summary(ScenarioInfo scenario, long runs, long failedRuns, String mainOutcome, List<Integer> keyRungs, List<Outcome> outcomes,
                   List<RungReached> rungs, List<Talk> talks, List<Event> events) {
        this(scenario, runs, failedRuns, mainOutcome, keyRungs, outcomes, rungs, talks, events, null, null, null, null, null, null);
    }


    public record ScenarioInfo(String id, String title, String description, LocalDate startDate, int horizonDays, List<Source> sources) {
    }

    public record Outcome(String id, String name, int rung, long count, Double probability, double[] ci95) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RungReached(int rung, String name, long count, Double probabilityReached, double[] ci95, Integer medianDay,
                              LocalDate medianDate, List<SurvivalPoint> survival) {
    }

    /** By the end of day {@code day}: the share of runs that reached the rung (1 - S(t)) with its 95% band. */
    public record SurvivalPoint(int day, LocalDate date, double reached, double low, double high) {
    }

    public record Talk(String id, String name, LocalDate date, Map<String, Double> results) {
    }

    public record Event(String id, String name, LocalDate date, int day, String type) {
    }
}
