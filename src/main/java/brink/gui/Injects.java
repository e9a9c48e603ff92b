package brink.gui;

import brink.scenario.AllianceSpec;
import brink.scenario.EventSpec;
import brink.scenario.Param;
import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instructor's injects: a kind of event, who takes part and how much it moves things, turned into an event in the
 * scenario's own format and checked against the scenario and the day the run has reached. No Swing here, so the
 * checks are tested headless; {@link InjectPanel} is only the form in front of it.
 */
public final class Injects {
    private Injects() {
    }

    public enum Kind {
        TALKS("talks", EventSpec.Type.TALKS, "talks between two sides (the diplomacy submodel draws the result)"),
        SANCTIONS("new sanctions package", EventSpec.Type.SANCTIONS, "an alliance imposes a sanctions tier on its adversary"),
        INCIDENT("incident", EventSpec.Type.INCIDENT, "an incident that raises (or lowers) tension"),
        CONCESSION("concession", EventSpec.Type.CONCESSION, "the status quo moves toward the first participant's position"),
        TROOP_MOVEMENT("troop movement", EventSpec.Type.TROOP_MOVEMENT, "a state's theatre forces change");

        public final String label;
        public final EventSpec.Type type;
        public final String help;

        Kind(String label, EventSpec.Type type, String help) {
            this.label = label;
            this.type = type;
            this.help = help;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What the form holds. {@code first} and {@code second} are state or alliance ids (second may be null),
     * {@code mediator} an optional id for talks, {@code state} the state whose forces move.
     */
    public record Request(Kind kind, String name, int day, String first, String second, String mediator, String state, double tension,
                          double forces, Integer tier, double amount) {
    }

    /** Sensible starting values of the form for a kind. */
    public static Request defaults(Kind k, Scenario s, int day) {
        String a = s.principals().isEmpty() ? s.states().get(0).id() : s.principals().get(0).id();
        String b = s.principals().size() > 1 ? s.principals().get(1).id() : null;
        String al = s.sanctioningAlliances().stream().map(AllianceSpec::id).findFirst().orElse(s.alliances().isEmpty() ? null : s.alliances().get(0).id());
        return switch (k) {
            case TALKS -> new Request(k, "Instructor's talks", day, a, b, null, null, 0, 0, null, 0);
            case SANCTIONS -> new Request(k, "New sanctions package", day, al, null, null, null, 0.05, 0, 1, 0);
            case INCIDENT -> new Request(k, "Border incident", day, a, b, null, null, 0.1, 0, null, 0);
            case CONCESSION -> new Request(k, "Concession", day, a, b, null, null, -0.05, 0, null, 0.1);
            case TROOP_MOVEMENT -> new Request(k, "Troop movement", day, a, null, null, a, 0.02, 10, null, 0);
        };
    }

    /**
     * The event, or an IllegalArgumentException saying what is wrong: a day before {@code today} or past the horizon,
     * unknown participants, talks without two different sides, sanctions from something that is not an alliance or
     * with a tier the scenario does not have, a troop movement without a state, a concession without an amount.
     */
    public static EventSpec build(Scenario s, int today, int serial, Request r) {
        List<String> problems = new ArrayList<>();
        if (r.kind() == null) throw new IllegalArgumentException("choose a kind of event");
        if (r.day() < today) problems.add("day " + r.day() + " is in the past: the run is at day " + today + " (the earliest an inject can take effect)");
        if (r.day() >= s.horizonDays()) problems.add("day " + r.day() + " is past the horizon (last day " + (s.horizonDays() - 1) + ")");
        List<String> parts = new ArrayList<>();
        if (r.kind() == Kind.TROOP_MOVEMENT) {
            if (r.state() == null || s.state(r.state()).isEmpty()) problems.add("a troop movement needs the state whose forces move");
            else parts.add(r.state());
            if (r.forces() == 0 || Double.isNaN(r.forces())) problems.add("a troop movement needs a change of forces (thousand troops, + or −)");
        } else {
            if (r.first() == null) problems.add("choose who takes part");
            else {
                if (!actor(s, r.first())) problems.add("no state or alliance '" + r.first() + "'");
                parts.add(r.first());
            }
            if (r.second() != null && !r.second().isBlank()) {
                if (!actor(s, r.second())) problems.add("no state or alliance '" + r.second() + "'");
                if (r.second().equals(r.first())) problems.add("the two participants must differ");
                parts.add(r.second());
            }
        }
        switch (r.kind()) {
            case TALKS -> {
                if (parts.size() < 2) problems.add("talks need two sides");
            }
            case SANCTIONS -> {
                // the scenario checks' rule (brink.scenario.Scenario#sanctioningAlliances): only such an alliance's tier acts
                if (r.first() != null && s.sanctioningAlliances().stream().noneMatch(a -> a.id().equals(r.first()))) {
                    problems.add("sanctions are imposed by an alliance with the sanctions instrument; '" + r.first() + "' is not one"
                            + (s.sanctioningAlliances().isEmpty() ? " (the scenario has none)" : ": choose " + String.join(", ", s.sanctioningAlliances().stream().map(AllianceSpec::id).toList())));
                }
                if (r.tier() == null || r.tier() < 1 || r.tier() > s.sanctionsTiers().size()) {
                    problems.add("the scenario's sanctions tiers are 1 to " + s.sanctionsTiers().size() + (r.tier() == null ? "" : ", not " + r.tier()));
                }
            }
            case CONCESSION -> {
                if (!(r.amount() > 0 && r.amount() <= 1)) problems.add("a concession moves the status quo by an amount in (0, 1]");
            }
            default -> {
            }
        }
        if (!(r.tension() >= -1 && r.tension() <= 1)) problems.add("the change of tension must be between −1 and 1");
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        List<String> mediators = r.kind() == Kind.TALKS && r.mediator() != null && !r.mediator().isBlank() && actor(s, r.mediator())
                ? List.of(r.mediator()) : List.of();
        String name = r.name() == null || r.name().isBlank() ? r.kind().label : r.name().strip();
        String id = String.format(Locale.ROOT, "inject-%d-%s", serial, r.kind().type.label());
        return new EventSpec(id, name, s.date(r.day()), r.kind().type, parts, mediators, null, Param.of(r.tension()), null,
                r.kind() == Kind.TROOP_MOVEMENT ? r.state() : null, r.kind() == Kind.TROOP_MOVEMENT ? Param.of(r.forces()) : null,
                r.kind() == Kind.SANCTIONS ? r.tier() : null, r.kind() == Kind.CONCESSION ? Param.of(r.amount()) : null,
                "inject from the classroom GUI", null);
    }

    static boolean actor(Scenario s, String id) {
        return s.state(id).isPresent() || s.alliance(id).isPresent();
    }
}
