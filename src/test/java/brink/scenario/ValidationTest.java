package brink.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every validation rule with a small bad input: the fictional scenario with one mistake, written as JSON to a
 * temporary file. Each problem must name the field path and, in a JSON file, a line the parser knows.
 */
class ValidationTest {
    @TempDir
    Path dir;

    /** Checks the fictional scenario after the change and returns the one problem at the path, with a line number. */
    private Problem problemAt(String path, Consumer<ObjectNode> change) {
        Loader.Result r = Fixtures.checkFictional(dir, change);
        assertFalse(r.ok(), "expected a problem at " + path);
        assertNull(r.scenario());
        List<Problem> at = r.problems().stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, at.size(), "expected one problem at " + path + ", got:\n" + Fixtures.describe(r.problems()));
        Problem p = at.get(0);
        assertTrue(p.line() > 0, "no line number: " + p);
        assertTrue(p.column() > 0, "no column: " + p);
        assertTrue(p.toString().contains(":" + p.line() + ":" + p.column() + ": " + path + ": "), p.toString());
        assertTrue(p.file().endsWith("scenario.json"), p.file());
        return p;
    }

    private static void assertMessage(Problem p, String... parts) {
        for (String part : parts) assertTrue(p.message().contains(part), "'" + part + "' not in: " + p);
    }

    // --- structure (Shape) ---

    @Test
    void unknownFieldWithSuggestion() {
        Problem p = problemAt("states.NOR.resolv", t -> Fixtures.state(t, "NOR").put("resolv", 0.5));
        assertMessage(p, "unknown field", "did you mean 'resolve'?");
    }

    @Test
    void unknownTopLevelFieldSuggestsTheNearestName() {
        Problem p = problemAt("horizonDay", t -> t.put("horizonDay", 30));
        assertMessage(p, "unknown field, did you mean 'horizonDays'?");
        // too far from any name for a suggestion; the scenario has too many fields to list them all
        Problem far = problemAt("schedule", t -> t.put("schedule", 30));
        assertEquals("unknown field", far.message());
        // a record with few fields lists them
        Problem few = problemAt("sources.invented.link", t -> Fixtures.element(t, "sources", "invented").put("link", "x"));
        assertMessage(few, "unknown field (valid: id, citation, url, note)");
    }

    @Test
    void unknownFieldInsideDistribution() {
        Problem p = problemAt("states.NOR.resolve.alfa", t -> ((ObjectNode) Fixtures.state(t, "NOR").get("resolve")).put("alfa", 3));
        assertMessage(p, "unknown field", "did you mean 'alpha'?");
    }

    @Test
    void missingRequiredField() {
        Problem p = problemAt("states.NOR.gdp", t -> Fixtures.state(t, "NOR").remove("gdp"));
        assertMessage(p, "missing required field 'gdp'", "GDP, billion USD per year");
        // the line is that of the object the field is missing from
        Problem top = problemAt("crisis", t -> t.remove("crisis"));
        assertMessage(top, "missing required field 'crisis'");
    }

    @Test
    void explicitNullCountsAsMissing() {
        Problem p = problemAt("title", t -> t.putNull("title"));
        assertMessage(p, "missing required field 'title'");
    }

    @Test
    void probabilityOutsideUnitInterval() {
        Problem p = problemAt("states.SOU.resolve", t -> Fixtures.state(t, "SOU").put("resolve", 1.5));
        assertMessage(p, "value 1.5 is out of range: expected [0, 1]");
    }

    @Test
    void negativeForces() {
        Problem p = problemAt("states.SOU.forces", t -> Fixtures.state(t, "SOU").put("forces", -5));
        assertMessage(p, "value -5 is out of range: expected a value >= 0");
    }

    @Test
    void horizonOutOfRange() {
        Problem p = problemAt("horizonDays", t -> t.put("horizonDays", 0));
        assertMessage(p, "expected [1, 3650]");
    }

    @Test
    void betaWithNegativeAlpha() {
        Problem p = problemAt("states.NOR.resolve", t -> ((ObjectNode) Fixtures.state(t, "NOR").get("resolve")).put("alpha", -1));
        assertMessage(p, "invalid beta distribution", "alpha must be > 0");
    }

    @Test
    void normalWithoutSd() {
        Problem p = problemAt("states.SOU.forces.sd", t -> Fixtures.state(t, "SOU").set("forces",
                Loader.JSON.createObjectNode().put("dist", "normal").put("mean", 40)));
        assertMessage(p, "a normal distribution needs 'sd'");
    }

    @Test
    void untruncatedNormalOnAUnitIntervalField() {
        Problem p = problemAt("states.SOU.resolve", t -> Fixtures.state(t, "SOU").set("resolve",
                Loader.JSON.createObjectNode().put("dist", "normal").put("mean", 0.7).put("sd", 0.1)));
        assertMessage(p, "can draw values in [-Infinity, Infinity]", "must lie in [0, 1]", "truncate it with lower/upper");
    }

    @Test
    void truncatedNormalOnAUnitIntervalFieldIsFine() {
        Loader.Result r = Fixtures.checkFictional(dir, t -> Fixtures.state(t, "SOU").set("resolve",
                Loader.JSON.createObjectNode().put("dist", "normal").put("mean", 0.7).put("sd", 0.1).put("lower", 0).put("upper", 1)));
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
        assertTrue(r.scenario().state("SOU").orElseThrow().resolve().uncertain());
    }

    @Test
    void lognormalOnANonNegativeFieldIsFineButUniformBelowZeroIsNot() {
        Loader.Result ok = Fixtures.checkFictional(dir, t -> Fixtures.state(t, "SOU").set("gdp",
                Loader.JSON.createObjectNode().put("dist", "lognormal").put("mu", 5).put("sigma", 0.2)));
        assertTrue(ok.ok(), Fixtures.describe(ok.problems()));
        Problem p = problemAt("states.SOU.gdp", t -> Fixtures.state(t, "SOU").set("gdp",
                Loader.JSON.createObjectNode().put("dist", "uniform").put("min", -10).put("max", 100)));
        assertMessage(p, "must lie in a value >= 0");
    }

    @Test
    void unknownDistributionKind() {
        Problem p = problemAt("states.SOU.resolve.dist", t -> Fixtures.state(t, "SOU").set("resolve",
                Loader.JSON.createObjectNode().put("dist", "betta").put("alpha", 2).put("beta", 2)));
        assertMessage(p, "did you mean 'beta'?");
    }

    @Test
    void triangularOutOfOrderAndUniformEmpty() {
        Problem tri = problemAt("parameters.fear", t -> ((ObjectNode) t.get("parameters").get("fear")).put("mode", 0.01));
        assertMessage(tri, "invalid triangular distribution", "min <= mode <= max");
        Problem uni = problemAt("states.WES.resolve", t -> ((ObjectNode) Fixtures.state(t, "WES").get("resolve")).put("min", 0.9));
        assertMessage(uni, "invalid uniform distribution", "need min < max");
    }

    @Test
    void textWhereANumberIsExpected() {
        Problem forces = problemAt("states.SOU.forces", t -> Fixtures.state(t, "SOU").put("forces", "lots"));
        assertMessage(forces, "expected a number or a distribution", "got 'lots'");
        Problem horizon = problemAt("horizonDays", t -> t.put("horizonDays", "sixty"));
        assertMessage(horizon, "expected a whole number, got 'sixty'");
        Problem level = problemAt("crisis.initialRung", t -> ((ObjectNode) t.get("crisis")).put("initialRung", 2.5));
        assertMessage(level, "expected a whole number, got 2.5");
        Problem lat = problemAt("states.SOU.lat", t -> Fixtures.state(t, "SOU").put("lat", "north"));
        assertMessage(lat, "expected a number, got 'north'");
    }

    @Test
    void otherWrongTypes() {
        assertMessage(problemAt("states.SOU.actions", t -> Fixtures.state(t, "SOU").put("actions", "hold")), "expected a list, got 'hold'");
        assertMessage(problemAt("states.SOU.name", t -> Fixtures.state(t, "SOU").put("name", 7)), "expected text, got 7");
        assertMessage(problemAt("startDate", t -> t.put("startDate", "1 March 2030")), "expected a date (YYYY-MM-DD), got '1 March 2030'");
        assertMessage(problemAt("ladder.8.absorbing", t -> Fixtures.element(t, "ladder", "8").put("absorbing", "yes")), "expected true or false");
        assertMessage(problemAt("states.SOU.positions", t -> Fixtures.state(t, "SOU").put("positions", 1)), "expected an object of named values");
        assertMessage(problemAt("crisis", t -> t.put("crisis", 3)), "expected an object, got 3");
    }

    @Test
    void enumValueWithSuggestion() {
        Problem p = problemAt("alliances.PACT.decisionRule", t -> Fixtures.element(t, "alliances", "PACT").put("decisionRule", "concensus"));
        assertMessage(p, "expected one of [consensus, qualified-majority, lead-state]", "did you mean 'consensus'?");
        Problem kind = problemAt("actions.cyber.kind", t -> Fixtures.element(t, "actions", "cyber").put("kind", "cyber"));
        assertMessage(kind, "expected one of [hold, build-up");
    }

    // --- cross-field rules (Checks) ---

    @Test
    void referenceToUndeclaredState() {
        Problem p = problemAt("states.SOU.beliefs.0.about", t -> ((ObjectNode) Fixtures.state(t, "SOU").get("beliefs").get(0)).put("about", "NRO"));
        assertMessage(p, "'NRO' is not a declared state", "did you mean 'NOR'?");
        Problem member = problemAt("alliances.PACT.members.2", t -> ((ArrayNode) Fixtures.element(t, "alliances", "PACT").get("members")).set(2, "MIDL"));
        assertMessage(member, "'MIDL' is not a declared state");
    }

    @Test
    void referenceToUndeclaredAlliance() {
        Problem p = problemAt("relations.7.to", t -> ((ObjectNode) t.get("relations").get(7)).put("to", "PAKT"));
        assertMessage(p, "'PAKT' is not a declared alliance", "did you mean 'PACT'?");
    }

    @Test
    void referenceToUndeclaredAction() {
        Problem p = problemAt("states.SOU.actions.1", t -> ((ArrayNode) Fixtures.state(t, "SOU").get("actions")).set(1, "buildup"));
        assertMessage(p, "'buildup' is not a declared action", "did you mean 'build-up'?");
        Problem trigger = problemAt("ladder.4.triggers.0.action", t -> ((ObjectNode) Fixtures.element(t, "ladder", "4").get("triggers").get(0)).put("action", "hacking"));
        assertMessage(trigger, "'hacking' is not a declared action");
    }

    @Test
    void referenceToUndeclaredIssue() {
        Problem p = problemAt("crisis.issue", t -> ((ObjectNode) t.get("crisis")).put("issue", "alignmnt"));
        assertMessage(p, "'alignmnt' is not a declared issue", "did you mean 'alignment'?");
        Problem pos = problemAt("states.SOU.positions.borders", t -> ((ObjectNode) Fixtures.state(t, "SOU").get("positions")).put("borders", 0.2));
        assertMessage(pos, "'borders' is not a declared issue");
    }

    @Test
    void referenceToUndeclaredSource() {
        Problem p = problemAt("states.NOR.sources.0", t -> ((ArrayNode) Fixtures.state(t, "NOR").get("sources")).set(0, "wikipedia"));
        assertMessage(p, "'wikipedia' is not a declared source");
    }

    @Test
    void eventDateOutsideHorizon() {
        Problem after = problemAt("events.council.date", t -> Fixtures.element(t, "events", "council").put("date", "2030-04-30"));
        assertMessage(after, "date 2030-04-30 is outside the horizon: expected 2030-03-01 to 2030-04-29");
        Problem before = problemAt("events.council.date", t -> Fixtures.element(t, "events", "council").put("date", "2030-02-28"));
        assertMessage(before, "outside the horizon");
        // the last day of the horizon is inside it
        Loader.Result last = Fixtures.checkFictional(dir, t -> Fixtures.element(t, "events", "council").put("date", "2030-04-29"));
        assertTrue(last.ok(), Fixtures.describe(last.problems()));
    }

    @Test
    void duplicateIds() {
        Problem p = problemAt("states.SOU", t -> Fixtures.state(t, "MID").put("id", "SOU"));
        assertMessage(p, "duplicate id 'SOU' in states");
        Problem action = problemAt("actions.warn", t -> Fixtures.element(t, "actions", "demand").put("id", "warn"));
        assertMessage(action, "duplicate id 'warn' in actions");
    }

    @Test
    void stateAndAllianceShareANamespace() {
        Problem p = problemAt("alliances.SOU", t -> Fixtures.element(t, "alliances", "PACT").put("id", "SOU"));
        assertMessage(p, "already a state's id");
    }

    @Test
    void ladderLevelsOutOfOrder() {
        Loader.Result r = Fixtures.checkFictional(dir, t -> {
            ((ObjectNode) t.get("ladder").get(5)).put("level", 6);
            ((ObjectNode) t.get("ladder").get(6)).put("level", 5);
        });
        // list elements are named by their level, so the path carries the level as written
        List<String> messages = r.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
        assertTrue(messages.contains("ladder.6.level: rungs must be listed in order with levels 0, 1, 2, ...: expected 5, got 6"), messages.toString());
        assertTrue(messages.contains("ladder.5.level: rungs must be listed in order with levels 0, 1, 2, ...: expected 6, got 5"), messages.toString());
        assertTrue(r.problems().stream().allMatch(p -> p.line() > 0), Fixtures.describe(r.problems()));
        Problem gap = problemAt("ladder.9.level", t -> ((ObjectNode) t.get("ladder").get(8)).put("level", 9));
        assertMessage(gap, "expected 8, got 9");
    }

    @Test
    void rungReferencesMustBeOnTheLadder() {
        assertMessage(problemAt("crisis.initialRung", t -> ((ObjectNode) t.get("crisis")).put("initialRung", 9)), "rung 9 is not on the ladder: expected 0 to 8");
        assertMessage(problemAt("sanctionsTiers.3.imposeRung", t -> Fixtures.element(t, "sanctionsTiers", "3").put("imposeRung", 12)), "not on the ladder");
        assertMessage(problemAt("actions.cyber.minRung", t -> Fixtures.element(t, "actions", "cyber").put("minRung", 20)), "not on the ladder");
    }

    @Test
    void minRungAboveMaxRung() {
        Problem p = problemAt("actions.cyber.maxRung", t -> Fixtures.element(t, "actions", "cyber").put("minRung", 4).put("maxRung", 3));
        assertMessage(p, "maxRung must be >= minRung");
    }

    @Test
    void sanctionsTiersInOrderAndReferencesToThem() {
        Problem order = problemAt("sanctionsTiers.4.tier", t -> Fixtures.element(t, "sanctionsTiers", "3").put("tier", 4));
        assertMessage(order, "tiers must be listed in order 1, 2, 3, ...: expected 3, got 4");
        Problem ref = problemAt("events.ministers.tier", t -> Fixtures.element(t, "events", "ministers").put("tier", 5));
        assertMessage(ref, "sanctions tier 5 is not declared: expected 1 to 3");
    }

    @Test
    void lastOutcomeClassMustBeACatchAll() {
        Problem p = problemAt("outcomes.standoff", t -> Fixtures.element(t, "outcomes", "standoff").put("peakRungAtLeast", 3));
        assertMessage(p, "the last outcome class must have no conditions");
        Problem agreement = problemAt("outcomes.standoff", t -> Fixtures.element(t, "outcomes", "standoff").put("agreement", false));
        assertMessage(agreement, "the last outcome class must have no conditions");
    }

    @Test
    void emptyTriggerAndForcesTriggerWithoutState() {
        Problem empty = problemAt("ladder.1.triggers.0", t -> ((ArrayNode) Fixtures.element(t, "ladder", "1").get("triggers")).set(0,
                Loader.JSON.createObjectNode().put("holdDays", 3)));
        assertMessage(empty, "a trigger needs at least one condition");
        Problem state = problemAt("ladder.2.triggers.0.state", t -> ((ObjectNode) Fixtures.element(t, "ladder", "2").get("triggers").get(0)).remove("state"));
        assertMessage(state, "forcesAbove/forcesBelow need the 'state'");
    }

    @Test
    void allianceRules() {
        assertMessage(problemAt("alliances.PACT.lead", t -> Fixtures.element(t, "alliances", "PACT").put("lead", "SOU")), "the lead 'SOU' is not a member");
        assertMessage(problemAt("alliances.PACT.lead", t -> Fixtures.element(t, "alliances", "PACT").put("decisionRule", "lead-state").remove("lead")),
                "the lead-state rule needs a 'lead'");
    }

    @Test
    void aDecidingStateNeedsARival() {
        Problem p = problemAt("states.WES.actions", t -> ((ArrayNode) t.get("relations")).remove(2));
        assertMessage(p, "needs a 'rival' relation");
    }

    @Test
    void eventRules() {
        assertMessage(problemAt("events.council.participants", t -> ((ArrayNode) Fixtures.element(t, "events", "council").get("participants")).remove(1)),
                "talks need two sides");
        assertMessage(problemAt("events.ministers.tier", t -> Fixtures.element(t, "events", "ministers").put("type", "sanctions").remove("tier")),
                "a sanctions event needs the 'tier'");
        assertMessage(problemAt("events.ministers", t -> Fixtures.element(t, "events", "ministers").put("type", "troop-movement")),
                "a troop-movement needs 'state' and 'forces'");
    }

    @Test
    void aSanctionsTierNeedsAnAllianceThatWieldsSanctions() {
        // a sanctions event from a state: the model would only move tension (ScheduledEvent imposes through alliances)
        Problem fromState = problemAt("events.ministers.participants", t -> {
            ObjectNode e = Fixtures.element(t, "events", "ministers").put("type", "sanctions");
            ((ArrayNode) e.get("participants")).removeAll().add("WES");
        });
        assertMessage(fromState, "a sanctions event imposes its tier only through a participating alliance with the sanctions instrument", "WES is not one",
                "expected one of Western Pact (PACT)");
        // a tier threatened at a meeting of states only: the same
        Problem threat = problemAt("events.ministers.participants", t -> ((ArrayNode) Fixtures.element(t, "events", "ministers").get("participants")).removeAll().add("WES").add("NOR"));
        assertMessage(threat, "an event's tier is threatened only through", "WES, NOR are none");
        // the alliance is there but has lost its sanctions instrument: no alliance can impose a tier
        Problem noInstrument = problemAt("events.ministers.participants", t -> {
            Fixtures.element(t, "events", "ministers").put("type", "sanctions");
            ArrayNode instruments = (ArrayNode) Fixtures.element(t, "alliances", "PACT").get("instruments");
            for (int i = instruments.size() - 1; i >= 0; i--) if (instruments.get(i).asText().equals("sanctions")) instruments.remove(i);
        });
        assertMessage(noInstrument, "PACT is not one", "the scenario has no alliance with the sanctions instrument");
        // an unknown participant is reported once, as unknown
        Loader.Result unknown = Fixtures.checkFictional(dir, t -> ((ArrayNode) Fixtures.element(t, "events", "ministers").get("participants")).removeAll().add("ATLANTIS"));
        assertEquals(List.of("events.ministers.participants.0"), unknown.problems().stream().map(Problem::path).toList(), Fixtures.describe(unknown.problems()));
        // the alliance with sanctions among other participants is enough
        Loader.Result mixed = Fixtures.checkFictional(dir, t -> ((ArrayNode) Fixtures.element(t, "events", "ministers").put("type", "sanctions").get("participants")).insert(0, "WES"));
        assertTrue(mixed.ok(), Fixtures.describe(mixed.problems()));
    }

    @Test
    void energyDependenceIsAShare() {
        Problem p = problemAt("relations.8.weight", t -> ((ObjectNode) t.get("relations").get(8)).put("weight", 60));
        assertMessage(p, "an energy-dependence weight is a share: expected [0, 1], got 60");
    }

    @Test
    void aSanctionsAllianceMayLeaveItsAdversaryOpen() {
        // it then answers whichever state outside it and its partners escalates
        Loader.Result r = Fixtures.checkFictional(dir, t -> Fixtures.element(t, "alliances", "PACT").remove("adversary"));
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
    }

    @Test
    void tradeAndBorderRelationsJoinStates() {
        Problem trade = problemAt("relations.10.weight", t -> ((ObjectNode) t.get("relations").get(10)).put("weight", 20));
        assertMessage(trade, "a trade weight is a share: expected [0, 1], got 20");
        Problem alliance = problemAt("relations.10", t -> ((ObjectNode) t.get("relations").get(10)).put("to", "PACT"));
        assertMessage(alliance, "a trade relation is between two states, not an alliance");
        Problem self = problemAt("relations.10.to", t -> ((ObjectNode) t.get("relations").get(10)).put("type", "border").put("to", "MID"));
        assertMessage(self, "a state has no border with itself");
    }

    // --- malformed files ---

    @Test
    void malformedJsonReportsLineAndColumn() {
        String text = "{\n  \"id\": \"x\",\n  \"title\": \"y\"\n  \"startDate\": \"2030-01-01\"\n}\n";
        Loader.Result r = Loader.check(Fixtures.writeText(dir, "broken.json", text), List.of());
        assertEquals(1, r.problems().size(), Fixtures.describe(r.problems()));
        Problem p = r.problems().get(0);
        assertTrue(p.message().startsWith("malformed JSON"), p.toString());
        assertEquals(4, p.line(), p.toString());
        assertTrue(p.column() > 0, p.toString());
    }

    @Test
    void truncatedJsonIsMalformed() {
        String text = "{\n  \"id\": \"x\",\n  \"states\": [\n";
        Loader.Result r = Loader.check(Fixtures.writeText(dir, "truncated.json", text), List.of());
        Problem p = r.problems().get(0);
        assertTrue(p.message().startsWith("malformed JSON"), p.toString());
        assertTrue(p.line() > 0, p.toString());
    }

    @Test
    void malformedYamlReportsLineAndColumn() {
        String text = "id: x\ntitle: y\nstates:\n  - id: A\n    name: [unclosed\n  forces: 3\n";
        Loader.Result r = Loader.check(Fixtures.writeText(dir, "broken.yaml", text), List.of());
        assertEquals(1, r.problems().size(), Fixtures.describe(r.problems()));
        Problem p = r.problems().get(0);
        assertTrue(p.message().startsWith("malformed YAML"), p.toString());
        assertTrue(p.line() >= 5, p.toString());
        assertTrue(p.column() > 0, p.toString());
    }

    @Test
    void yamlTabIndentationIsMalformed() {
        Loader.Result r = Loader.check(Fixtures.writeText(dir, "tabs.yaml", "id: x\nstates:\n\t- id: A\n"), List.of());
        Problem p = r.problems().get(0);
        assertTrue(p.message().startsWith("malformed YAML"), p.toString());
        assertTrue(p.line() > 0, p.toString());
        // the location points at the tab
        assertEquals(3, p.line(), p.toString());
        assertEquals(1, p.column(), p.toString());
    }

    // --- all at once ---

    @Test
    void everyStructuralProblemIsReportedAtOnce() {
        Loader.Result r = Fixtures.checkFictional(dir, t -> {
            Fixtures.state(t, "NOR").put("resolv", 0.5);
            Fixtures.state(t, "SOU").put("forces", -5);
            t.put("horizonDays", "sixty");
            Fixtures.element(t, "actions", "warn").remove("kind");
        });
        List<String> paths = r.problems().stream().map(Problem::path).toList();
        assertTrue(r.problems().size() >= 4, Fixtures.describe(r.problems()));
        assertTrue(paths.containsAll(List.of("states.NOR.resolv", "states.SOU.forces", "horizonDays", "actions.warn.kind")), paths.toString());
    }

    @Test
    void everyCrossFieldProblemIsReportedAtOnce() {
        Loader.Result r = Fixtures.checkFictional(dir, t -> {
            ((ObjectNode) t.get("crisis")).put("issue", "nothing");
            Fixtures.element(t, "events", "council").put("date", "2031-01-01");
            Fixtures.state(t, "MID").put("id", "SOU");
        });
        List<String> paths = r.problems().stream().map(Problem::path).toList();
        assertTrue(r.problems().size() >= 3, Fixtures.describe(r.problems()));
        assertTrue(paths.containsAll(List.of("crisis.issue", "events.council.date", "states.SOU")), paths.toString());
    }

    @Test
    void problemsInAYamlFileHaveYamlLines() {
        // the YAML twin with a mistake: lines refer to the YAML text
        String text = Fixtures.readString(Fixtures.FICTIONAL_YAML).replace("    resolve: 0.8\n", "    resolve: 1.8\n");
        Path f = Fixtures.writeText(dir, "twin.yaml", text);
        Loader.Result r = Loader.check(f, List.of());
        assertEquals(1, r.problems().size(), Fixtures.describe(r.problems()));
        Problem p = r.problems().get(0);
        assertEquals("states.SOU.resolve", p.path());
        List<String> lines = text.lines().toList();
        assertEquals("    resolve: 1.8", lines.get(p.line() - 1), p.toString());
    }

    // --- semantic rules: well-formed files that could never mean what they say ---

    @Test
    void aRungParameterOffTheLadderIsRefused() {
        Problem p = problemAt("crisis.fadeRung", t -> ((ObjectNode) t.get("crisis")).put("fadeRung", 50));
        assertMessage(p, "rung 50 is not on the ladder: expected 0 to 8");
        // allianceWarRung no longer names anything (Model v2): set, it is a warning, not a rung to check
        Loader.Result r = Fixtures.checkFictional(dir, t -> ((ObjectNode) t.get("parameters")).put("allianceWarRung", 50));
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.path().equals("parameters.allianceWarRung") && w.message().contains("has no effect")),
                Fixtures.describe(r.warnings()));
    }

    @Test
    void aUseOfForceThatNoTriggerMapsToARungIsRefused() {
        // a hybrid attack opens no war, so only an action trigger can move the ladder for it
        Problem p = problemAt("actions.cyber", t -> {
            for (var rung : t.get("ladder")) {
                for (var tr : rung.path("triggers")) if ("cyber".equals(tr.path("action").asText())) ((ObjectNode) tr).put("action", "incursion");
            }
        });
        assertMessage(p, "use of force (hybrid) must move the crisis up the ladder", "no rung has a trigger with action 'cyber'");
    }

    @Test
    void settlementLongerThanTheHorizonIsRefused() {
        Problem p = problemAt("crisis.settlementDays", t -> ((ObjectNode) t.get("crisis")).put("settlementDays", 61));
        assertMessage(p, "must hold 61 days", "horizon of 60 days", "no run can settle");
    }

    @Test
    void aPrincipalWithoutHoldIsRefused() {
        Problem p = problemAt("states.SOU.actions", t -> {
            ArrayNode a = (ArrayNode) Fixtures.state(t, "SOU").get("actions");
            a.remove(0);
        });
        assertMessage(p, "needs a 'hold' action");
    }

    @Test
    void anAllianceWhoseAdversaryIsItsOwnMemberIsRefused() {
        Problem p = problemAt("alliances.PACT.adversary", t -> Fixtures.element(t, "alliances", "PACT").put("adversary", "WES"));
        assertMessage(p, "'WES' is a member of the alliance");
    }

    @Test
    void aTalksPartyAsItsOwnMediatorIsRefused() {
        Problem p = problemAt("events.council.mediators.0", t -> Fixtures.element(t, "events", "council").putArray("mediators").add("NOR"));
        assertMessage(p, "'NOR' takes part in the talks and cannot also mediate it");
    }

    @Test
    void anActionThatNeedsMoreForcesThanTheStateHasIsRefused() {
        // NOR has 500 thousand active forces; an invasion that needs 600 can never open
        int k = 0;
        for (var a : Fixtures.state(Fixtures.fictional(), "NOR").get("actions")) {
            if (a.asText().equals("invasion")) break;
            k++;
        }
        Problem p = problemAt("states.NOR.actions." + k, t -> Fixtures.element(t, "actions", "invasion").put("minForces", 600));
        assertMessage(p, "'invasion' needs at least 600 thousand troops", "more than NOR's 500 thousand active forces", "can never open");
    }

    @Test
    void parametersWithoutEffectAreWarningsNotProblems() {
        Loader.Result r = Fixtures.checkFictional(dir, t -> {
            t.putArray("sanctionsTiers");
            ArrayNode instruments = (ArrayNode) Fixtures.element(t, "alliances", "PACT").get("instruments");
            for (int i = instruments.size() - 1; i >= 0; i--) if (instruments.get(i).asText().equals("sanctions")) instruments.remove(i);
            for (var rung : t.get("ladder")) {
                if (!(rung.get("triggers") instanceof ArrayNode triggers)) continue;
                for (int i = triggers.size() - 1; i >= 0; i--) {
                    if (triggers.get(i).has("sanctionsImposed") || triggers.get(i).has("sanctionsThreatened")) triggers.remove(i);
                }
            }
            ArrayNode wes = (ArrayNode) Fixtures.state(t, "WES").get("actions");
            for (int i = wes.size() - 1; i >= 0; i--) if (wes.get(i).asText().equals("threaten")) wes.remove(i);
            ArrayNode actions = (ArrayNode) t.get("actions");
            for (int i = actions.size() - 1; i >= 0; i--) if (actions.get(i).get("id").asText().equals("threaten")) actions.remove(i);
            Fixtures.element(t, "events", "ministers").remove("tier");
            ((ObjectNode) t.get("parameters")).put("sanctionsWeight", 6).put("vetoRung", 2);
        });
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
        List<String> paths = r.warnings().stream().map(Problem::path).toList();
        assertEquals(List.of("parameters.sanctionsWeight", "parameters.vetoRung"), paths, Fixtures.describe(r.warnings()));
        assertTrue(r.warnings().get(0).message().contains("has no effect: the scenario has no sanctions tiers"), r.warnings().get(0).toString());
        assertTrue(r.warnings().get(0).line() > 0);
        // the fictional scenario as it is has nothing to warn about
        assertEquals(List.of(), Fixtures.checkFictional(dir, t -> { }).warnings());
    }
}
