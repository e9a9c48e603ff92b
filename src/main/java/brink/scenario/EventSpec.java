package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;

/** A scheduled event (or an instructor's inject): it fires on its date, before the states decide. */
public record EventSpec(
        String id,
        String name,
        LocalDate date,
        Type type,
        @Doc("ids of the states and alliances taking part; talks have two sides, the first two participants") List<String> participants,
        @Opt @Doc("ids of mediating states or alliances") List<String> mediators,
        @Opt @Doc("ids of the contested issues on the agenda") List<String> agenda,
        @Opt @Range(min = -1, max = 1) @Doc("change of the tension index") Param tension,
        @Opt @Range(min = -1, max = 1) @Doc("change of the participating alliances' cohesion") Param cohesion,
        @Opt @Doc("state whose theatre forces change (troop-movement)") String state,
        @Opt @Doc("change of that state's theatre forces, thousand troops") Param forces,
        @Opt @Range(min = 1) @Doc("sanctions tier the participating alliances threaten (meeting) or impose (sanctions)") Integer tier,
        @Opt @Range(min = 0, max = 1) @Doc("concession: movement of the status quo toward the first participant's ideal point") Param amount,
        @Opt @Doc("form of an agreement reached at these talks: formal-agreement (a signed text) or semi-formal-agreement (letters, declarations, an understanding); default by the change it makes (formalShift)") Termination form,
        @Opt String description,
        @Opt List<String> sources) {

    /** An event with no declared agreement form (the form follows the change an agreement makes). */
    public EventSpec(String id, String name, LocalDate date, Type type, List<String> participants, List<String> mediators,
                     List<String> agenda, Param tension, Param cohesion, String state, Param forces, Integer tier, Param amount,
                     String description, List<String> sources) {
        this(id, name, date, type, participants, mediators, agenda, tension, cohesion, state, forces, tier, amount, null, description, sources);
    }

    public EventSpec {
        mediators = mediators == null ? List.of() : List.copyOf(mediators);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        tension = tension == null ? Param.of(0) : tension;
        cohesion = cohesion == null ? Param.of(0) : cohesion;
        amount = amount == null ? Param.of(0) : amount;
        description = description == null ? "" : description;
        sources = sources == null ? List.of() : List.copyOf(sources);
        participants = List.copyOf(participants);
    }

    public enum Type {
        @JsonProperty("talks") TALKS,
        @JsonProperty("call") CALL,
        @JsonProperty("meeting") MEETING,
        @JsonProperty("summit") SUMMIT,
        @JsonProperty("deadline") DEADLINE,
        @JsonProperty("exercise") EXERCISE,
        @JsonProperty("incident") INCIDENT,
        @JsonProperty("sanctions") SANCTIONS,
        @JsonProperty("concession") CONCESSION,
        @JsonProperty("troop-movement") TROOP_MOVEMENT;

        /** Talks and summits are bargaining sessions; their result is drawn by the diplomacy submodel. */
        public boolean isBargaining() {
            return this == TALKS || this == SUMMIT;
        }

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
