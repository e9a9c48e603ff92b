package brink.scenario;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The rules that span fields: references to declared ids, duplicate ids, dates inside the horizon, rungs on the ladder. */
final class Checks {
    /** Relations whose weight is a share, 0..1; relations that only join states. */
    private static final Set<Relation.Type> SHARES = java.util.EnumSet.of(Relation.Type.ENERGY_DEPENDENCE, Relation.Type.TRADE, Relation.Type.BORDER);
    private static final Set<Relation.Type> BETWEEN_STATES = java.util.EnumSet.of(Relation.Type.ENERGY_DEPENDENCE, Relation.Type.TRADE, Relation.Type.BORDER);
    private final Shape shape;
    /** Where warnings go (settings that can have no effect); null when nobody listens. */
    private final Shape warnings;
    /** The document as written (before defaults), to tell a value the author gave from a default; null when unknown. */
    private final com.fasterxml.jackson.databind.JsonNode doc;

    Checks(Shape shape) {
        this(shape, null, null);
    }

    Checks(Shape shape, Shape warnings, com.fasterxml.jackson.databind.JsonNode doc) {
        this.shape = shape;
        this.warnings = warnings;
        this.doc = doc;
    }

    /** Whether the author wrote the value at this JSON Pointer (always true when the document is unknown). */
    private boolean given(String pointer) {
        return doc == null || !doc.at(pointer).isMissingNode() && !doc.at(pointer).isNull();
    }

    private void warn(String path, String ptr, String message) {
        if (warnings != null && given(ptr)) warnings.report(path, ptr, message);
    }

    /** Most states a scenario may hold: a run's memory grows with the square of the number of states. */
    static final int MAX_STATES = 500;

