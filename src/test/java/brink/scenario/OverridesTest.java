package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverridesTest {
    private static Loader.Result apply(String... sets) {
        List<Overrides.Assignment> as = Arrays.stream(sets).map(Overrides.Assignment::parse).toList();
        return Loader.check(Fixtures.FICTIONAL, as);
    }

    private static Scenario ok(String... sets) {
        Loader.Result r = apply(sets);
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
        return r.scenario();
    }

    @Test
    void setsANumber() {
        Scenario s = ok("states.NOR.resolve=0.9");
        assertEquals(Param.of(0.9), s.state("NOR").orElseThrow().resolve());
        assertFalse(s.state("NOR").orElseThrow().resolve().uncertain(), "a number replaces the distribution");
    }

    @Test
    void setsAnEnumAsPlainText() {
        Scenario s = ok("alliances.PACT.decisionRule=qualified-majority");
        assertEquals(AllianceSpec.DecisionRule.QUALIFIED_MAJORITY, s.alliance("PACT").orElseThrow().decisionRule());
    }

    @Test
    void setsADistributionGivenAsJson() {
        Scenario s = ok("states.SOU.resolve={\"dist\":\"beta\",\"alpha\":8,\"beta\":2}");
        Param p = s.state("SOU").orElseThrow().resolve();
        assertTrue(p.uncertain());
        assertEquals("beta", p.dist().dist());
        assertEquals(0.8, p.value(), 1e-12, "an uncertain Param's value is its distribution's centre");
    }

    @Test
    void setsAModelParameter() {
        assertEquals(Param.of(7), ok("parameters.rationality=7").parameters().rationality());
        // one the file does not give: the field is created
        assertEquals(Param.of(0.25), ok("parameters.warCost=0.25").parameters().warCost());
    }

    @Test
    void addressesListElementsByIdLevelTierAndIndex() {
        Scenario s = ok("ladder.4.triggers.0.holdDays=3", "sanctionsTiers.2.imposeRung=6", "relations.0.weight=0.7",
                "states.NOR.beliefs.1.alpha=4", "states.NOR.positions.alignment=0.1", "events.council.date=2030-03-10",
                "crisis.initialTension={\"dist\":\"uniform\",\"min\":0.4,\"max\":0.6}", "horizonDays=90");
        assertEquals(3, s.ladder().get(4).triggers().get(0).holdDays());
        assertEquals(6, s.sanctionsTiers().get(1).imposeRung());
        assertEquals(Param.of(0.7), s.relations().get(0).weight());
        assertEquals(Param.of(4), s.state("NOR").orElseThrow().beliefs().get(1).alpha());
        assertEquals(Param.of(0.1), s.state("NOR").orElseThrow().positions().get("alignment"));
        assertEquals(java.time.LocalDate.of(2030, 3, 10), s.events().get(0).date());
        assertTrue(s.crisis().initialTension().uncertain());
        assertEquals(90, s.horizonDays());
    }

    @Test
    void laterAssignmentsWin() {
        assertEquals(Param.of(0.2), ok("states.NOR.resolve=0.9", "states.NOR.resolve=0.2").state("NOR").orElseThrow().resolve());
    }

    @Test
    void unknownIdIsAProblemNamingIt() {
        Loader.Result r = apply("states.XXX.resolve=1");
        assertFalse(r.ok());
        assertEquals(1, r.problems().size(), Fixtures.describe(r.problems()));
        Problem p = r.problems().get(0);
        assertTrue(p.message().contains("'XXX'"), p.toString());
        assertEquals("states.XXX.resolve", p.path());
        assertTrue(p.file().contains("--set states.XXX.resolve=1"), p.toString());
        assertTrue(p.message().contains("NOR"), "lists the ids there are: " + p);
    }

    @Test
    void nearMissIdGetsASuggestion() {
        Problem p = apply("actions.bild-up.cost=1").problems().get(0);
        assertTrue(p.message().contains("did you mean 'build-up'?"), p.toString());
    }

    @Test
    void badValueTypeIsAProblemAtThePath() {
        Loader.Result r = apply("states.NOR.forces=abc");
        assertFalse(r.ok());
        Problem p = r.problems().stream().filter(x -> x.path().equals("states.NOR.forces")).findFirst()
                .orElseThrow(() -> new AssertionError(Fixtures.describe(r.problems())));
        assertTrue(p.message().contains("got 'abc'"), p.toString());
        // the value came from the --set, not from the file: the problem names the --set, not a line of the file
        assertEquals("--set states.NOR.forces=abc", p.file(), p.toString());
        assertEquals(0, p.line(), p.toString());
    }

    @Test
    void overriddenValuesAreRangeChecked() {
        Problem p = apply("states.NOR.resolve=1.5").problems().get(0);
        assertEquals("states.NOR.resolve", p.path());
        assertTrue(p.message().contains("out of range"), p.toString());
        Problem e = apply("alliances.PACT.decisionRule=majority").problems().get(0);
        assertTrue(e.message().contains("expected one of [consensus, qualified-majority, lead-state]"), e.toString());
    }

    @Test
    void unknownFieldCreatedByAnOverrideIsCaught() {
        Problem p = apply("states.NOR.resolv=0.5").problems().get(0);
        assertEquals("states.NOR.resolv", p.path());
        assertTrue(p.message().contains("did you mean 'resolve'?"), p.toString());
    }

    @Test
    void pathThroughASingleValueIsAProblem() {
        Problem p = apply("title.main=x").problems().get(0);
        assertTrue(p.message().contains("no field") || p.message().contains("expected"), p.toString());
        Problem q = apply("states.NOR.actions.0.kind=hold").problems().get(0);
        assertTrue(q.message().contains("'states.NOR.actions.0' is a single value"), q.toString());
    }

    @Test
    void everyBadAssignmentIsReported() {
        Loader.Result r = apply("states.XXX.resolve=1", "alliances.YYY.lead=WES", "states.NOR.forces=abc");
        assertTrue(r.problems().size() >= 2, Fixtures.describe(r.problems()));
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("'XXX'")));
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("'YYY'")));
    }

    @Test
    void assignmentSyntax() {
        Overrides.Assignment a = Overrides.Assignment.parse(" states.NOR.resolve = 0.9 ");
        assertEquals("states.NOR.resolve", a.path());
        assertEquals("0.9", a.value());
        assertEquals("parameters.x={\"a\":1}", Overrides.Assignment.parse("parameters.x={\"a\":1}").toString());
        ScenarioException e = assertThrows(ScenarioException.class, () -> Overrides.Assignment.parse("states.NOR.resolve"));
        assertTrue(e.getMessage().contains("is not PATH=VALUE"), e.getMessage());
        assertThrows(ScenarioException.class, () -> Overrides.Assignment.parse("=3"));
    }

    @Test
    void valuesAreReadAsJsonElseText() {
        assertTrue(Overrides.valueNode("0.9").isNumber());
        assertTrue(Overrides.valueNode("true").isBoolean());
        assertTrue(Overrides.valueNode("{\"dist\":\"beta\",\"alpha\":1,\"beta\":1}").isObject());
        JsonNode text = Overrides.valueNode("qualified-majority");
        assertTrue(text.isTextual());
        assertEquals("qualified-majority", text.asText());
        assertEquals("123", Overrides.valueNode("\"123\"").asText(), "a JSON string keeps digits as text");
    }

    @Test
    void textThatOnlyStartsLikeJsonStaysText() {
        assertEquals("true story", Overrides.valueNode("true story").asText());
        assertEquals("1 2", Overrides.valueNode("1 2").asText());
        assertEquals("North Land", ok("states.EAS.name=North Land").state("EAS").orElseThrow().name());
        assertEquals("true story", ok("states.EAS.name=true story").state("EAS").orElseThrow().name());
        assertEquals("", Overrides.valueNode("").asText());
    }

    @Test
    void overridesDoNotTouchTheFile() {
        ok("states.NOR.resolve=0.9");
        assertTrue(Loader.load(Fixtures.FICTIONAL).state("NOR").orElseThrow().resolve().uncertain());
    }
}
