package brink.scenario;

import java.util.List;

/**
 * A rung of the escalation ladder. The crisis stands each day on the highest rung one of whose triggers holds
 * (or the lowest rung when none does); a sticky rung, once reached, is a floor; an absorbing rung ends the run.
 */
public record Rung(
        @Range(min = 0, max = 99) int level,
        String name,
        @Opt String description,
        @Opt @Doc("what moves the crisis onto this rung; any one trigger suffices") List<Trigger> triggers,
        @Opt @Doc("once reached the crisis does not descend below it") Boolean sticky,
        @Opt @Doc("reaching it ends the run") Boolean absorbing) {

    public Rung {
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        sticky = sticky != null && sticky;
        absorbing = absorbing != null && absorbing;
    }
}