    void check(Scenario s) {
        if (!SCENARIO_ID.matcher(s.id()).matches()) {
            err("id", "/id", "expected 1 to " + MAX_ID + " letters, digits, '-', '_' or '.' (not first), as the id names the results folder; got '"
                    + Shape.printable(s.id().length() > 80 ? s.id().substring(0, 80) + "..." : s.id()) + "'");
        }
        Set<String> states = ids(s.states(), StateSpec::id, "states");
        Set<String> alliances = ids(s.alliances(), AllianceSpec::id, "alliances");
        Set<String> actions = ids(s.actions(), ActionSpec::id, "actions");
        Set<String> issues = ids(s.issues(), ContestedIssue::id, "issues");
        Set<String> sources = ids(s.sources(), Source::id, "sources");
        ids(s.events(), EventSpec::id, "events");
        ids(s.outcomes(), OutcomeSpec::id, "outcomes");
        Set<String> actors = new HashSet<>(states);
        for (AllianceSpec a : s.alliances()) {
            if (states.contains(a.id())) err("alliances." + a.id(), "/alliances", "id '" + a.id() + "' is already a state's id; states and alliances share one namespace");
            actors.add(a.id());
        }
        int top = s.ladder().size() - 1;

        for (int i = 0; i < s.ladder().size(); i++) {
            Rung r = s.ladder().get(i);
            String path = "ladder." + r.level(), ptr = "/ladder/" + i;
            if (r.level() != i) err(path + ".level", ptr + "/level", "rungs must be listed in order with levels 0, 1, 2, ...: expected " + i + ", got " + r.level());
            for (int t = 0; t < r.triggers().size(); t++) {
                Trigger tr = r.triggers().get(t);
                String tp = path + ".triggers." + t, tptr = ptr + "/triggers/" + t;
                if (tr.isEmpty()) err(tp, tptr, "a trigger needs at least one condition (action, tensionAbove, forcesAbove, sanctionsImposed, agreement, ...)");
                ref(tr.action(), actions, "action", tp + ".action", tptr + "/action");
                ref(tr.state(), states, "state", tp + ".state", tptr + "/state");
                if ((tr.forcesAbove() != null || tr.forcesBelow() != null) && tr.state() == null) err(tp + ".state", tptr, "forcesAbove/forcesBelow need the 'state' whose forces they test");
                tier(tr.sanctionsImposed(), s, tp + ".sanctionsImposed", tptr + "/sanctionsImposed");
                tier(tr.sanctionsThreatened(), s, tp + ".sanctionsThreatened", tptr + "/sanctionsThreatened");
                ref(tr.allianceAtWar(), alliances, "alliance", tp + ".allianceAtWar", tptr + "/allianceAtWar");
            }
        }
        for (int i = 0; i < s.sanctionsTiers().size(); i++) {
            SanctionsTier t = s.sanctionsTiers().get(i);
            String path = "sanctionsTiers." + t.tier(), ptr = "/sanctionsTiers/" + i;
            if (t.tier() != i + 1) err(path + ".tier", ptr + "/tier", "tiers must be listed in order 1, 2, 3, ...: expected " + (i + 1) + ", got " + t.tier());
            rung(t.threatRung(), top, path + ".threatRung", ptr + "/threatRung");
            rung(t.imposeRung(), top, path + ".imposeRung", ptr + "/imposeRung");
            sources(t.sources(), sources, path, ptr);
        }
        for (int i = 0; i < s.issues().size(); i++) {
            ContestedIssue is = s.issues().get(i);
            sources(is.sources(), sources, "issues." + is.id(), "/issues/" + i);
            for (int k = 0; k < is.subjects().size(); k++) ref(is.subjects().get(k), states, "state", "issues." + is.id() + ".subjects." + k, "/issues/" + i + "/subjects/" + k);
        }
        for (int i = 0; i < s.states().size(); i++) {
            StateSpec st = s.states().get(i);
            String path = "states." + st.id(), ptr = "/states/" + i;
            for (String k : st.positions().keySet()) ref(k, issues, "issue", path + ".positions." + k, ptr + "/positions/" + Shape.escape(k));
            for (int b = 0; b < st.beliefs().size(); b++) {
                String about = st.beliefs().get(b).about();
                ref(about, states, "state", path + ".beliefs." + b + ".about", ptr + "/beliefs/" + b + "/about");
                if (st.id().equals(about)) err(path + ".beliefs." + b + ".about", ptr + "/beliefs/" + b + "/about", "a state holds no belief about itself");
            }
            for (int a = 0; a < st.actions().size(); a++) ref(st.actions().get(a), actions, "action", path + ".actions." + a, ptr + "/actions/" + a);
            for (int a = 0; a < st.actions().size(); a++) {
                var act = s.action(st.actions().get(a));
                if (act.isEmpty()) continue;
                for (String req : act.get().requires()) {
                    if (actions.contains(req) && !st.actions().contains(req)) {
                        err(path + ".actions." + a, ptr + "/actions/" + a, "action '" + act.get().id() + "' requires '" + req
                                + "' first, which " + st.id() + " cannot take: add it to the state's actions or the action can never open");
                    }
                }
            }
            actorParameters(st.parameters(), ModelParameters.STATE_LEVEL, path + ".parameters", ptr + "/parameters");
            if (!st.actions().isEmpty() && s.relations().stream().noneMatch(r -> r.type() == Relation.Type.RIVAL && r.from().equals(st.id()))) {
                err(path + ".actions", ptr + "/actions", "a state that takes decisions needs a 'rival' relation from it (whom its actions are aimed at)");
            }
            sources(st.sources(), sources, path, ptr);
        }
        for (int i = 0; i < s.alliances().size(); i++) {
            AllianceSpec a = s.alliances().get(i);
            String path = "alliances." + a.id(), ptr = "/alliances/" + i;
            for (int m = 0; m < a.members().size(); m++) ref(a.members().get(m), states, "state", path + ".members." + m, ptr + "/members/" + m);
            if (a.members().isEmpty()) err(path + ".members", ptr + "/members", "an alliance needs at least one member");
            if (a.decisionRule() == AllianceSpec.DecisionRule.LEAD_STATE && a.lead() == null) err(path + ".lead", ptr, "the lead-state rule needs a 'lead'");
            if (a.lead() != null && !a.members().contains(a.lead())) err(path + ".lead", ptr + "/lead", "the lead '" + a.lead() + "' is not a member");
            ref(a.adversary(), states, "state", path + ".adversary", ptr + "/adversary");
            for (int k = 0; k < a.adversaries().size(); k++) ref(a.adversaries().get(k), states, "state", path + ".adversaries." + k, ptr + "/adversaries/" + k);
            actorParameters(a.parameters(), ModelParameters.ALLIANCE_LEVEL, path + ".parameters", ptr + "/parameters");
            sources(a.sources(), sources, path, ptr);
        }
        for (int i = 0; i < s.relations().size(); i++) {
            Relation r = s.relations().get(i);
            String path = "relations." + i, ptr = "/relations/" + i;
            ref(r.from(), actors, "state or alliance", path + ".from", ptr + "/from");
            if (r.type() == Relation.Type.RIVAL && !states.contains(r.to()) && actors.contains(r.to())) {
                err(path + ".to", ptr + "/to", "a rival must be a state, not an alliance ('" + r.to() + "'); name the alliance's lead or the state whose forces matter");
            }
            ref(r.to(), r.type() == Relation.Type.MEMBER_OF || r.type() == Relation.Type.PARTNER_OF ? alliances : actors,
                    r.type() == Relation.Type.MEMBER_OF || r.type() == Relation.Type.PARTNER_OF ? "alliance" : "state or alliance", path + ".to", ptr + "/to");
            if (SHARES.contains(r.type()) && !r.weight().uncertain() && r.weight().value() > 1) {
                err(path + ".weight", ptr + "/weight", "a" + (r.type() == Relation.Type.ENERGY_DEPENDENCE ? "n " : " ") + r.type().label() + " weight is a share: expected [0, 1], got " + r.weight().value());
            }
            if (BETWEEN_STATES.contains(r.type()) && actors.contains(r.from()) && actors.contains(r.to())
                    && (!states.contains(r.from()) || !states.contains(r.to()))) {
                err(path, ptr, "a " + r.type().label() + " relation is between two states, not an alliance");
            }
            if (r.type() == Relation.Type.BORDER && r.from().equals(r.to())) err(path + ".to", ptr + "/to", "a state has no border with itself");
            sources(r.sources(), sources, path, ptr);
        }
        for (int i = 0; i < s.actions().size(); i++) {
            ActionSpec a = s.actions().get(i);
            String path = "actions." + a.id(), ptr = "/actions/" + i;
            rung(a.minRung(), top, path + ".minRung", ptr + "/minRung");
            if (a.maxRung() != 99) rung(a.maxRung(), top, path + ".maxRung", ptr + "/maxRung");
            if (a.minRung() > a.maxRung()) err(path + ".maxRung", ptr + "/maxRung", "maxRung must be >= minRung");
            ref(a.target(), actors, "state or alliance", path + ".target", ptr + "/target");
            for (int k = 0; k < a.requires().size(); k++) {
                ref(a.requires().get(k), actions, "action", path + ".requires." + k, ptr + "/requires/" + k);
                if (a.requires().get(k).equals(a.id())) err(path + ".requires." + k, ptr + "/requires/" + k, "an action cannot require itself");
            }
            if (a.deadlineDays() != null && a.kind() != ActionSpec.Kind.DEMAND) {
                err(path + ".deadlineDays", ptr + "/deadlineDays", "only a demand can carry a deadline (an ultimatum); this action is of kind " + a.kind().label());
            }
        }
        events(s, s.events(), "/events", states, actors, issues, sources);
        for (int i = 0; i < s.outcomes().size(); i++) {
            OutcomeSpec o = s.outcomes().get(i);
            String path = "outcomes." + o.id(), ptr = "/outcomes/" + i;
            rung(o.rung(), top, path + ".rung", ptr + "/rung");
            String[] names = {"peakRungAtLeast", "peakRungAtMost", "endRungAtLeast", "endRungAtMost"};
            Integer[] values = {o.peakRungAtLeast(), o.peakRungAtMost(), o.endRungAtLeast(), o.endRungAtMost()};
            for (int k = 0; k < names.length; k++) {
                if (values[k] != null) rung(values[k], top, path + "." + names[k], ptr + "/" + names[k]);
            }
        }
        if (s.outcomes().isEmpty()) {
            err("outcomes", "/outcomes", "at least one outcome class is needed");
        } else {
            OutcomeSpec last = s.outcomes().get(s.outcomes().size() - 1);
            if (!last.matches(0, 0, false) || !last.matches(top, top, true)) {
                err("outcomes." + last.id(), "/outcomes/" + (s.outcomes().size() - 1),
                        "the last outcome class must have no conditions, so that every run gets a class");
            }
        }
        ModelParameters mp = s.parameters();
        if (!mp.cutStalemate().uncertain() && !mp.cutProgress().uncertain() && !mp.cutBreakthrough().uncertain()
                && !(mp.cutStalemate().value() < mp.cutProgress().value() && mp.cutProgress().value() < mp.cutBreakthrough().value())) {
            err("parameters.cutProgress", "/parameters", "the talks' cut points must increase: cutStalemate < cutProgress < cutBreakthrough");
        }
                CrisisSpec c = s.crisis();
        rung(c.initialRung(), top, "crisis.initialRung", "/crisis/initialRung");
        if (c.fadeRung() != null) rung(c.fadeRung(), top, "crisis.fadeRung", "/crisis/fadeRung");
        if (c.triggerDate() != null && c.triggerDate().isAfter(s.startDate())) {
            err("crisis.triggerDate", "/crisis/triggerDate", "the crisis's trigger (" + c.triggerDate() + ") cannot come after day 0 (" + s.startDate() + ")");
        }
        ref(c.issue(), issues, "issue", "crisis.issue", "/crisis/issue");
        for (int i = 0; i < c.fighting().size(); i++) {
            FightingSpec f = c.fighting().get(i);
            String path = "crisis.fighting." + i, ptr = "/crisis/fighting/" + i;
            ref(f.attacker(), states, "state", path + ".attacker", ptr + "/attacker");
            ref(f.defender(), states, "state", path + ".defender", ptr + "/defender");
            if (f.attacker() != null && f.attacker().equals(f.defender())) err(path + ".defender", ptr + "/defender", "a state cannot fight itself");
            if (f.rung() != null) rung(f.rung(), top, path + ".rung", ptr + "/rung");
            sources(f.sources(), sources, path, ptr);
        }
        sources(c.sources(), sources, "crisis", "/crisis");
        if (s.record() != null) record(s, s.record(), states, alliances, sources);
        if (s.ladder().isEmpty()) err("ladder", "/ladder", "the ladder needs at least one rung");
        if (s.issues().isEmpty()) err("issues", "/issues", "at least one contested issue is needed");
        semantics(s, top);
    }

