package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * An action open to states. Its kind says which behaviour carries it out; the numbers say how much it costs,
 * how much it moves tension and how loudly it signals resolve. Rungs it leads to are set by ladder triggers.
 */
public record ActionSpec(
        String id,
        String name,
        Kind kind,
        @Opt @Range(min = 0, max = 99) @Doc("lowest rung on which the action is open") Integer minRung,
        @Opt @Range(min = 0, max = 99) @Doc("highest rung on which the action is open") Integer maxRung,
        @Opt @Range(min = 0) @Doc("cost of taking the action, stake units") Param cost,
        @Opt @Range(min = -1, max = 1) @Doc("change of the tension index when taken") Param tension,
        @Opt @Range(min = 0) @Doc("weight of the action as a signal of resolve (pseudo-observations)") Param signal,
        @Opt @Range(min = 0) @Doc("size: thousand troops for force moves, share of the stake for uses of force, position change for concessions") Param amount,
        @Opt @Range(min = 0) @Doc("theatre forces the actor needs before the action is open, thousand troops") Param minForces,
        @Opt @Doc("the state (or alliance, meaning its lead) the action is aimed at; default the actor's main rival") String target,
        @Opt @Range(min = 0, max = 1) @Doc("share of the belligerents' forces engaged by a use of force (an incursion is not an invasion), 0..1") Param intensity,
        @Opt @Doc("actions the actor must have taken before this one opens (preparatory steps)") List<String> requires,
        @Opt @Range(min = 1, max = 3650) @Doc("a demand with a deadline (an ultimatum): days until the deadline, a decision point for the actor") Integer deadlineDays,
        @Opt @Range(min = 0) @Doc("audience cost the action commits the actor to: paid if it later backs down, stake units") Param audience,
        @Opt @Doc("whether the action is violent (counts as a use of force for severity and first force); default by kind") Boolean violent,
        @Opt @Doc("whether the action is a major, hard-to-reverse move decided by a hazard; default by kind") Boolean major,
        @Opt @Doc("a covert, deniable move (cyber attacks, unacknowledged forces): alliances' sanctions do not answer it; default false") Boolean deniable,
        @Opt String description) {

    public ActionSpec {
        minRung = minRung == null ? 0 : minRung;
        maxRung = maxRung == null ? 99 : maxRung;
        cost = cost == null ? Param.of(0) : cost;
        tension = tension == null ? Param.of(0) : tension;
        signal = signal == null ? Param.of(0) : signal;
        amount = amount == null ? Param.of(0) : amount;
        minForces = minForces == null ? Param.of(0) : minForces;
        intensity = intensity == null ? Param.of(kind == null ? 1 : kind.defaultIntensity()) : intensity;
        requires = requires == null ? List.of() : List.copyOf(requires);
        audience = audience == null ? Param.of(0) : audience;
        violent = violent == null ? kind != null && kind.violentByDefault() : violent;
        major = major == null ? kind != null && kind.majorByDefault() : major;
        deniable = deniable != null && deniable;
        description = description == null ? "" : description;
    }

    public enum Kind {
        @JsonProperty("hold") HOLD(0),
        @JsonProperty("build-up") BUILD_UP(1),
        @JsonProperty("draw-down") DRAW_DOWN(-1),
        @JsonProperty("reinforce-ally") REINFORCE_ALLY(1),
        @JsonProperty("supply-arms") SUPPLY_ARMS(1),
        @JsonProperty("hybrid") HYBRID(1),
        @JsonProperty("incursion") INCURSION(1),
        @JsonProperty("invasion") INVASION(1),
        @JsonProperty("strike-alliance") STRIKE_ALLIANCE(1),
        @JsonProperty("nuclear-use") NUCLEAR_USE(1),
        @JsonProperty("strike") STRIKE(1),
        @JsonProperty("intervene") INTERVENE(1),
        @JsonProperty("withdraw") WITHDRAW(-1),
        @JsonProperty("propose-talks") PROPOSE_TALKS(-1),
        @JsonProperty("concede") CONCEDE(-1),
        @JsonProperty("demand") DEMAND(1),
        @JsonProperty("warn") WARN(1),
        @JsonProperty("threaten-sanctions") THREATEN_SANCTIONS(1),
        @JsonProperty("back-sanctions") BACK_SANCTIONS(1),
        @JsonProperty("block-sanctions") BLOCK_SANCTIONS(-1);

        /** +1 escalatory (signals resolve), -1 conciliatory, 0 neutral. */
        public final int direction;

        Kind(int direction) {
            this.direction = direction;
        }

        /** Uses of force: their value follows from the expected utility of fighting. */
        public boolean isForce() {
            return this == HYBRID || this == INCURSION || this == INVASION || this == STRIKE_ALLIANCE || this == NUCLEAR_USE
                    || this == STRIKE || this == INTERVENE;
        }

        /** Kinds that open or join a war: fighting follows. */
        public boolean opensWar() {
            return this == INCURSION || this == INVASION || this == STRIKE_ALLIANCE || this == STRIKE || this == INTERVENE;
        }

        /** Violent unless the scenario says otherwise: every use of force but the hybrid kind. */
        public boolean violentByDefault() {
            return isForce() && this != HYBRID;
        }

        /** Major, hard-to-reverse moves by default: uses of force that open or widen a war, nuclear use, concessions, withdrawal. */
        public boolean majorByDefault() {
            return opensWar() || this == NUCLEAR_USE || this == CONCEDE || this == WITHDRAW;
        }

        /** Share of forces engaged when the scenario gives no intensity. */
        public double defaultIntensity() {
            return switch (this) {
                case INCURSION -> 0.3;
                case STRIKE -> 0.2;
                case INTERVENE -> 0.5;
                default -> 1;
            };
        }

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
