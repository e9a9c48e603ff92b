package brink.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A crisis, complete: who is in it, how they relate, what they can do, what is scheduled and how runs are classified. */
@Doc("A Brink crisis scenario")
@com.fasterxml.jackson.annotation.JsonIgnoreProperties({"$schema"})
public record Scenario(
        @Doc("short identifier, used in result folder names") String id,
        String title,
        @Opt String description,
        @Doc("day 0 of the simulation (ISO date)") LocalDate startDate,
        @Range(min = 1, max = 3650) @Doc("days simulated unless an absorbing outcome ends the run earlier") int horizonDays,
        @Opt @Doc("citations; other fields refer to them by id") List<Source> sources,
        @Doc("contested issues: each has a 0..1 axis of positions") List<ContestedIssue> issues,
        List<StateSpec> states,
        @Opt List<AllianceSpec> alliances,
        @Opt List<Relation> relations,
        @Doc("the escalation ladder, rung 0 first") List<Rung> ladder,
        @Opt List<SanctionsTier> sanctionsTiers,
        @Doc("the actions open to states") List<ActionSpec> actions,
        @Opt @Doc("scheduled events placed on the schedule at their date") List<EventSpec> events,
        @Doc("outcome classes; a run gets the first whose conditions hold") List<OutcomeSpec> outcomes,
        @Doc("the crisis at day 0") CrisisSpec crisis,
        @Opt ModelParameters parameters,
        @Opt @Doc("what happened in the real crisis (for scoring and hindcasts) and dated observations") RecordSpec record) {

    public Scenario {
        description = description == null ? "" : description;
        sources = sources == null ? List.of() : List.copyOf(sources);
        alliances = alliances == null ? List.of() : List.copyOf(alliances);
        relations = relations == null ? List.of() : List.copyOf(relations);
        sanctionsTiers = sanctionsTiers == null ? List.of() : List.copyOf(sanctionsTiers);
        events = events == null ? List.of() : List.copyOf(events);
        parameters = parameters == null ? ModelParameters.defaults() : parameters;
        issues = List.copyOf(issues);
        states = List.copyOf(states);
        ladder = List.copyOf(ladder);
        actions = List.copyOf(actions);
        outcomes = List.copyOf(outcomes);
    }

    public Optional<StateSpec> state(String id) {
        return states.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<AllianceSpec> alliance(String id) {
        return alliances.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * The alliances that can impose sanctions: those with the sanctions instrument. An event's sanctions tier (imposed
     * by a sanctions event, threatened by another) takes effect only through a participant among them: the model
     * imposes or threatens it on that alliance's adversary, and only such an alliance's tiers cost anyone anything.
     */
    public List<AllianceSpec> sanctioningAlliances() {
        return alliances.stream().filter(a -> a.has(AllianceSpec.Instrument.SANCTIONS)).toList();
    }

    public Optional<ActionSpec> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public LocalDate date(int day) {
        return startDate.plusDays(day);
    }

    public int day(LocalDate date) {
        return (int) (date.toEpochDay() - startDate.toEpochDay());
    }

    /** A copy with another horizon (the command line's --horizon). */
    public Scenario withHorizon(int days) {
        return new Scenario(id, title, description, startDate, days, sources, issues, states, alliances, relations,
                ladder, sanctionsTiers, actions, events, outcomes, crisis, parameters, record);
    }

    /** A copy with more scheduled events (injects). */
    public Scenario withEvents(List<EventSpec> more) {
        List<EventSpec> all = new java.util.ArrayList<>(events);
        all.addAll(more);
        return new Scenario(id, title, description, startDate, horizonDays, sources, issues, states, alliances,
                relations, ladder, sanctionsTiers, actions, all, outcomes, crisis, parameters, record);
    }

    /** States that take decisions: those with actions open to them. */
    public List<StateSpec> principals() {
        return states.stream().filter(s -> !s.actions().isEmpty()).toList();
    }
}