    /**
     * Rules a well-formed file can still break: settings that can never take effect or contradict each other. Each
     * would run without an error and give numbers that mean something else than the author thinks.
     */
    private void semantics(Scenario s, int top) {
        ModelParameters mp = s.parameters();
        noEffect(s);
        if (s.crisis().settlementDays() > s.horizonDays()) {
            String why = "an agreement must hold " + s.crisis().settlementDays() + " days to settle the crisis, longer than the horizon of "
                    + s.horizonDays() + " days: no run can settle";
            if (doc != null && !given("/crisis/settlementDays")) {
                if (warnings != null) warnings.report("crisis.settlementDays", "/crisis", why + " (30 is the default; set settlementDays)");
            } else {
                err("crisis.settlementDays", "/crisis/settlementDays", why);
            }
        }
        Set<String> triggered = new HashSet<>();
        boolean warTriggers = s.ladder().stream().flatMap(r -> r.triggers().stream())
                .anyMatch(t -> Boolean.TRUE.equals(t.war()) || t.warIntensityAbove() != null || t.allianceAtWar() != null);
        s.ladder().forEach(r -> r.triggers().forEach(t -> {
            if (t.action() != null) triggered.add(t.action());
        }));
        Set<String> held = new HashSet<>();
        s.states().forEach(st -> held.addAll(st.actions()));
        for (int i = 0; i < s.actions().size(); i++) {
            ActionSpec a = s.actions().get(i);
            // a move that opens or joins a war may instead be mapped by the ladder's war triggers
            if (a.kind().isForce() && held.contains(a.id()) && !triggered.contains(a.id()) && !(a.kind().opensWar() && warTriggers)) {
                err("actions." + a.id(), "/actions/" + i, "a use of force (" + a.kind().label() + ") must move the crisis up the ladder, "
                        + "but no rung has a trigger with action '" + a.id() + "'");
            }
        }
        for (int i = 0; i < s.states().size(); i++) {
            StateSpec st = s.states().get(i);
            String path = "states." + st.id(), ptr = "/states/" + i;
            if (st.actions().isEmpty()) continue;
            boolean hold = st.actions().stream().map(s::action).anyMatch(a -> a.isPresent() && a.get().kind() == ActionSpec.Kind.HOLD);
            if (!hold) err(path + ".actions", ptr + "/actions", "a state that takes decisions needs a 'hold' action (kind hold): without one it must act every day");
            double most = st.activeForces().uncertain() ? st.activeForces().dist().supportHigh() : st.activeForces().value();
            for (int k = 0; k < st.actions().size(); k++) {
                var a = s.action(st.actions().get(k));
                if (a.isEmpty()) continue;
                Param need = a.get().minForces();
                double least = need.uncertain() ? need.dist().supportLow() : need.value();
                if (least > most) {
                    err(path + ".actions." + k, ptr + "/actions/" + k, "action '" + a.get().id() + "' needs at least " + Shape.fmt(least)
                            + " thousand troops in the theatre (minForces), more than " + st.id() + "'s " + Shape.fmt(most)
                            + " thousand active forces: it can never open");
                }
            }
        }
        for (int i = 0; i < s.alliances().size(); i++) {
            AllianceSpec a = s.alliances().get(i);
            if (a.adversary() != null && (a.members().contains(a.adversary()) || a.adversary().equals(a.lead()))) {
                err("alliances." + a.id() + ".adversary", "/alliances/" + i + "/adversary", "the adversary '" + a.adversary()
                        + "' is a member of the alliance it would be the adversary of");
            }
        }
        List<EventSpec> events = s.events();
        for (int i = 0; i < events.size(); i++) {
            EventSpec e = events.get(i);
            for (int m = 0; m < e.mediators().size(); m++) {
                if (e.participants().contains(e.mediators().get(m))) {
                    err("events." + e.id() + ".mediators." + m, "/events/" + i + "/mediators/" + m, "'" + e.mediators().get(m)
                            + "' takes part in the " + e.type().label() + " and cannot also mediate it");
                }
            }
        }
    }

