package brink.results;

import brink.scenario.Source;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** summary.json: the outcome distribution with intervals, rungs reached and when, and the talks' results. */
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
        List<Event> events) {

    public record ScenarioInfo(String id, String title, String description, LocalDate startDate, int horizonDays, List<Source> sources) {
    }

    public record Outcome(String id, String name, int rung, long count, double probability, double[] ci95) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RungReached(int rung, String name, long count, double probabilityReached, double[] ci95, Integer medianDay,
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
