package brink.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What happened in the real crisis a scenario describes, in the codes Brink's runs record (International Crisis
 * Behavior codebook v14), and dated observations that forecasts can be conditioned on. Hindcasts and scores
 * compare a batch against it. Write it from the historical record only: the scenario's numbers must not be tuned
 * to reproduce it.
 */
@Doc("what happened in the real crisis, for scoring and hindcasts")
public record RecordSpec(
        @Doc("what happened, in a few sentences") String summary,
        @Opt @Range(min = 1) @Doc("the crisis number (CRISNO) in the International Crisis Behavior data, when the crisis is in it") Integer icb,
        @Doc("the id of the scenario's outcome class that the real crisis fell into") String outcome,
        @Doc("highest severity of violence within the horizon (ICB SEVVIOSY)") Severity severity,
        @Doc("how the crisis ended within the horizon (ICB FOROUT), or none if it was still open") Termination termination,
        @Opt @Doc("the day the crisis ended (ISO date); required unless termination is none") LocalDate terminationDate,
        @Opt @Doc("each principal's result (ICB OUTCOM) by state id, as of the end of the crisis or the horizon") Map<String, ActorResult> results,
        @Opt @Doc("the first use of force within the horizon (ISO date); leave out when there was none") LocalDate firstForceDate,
        @Opt @Doc("the state that first used force") String firstForceBy,
        @Opt @Range(min = 0, max = 99) @Doc("the highest rung of the scenario's ladder the real crisis reached within the horizon") Integer peakRung,
        @Opt @Range(min = 0, max = 99) @Doc("the rung of the scenario's ladder the real crisis stood on at the horizon (or when it ended)") Integer endRung,
        @Opt @Doc("dated observations a forecast can be conditioned on") List<Observation> observations,
        @Opt List<String> sources) {

    public RecordSpec {
        results = results == null ? Map.of() : Map.copyOf(results);
        observations = observations == null ? List.of() : List.copyOf(observations);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A record without the rungs reached (the form before peakRung and endRung were added). */
    public RecordSpec(String summary, Integer icb, String outcome, Severity severity, Termination termination,
                      LocalDate terminationDate, Map<String, ActorResult> results, LocalDate firstForceDate,
                      String firstForceBy, List<Observation> observations, List<String> sources) {
        this(summary, icb, outcome, severity, termination, terminationDate, results, firstForceDate, firstForceBy,
                null, null, observations, sources);
    }
}