    /** Model parameters that only a sanctions tier, a talk or a collective defence can bring into play. */
    static final List<String> SANCTIONS_PARAMETERS = List.of("sanctionsWeight", "vetoIntercept", "vetoDependence", "vetoRung",
            "threatCostShare", "sanctionsLiftDays", "damageResolve");
    static final List<String> TALKS_PARAMETERS = List.of("rangeWeight", "trustWeight", "mediatorWeight", "tensionWeight", "cutStalemate",
            "cutProgress", "cutBreakthrough", "breakthroughTension", "progressTension", "stalemateTension", "breakdownTension", "trustStep",
            "concessionStep", "talksRestraint", "frustrationStep");
    static final List<String> PROPOSAL_PARAMETERS = List.of("talksWeight", "talksDelay");

    /** Why a parameter of the format before Model v2 no longer does anything (its @Doc). */
    static String deprecation(String parameter) {
        for (var c : ModelParameters.class.getRecordComponents()) {
            if (c.getName().equals(parameter) && c.isAnnotationPresent(Doc.class)) return c.getAnnotation(Doc.class).value().replaceFirst(": no effect; brink upgrade drops it$", "");
        }
        return "removed";
    }

    /** Warnings: values the author set that this scenario gives no way to matter. */
    private void noEffect(Scenario s) {
        boolean sanctions = !s.sanctionsTiers().isEmpty() && !s.sanctioningAlliances().isEmpty();
        boolean proposals = s.actions().stream().anyMatch(a -> a.kind() == ActionSpec.Kind.PROPOSE_TALKS);
        boolean talks = proposals || s.events().stream().anyMatch(e -> e.type().isBargaining());
        for (String p : SANCTIONS_PARAMETERS) {
            if (!sanctions) warn("parameters." + p, "/parameters/" + p, "has no effect: the scenario has no sanctions tiers wielded by an alliance with the sanctions instrument");
        }
        for (String p : TALKS_PARAMETERS) {
            if (!talks) warn("parameters." + p, "/parameters/" + p, "has no effect: the scenario has no talks or summits and no propose-talks action");
        }
        for (String p : PROPOSAL_PARAMETERS) {
            if (!proposals) warn("parameters." + p, "/parameters/" + p, "has no effect: no action proposes talks (kind propose-talks)");
        }
        if (s.relations().stream().noneMatch(r -> r.type() == Relation.Type.TRADE)) {
            warn("parameters.vetoTrade", "/parameters/vetoTrade", "has no effect: the scenario has no trade relations");
        }
        for (String p : new java.util.TreeSet<>(ModelParameters.DEPRECATED)) {
            warn("parameters." + p, "/parameters/" + p, "has no effect since Model v2 (" + deprecation(p) + "); 'brink upgrade FILE' removes it");
        }
    }

