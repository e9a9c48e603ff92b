package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;

/**
 * Something observed on a date, which a run either agrees with or not: the evidence that forecasts are
 * conditioned on ({@code --given}) and that a scenario's record carries. All dates are inclusive.
 */
@Doc("a dated observation a run agrees with or not")
public record Observation(
        @Doc("the day the observation refers to (ISO date)") LocalDate date,
        Kind kind,
        @Opt @Doc("the state observed (forces), or whose use of force counts (force, no-force; any state when left out)") String state,
        @Opt @Doc("the bargaining event whose result was observed (talk)") String event,
        @Opt @Doc("the alliance whose sanctions were observed (sanctions)") String alliance,
        @Opt @Doc("lowest value consistent with the observation: thousand troops (forces) or a rung (rung)") Double min,
        @Opt @Doc("highest value consistent with the observation: thousand troops (forces) or a rung (rung)") Double max,
        @Opt @Doc("the talk's result: breakdown, stalemate, progress, breakthrough or not-held (talk)") String result,
        @Opt @Range(min = 1) @Doc("the sanctions tier observed (sanctions)") Integer tier,
        @Opt @Doc("whether that tier was in force on the date (sanctions)") Boolean imposed,
        @Opt String note,
        @Opt List<String> sources) {

    public Observation {
        sources = sources == null ? List.of() : List.copyOf(sources);
        note = note == null ? "" : note;
    }

    public enum Kind {
        /** A state's theatre forces on the date lay in [min, max]. */
        @JsonProperty("forces") FORCES,
        /** A scheduled bargaining event (talks, summit) ended with this result. */
        @JsonProperty("talk") TALK,
        /** No use of force (by {@code state}, or by anyone) up to and including the date. */
        @JsonProperty("no-force") NO_FORCE,
        /** A use of force (by {@code state}, or by anyone) by the date. */
        @JsonProperty("force") FORCE,
        /** The crisis stood on a rung in [min, max] on the date. */
        @JsonProperty("rung") RUNG,
        /** The alliance's sanctions tier {@code tier} was (imposed: true) or was not (false) in force on the date. */
        @JsonProperty("sanctions") SANCTIONS;

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