    /** Model parameters set for one actor: names the actor may set, values in the parameter's range. */
    private void actorParameters(java.util.Map<String, Param> given, Set<String> allowed, String path, String ptr) {
        for (var e : new java.util.TreeMap<>(given).entrySet()) {
            String name = e.getKey(), p = path + "." + name, pt = ptr + "/" + Shape.escape(name);
            if (!allowed.contains(name)) {
                err(p, pt, "'" + name + "' cannot be set for one actor here" + Shape.suggestion(name, List.copyOf(new java.util.TreeSet<>(allowed))));
                continue;
            }
            Range r;
            try {
                r = ModelParameters.class.getRecordComponents()[indexOf(name)].getAnnotation(Range.class);
            } catch (RuntimeException ex) {
                continue;
            }
            if (r == null) continue;
            Param v = e.getValue();
            double lo = v.uncertain() ? v.dist().supportLow() : v.value(), hi = v.uncertain() ? v.dist().supportHigh() : v.value();
            if (lo < r.min() || hi > r.max()) err(p, pt, "value " + (v.uncertain() ? "drawn in [" + lo + ", " + hi + "]" : Shape.fmt(lo)) + " is out of range: expected " + Shape.rangeText(r));
        }
    }

    private static int indexOf(String parameter) {
        var comps = ModelParameters.class.getRecordComponents();
        for (int i = 0; i < comps.length; i++) if (comps[i].getName().equals(parameter)) return i;
        throw new IllegalArgumentException(parameter);
    }

    /** Checks inject events against the scenario they join. */
    void checkInjects(Scenario s, List<EventSpec> events, String pointer) {
        Set<String> states = new HashSet<>(), actors = new HashSet<>(), issues = new HashSet<>(), sources = new HashSet<>();
        s.states().forEach(x -> states.add(x.id()));
        actors.addAll(states);
        s.alliances().forEach(x -> actors.add(x.id()));
        s.issues().forEach(x -> issues.add(x.id()));
        s.sources().forEach(x -> sources.add(x.id()));
        Set<String> taken = new HashSet<>();
        s.events().forEach(e -> taken.add(e.id()));
        for (int i = 0; i < events.size(); i++) {
            if (taken.contains(events.get(i).id())) {
                err("events." + events.get(i).id(), pointer + "/" + i + "/id", "event id '" + events.get(i).id() + "' is already used by the scenario");
            }
        }
        events(s, events, pointer, states, actors, issues, sources);
    }

    private void events(Scenario s, List<EventSpec> events, String pointer, Set<String> states, Set<String> actors, Set<String> issues, Set<String> sources) {
        LocalDate end = s.startDate().plusDays(s.horizonDays() - 1L);
        for (int i = 0; i < events.size(); i++) {
            EventSpec e = events.get(i);
            String path = "events." + e.id(), ptr = pointer + "/" + i;
            if (e.date().isBefore(s.startDate()) || e.date().isAfter(end)) {
                err(path + ".date", ptr + "/date", "date " + e.date() + " is outside the horizon: expected " + s.startDate() + " to " + end);
            }
            for (int p = 0; p < e.participants().size(); p++) ref(e.participants().get(p), actors, "state or alliance", path + ".participants." + p, ptr + "/participants/" + p);
            for (int p = 0; p < e.mediators().size(); p++) ref(e.mediators().get(p), actors, "state or alliance", path + ".mediators." + p, ptr + "/mediators/" + p);
            for (int p = 0; p < e.agenda().size(); p++) ref(e.agenda().get(p), issues, "issue", path + ".agenda." + p, ptr + "/agenda/" + p);
            if (e.type().isBargaining() && e.participants().size() < 2) err(path + ".participants", ptr + "/participants", "talks need two sides: at least two participants");
            if (e.form() != null && !e.type().isBargaining()) err(path + ".form", ptr + "/form", "only talks and summits reach agreements: 'form' has no effect on a " + e.type().name().toLowerCase().replace('_', '-'));
            if (e.form() != null && e.form() != Termination.FORMAL_AGREEMENT && e.form() != Termination.SEMI_FORMAL_AGREEMENT) {
                err(path + ".form", ptr + "/form", "an agreement is formal-agreement or semi-formal-agreement, not " + e.form().label());
            }
            if (e.participants().isEmpty()) err(path + ".participants", ptr + "/participants", "an event needs at least one participant");
            ref(e.state(), states, "state", path + ".state", ptr + "/state");
            if (e.type() == EventSpec.Type.TROOP_MOVEMENT && (e.state() == null || e.forces() == null)) err(path, ptr, "a troop-movement needs 'state' and 'forces'");
            if (e.type() == EventSpec.Type.SANCTIONS && e.tier() == null) err(path + ".tier", ptr, "a sanctions event needs the 'tier' imposed");
            tier(e.tier(), s, path + ".tier", ptr + "/tier");
            sanctionsTaker(s, e, path, ptr);
            sources(e.sources(), sources, path, ptr);
        }
    }

    /**
     * An event's sanctions tier acts only through a participating alliance with the sanctions instrument (the model
     * imposes or threatens the tier on that alliance's adversary; from a state, or an alliance without sanctions, the
     * event would only move tension): an event that names none of them cannot do what it says.
     */
    private void sanctionsTaker(Scenario s, EventSpec e, String path, String ptr) {
        // an unknown participant is reported as such
        if (e.tier() == null || !e.participants().stream().allMatch(p -> s.state(p).isPresent() || s.alliance(p).isPresent())) return;
        List<AllianceSpec> wielders = s.sanctioningAlliances();
        if (e.participants().stream().anyMatch(p -> wielders.stream().anyMatch(a -> a.id().equals(p)))) return;
        String what = e.type() == EventSpec.Type.SANCTIONS ? "a sanctions event imposes its tier" : "an event's tier is threatened";
        String choose = wielders.isEmpty() ? "the scenario has no alliance with the sanctions instrument, so no event can impose or threaten a tier"
                : "expected one of " + String.join(", ", wielders.stream().map(a -> a.name() + " (" + a.id() + ")").toList()) + " among the participants";
        err(path + ".participants", ptr + "/participants", what + " only through a participating alliance with the sanctions instrument, and "
                + String.join(", ", e.participants()) + (e.participants().size() == 1 ? " is not one" : " are none") + ": " + choose);
    }

    /** The record of what happened: codes consistent with each other and with the scenario's ids and horizon. */
    private void record(Scenario s, RecordSpec r, Set<String> states, Set<String> alliances, Set<String> sources) {
        ref(r.outcome(), ids(s.outcomes(), OutcomeSpec::id), "outcome class", "record.outcome", "/record/outcome");
        if (r.termination() == Termination.NONE) {
            if (r.terminationDate() != null) err("record.terminationDate", "/record/terminationDate", "termination is none (the crisis was still open at the horizon): leave out terminationDate");
        } else if (r.terminationDate() == null) {
            err("record.terminationDate", "/record", "termination " + r.termination().label() + " needs the terminationDate");
        } else {
            inHorizon(s, r.terminationDate(), "record.terminationDate", "/record/terminationDate");
        }
        for (String st : r.results().keySet()) ref(st, states, "state", "record.results." + st, "/record/results/" + Shape.escape(st));
        if (r.firstForceDate() != null) inHorizon(s, r.firstForceDate(), "record.firstForceDate", "/record/firstForceDate");
        if (r.firstForceBy() != null && r.firstForceDate() == null) err("record.firstForceDate", "/record", "firstForceBy needs the firstForceDate");
        ref(r.firstForceBy(), states, "state", "record.firstForceBy", "/record/firstForceBy");
        if (r.severity() == Severity.NONE && r.firstForceDate() != null) {
            err("record.severity", "/record/severity", "severity none (no violence) contradicts a firstForceDate");
        }
        sources(r.sources(), sources, "record", "/record");
        checkObservations(s, r.observations(), "record.observations", "/record/observations");
        recordRungs(s, r);
    }

    /**
     * The record's rungs lie on the ladder, and its outcome class is one that a run with those rungs and the
     * record's form of termination would be given (the first class whose conditions hold). Without the rungs,
     * some peak from the initial rung up and some end rung at or below it must give the class.
     */
    private void recordRungs(Scenario s, RecordSpec r) {
        int top = s.ladder().size() - 1, initial = s.crisis().initialRung();
        if (r.peakRung() != null) {
            rung(r.peakRung(), top, "record.peakRung", "/record/peakRung");
            if (r.peakRung() < initial) err("record.peakRung", "/record/peakRung", "the peak rung " + r.peakRung() + " is below the crisis's initial rung " + initial + ": a run's peak is at least where it starts");
        }
        if (r.endRung() != null) {
            rung(r.endRung(), top, "record.endRung", "/record/endRung");
            if (r.peakRung() != null && r.endRung() > r.peakRung()) err("record.endRung", "/record/endRung", "the end rung " + r.endRung() + " is above the peak rung " + r.peakRung());
        }
        OutcomeSpec named = s.outcomes().stream().filter(o -> o.id().equals(r.outcome())).findFirst().orElse(null);
        if (named == null || top < 0 || initial < 0 || initial > top) return;
        if ((r.peakRung() != null && (r.peakRung() < initial || r.peakRung() > top)) || (r.endRung() != null && (r.endRung() < 0 || r.endRung() > top))) return;
        int peakLo = r.peakRung() != null ? r.peakRung() : initial, peakHi = r.peakRung() != null ? r.peakRung() : top;
        Set<String> possible = new java.util.LinkedHashSet<>();
        for (int peak = peakLo; peak <= peakHi; peak++) {
            int endLo = r.endRung() != null ? r.endRung() : 0, endHi = r.endRung() != null ? r.endRung() : peak;
            for (int end = endLo; end <= Math.min(endHi, peak); end++) {
                for (boolean agreement : agreementsAtEnd(r.termination())) possible.add(classOf(s, peak, end, agreement));
            }
        }
        possible.remove("");
        if (!possible.contains(named.id())) {
            String rungs = (r.peakRung() != null ? "peak rung " + r.peakRung() : "any peak rung") + ", "
                    + (r.endRung() != null ? "end rung " + r.endRung() : "any end rung") + " and termination " + r.termination().label();
            err("record.outcome", "/record/outcome", "a run with " + rungs + " falls into " + (possible.isEmpty() ? "no class" : "class " + String.join(" or ", possible))
                    + ", not '" + named.id() + "' (classes are matched in order, the first whose conditions hold)");
        }
    }

    /** The outcome class a run gets: the first whose conditions hold (the validated last class catches all). */
    private static String classOf(Scenario s, int peak, int end, boolean agreement) {
        for (OutcomeSpec o : s.outcomes()) if (o.matches(peak, end, agreement)) return o.id();
        return "";
    }

    /**
     * Whether an agreement can be in force at the end of a run whose crisis ended so: a formal or semi-formal
     * agreement is one; a unilateral act, an imposed ending or an open crisis is not; a tacit understanding may be
     * either (the model's agreements come from talks, a tacit one may not).
     */
    static boolean[] agreementsAtEnd(Termination t) {
        return switch (t) {
            case FORMAL_AGREEMENT, SEMI_FORMAL_AGREEMENT -> new boolean[]{true};
            case TACIT -> new boolean[]{true, false};
            case UNILATERAL, IMPOSED, NONE -> new boolean[]{false};
        };
    }

    /** Dated observations (a record's, or a --given file's) against the scenario they describe. */
    void checkObservations(Scenario s, List<Observation> observations, String path, String pointer) {
        Set<String> states = new HashSet<>(), alliances = new HashSet<>(), sources = new HashSet<>(), talks = new HashSet<>();
        s.states().forEach(x -> states.add(x.id()));
        s.alliances().forEach(x -> alliances.add(x.id()));
        s.sources().forEach(x -> sources.add(x.id()));
        s.events().stream().filter(e -> e.type().isBargaining()).forEach(e -> talks.add(e.id()));
        int top = s.ladder().size() - 1;
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String p = path + "." + i, ptr = pointer + "/" + i;
            inHorizon(s, o.date(), p + ".date", ptr + "/date");
            ref(o.state(), states, "state", p + ".state", ptr + "/state");
            ref(o.alliance(), alliances, "alliance", p + ".alliance", ptr + "/alliance");
            if (o.min() != null && o.max() != null && o.min() > o.max()) err(p + ".max", ptr + "/max", "max must be >= min");
            switch (o.kind()) {
                case FORCES -> {
                    if (o.state() == null) err(p + ".state", ptr, "a forces observation needs the 'state' observed");
                    if (o.min() == null && o.max() == null) err(p + ".min", ptr, "a forces observation needs 'min', 'max' or both (thousand troops)");
                }
                case TALK -> {
                    if (o.event() == null) err(p + ".event", ptr, "a talk observation needs the 'event' (a talks or summit event of the scenario)");
                    else ref(o.event(), talks, "talks or summit event", p + ".event", ptr + "/event");
                    List<String> results = List.of("breakdown", "stalemate", "progress", "breakthrough", "not-held");
                    if (o.result() == null) err(p + ".result", ptr, "a talk observation needs the 'result', one of " + results);
                    else if (!results.contains(o.result())) err(p + ".result", ptr + "/result", "expected one of " + results + ", got '" + o.result() + "'" + Shape.suggestion(o.result(), results));
                    s.events().stream().filter(e -> e.id().equals(o.event()) && e.date().isAfter(o.date())).findFirst().ifPresent(e ->
                            err(p + ".date", ptr + "/date", "the talk '" + e.id() + "' is held on " + e.date() + ", after the observation's date " + o.date()));
                }
                case RUNG -> {
                    if (o.min() == null && o.max() == null) err(p + ".min", ptr, "a rung observation needs 'min', 'max' or both (rungs)");
                    for (Double v : new Double[]{o.min(), o.max()}) {
                        if (v != null && (v != Math.rint(v) || v < 0 || v > top)) err(p, ptr, "a rung observation's bounds are rungs: whole numbers from 0 to " + top + ", got " + v);
                    }
                }
                case SANCTIONS -> {
                    if (o.alliance() == null) err(p + ".alliance", ptr, "a sanctions observation needs the 'alliance'");
                    if (o.tier() == null) err(p + ".tier", ptr, "a sanctions observation needs the 'tier'");
                    else tier(o.tier(), s, p + ".tier", ptr + "/tier");
                    if (o.imposed() == null) err(p + ".imposed", ptr, "a sanctions observation needs 'imposed': true or false");
                }
                case FORCE, NO_FORCE -> {
                }
            }
            sources(o.sources(), sources, p, ptr);
        }
    }

    private void inHorizon(Scenario s, LocalDate date, String path, String ptr) {
        LocalDate end = s.startDate().plusDays(s.horizonDays() - 1L);
        if (date.isBefore(s.startDate()) || date.isAfter(end)) {
            err(path, ptr, "date " + date + " is outside the horizon: expected " + s.startDate() + " to " + end);
        }
    }

    private <T> Set<String> ids(List<T> list, Function<T, String> id) {
        Set<String> out = new HashSet<>();
        for (T t : list) out.add(id.apply(t));
        return out;
    }

    private <T> Set<String> ids(List<T> list, Function<T, String> id, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String v = id.apply(list.get(i));
            String bad = elementIdProblem(v);
            if (bad != null) err(field + "." + Shape.printable(v), "/" + field + "/" + i + "/id", bad);
            if (!seen.add(v)) err(field + "." + v, "/" + field + "/" + i + "/id", "duplicate id '" + v + "' in " + field);
        }
        return seen;
    }

    /** Longest id: ids name columns, --set paths and (the scenario's) folders. */
    static final int MAX_ID = 64;

    /** Ids address elements in dotted --set paths and name CSV columns: no dots, spaces or line breaks. */
    static String elementIdProblem(String id) {
        if (id.isEmpty()) return "an id cannot be empty";
        if (id.length() > MAX_ID) return "an id has at most " + MAX_ID + " characters, got " + id.length();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '.' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "id '" + Shape.printable(id) + "' cannot hold dots, spaces or control characters (--set paths are dotted: states.ID.field)";
            }
        }
        return null;
    }

    /** The scenario id names results folders: letters, digits, '-', '_' and '.', not starting with a dot. */
    static final java.util.regex.Pattern SCENARIO_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0," + (MAX_ID - 1) + "}");

    private void ref(String id, Set<String> declared, String what, String path, String ptr) {
        if (id != null && !declared.contains(id)) {
            err(path, ptr, "'" + id + "' is not a declared " + what + Shape.suggestion(id, List.copyOf(new java.util.TreeSet<>(declared))));
        }
    }

    private void sources(List<String> cited, Set<String> sources, String path, String ptr) {
        for (int i = 0; i < cited.size(); i++) ref(cited.get(i), sources, "source", path + ".sources." + i, ptr + "/sources/" + i);
    }

    private void rung(int r, int top, String path, String ptr) {
        if (r < 0 || r > top) err(path, ptr, "rung " + r + " is not on the ladder: expected 0 to " + top);
    }

    private void tier(Integer t, Scenario s, String path, String ptr) {
        if (t != null && (t < 1 || t > s.sanctionsTiers().size())) {
            err(path, ptr, "sanctions tier " + t + " is not declared: expected 1 to " + s.sanctionsTiers().size());
        }
    }

    private void err(String path, String ptr, String message) {
        shape.report(path, ptr, message);
    }
}
