package brink.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoaderTest {
    @TempDir
    Path dir;

    @Test
    void seedScenarioLoads() {
        Scenario s = Loader.load(Fixtures.SEED);
        assertEquals("nato-russia-2022-01", s.id());
        assertEquals(LocalDate.of(2022, 1, 7), s.startDate());
        assertEquals(120, s.horizonDays());
        assertEquals(39, s.states().size());
        assertEquals(30, s.alliance("NATO").orElseThrow().members().size());
        assertEquals(27, s.alliance("EU").orElseThrow().members().size());
        assertEquals(3, s.crisis().initialRung());
        assertEquals(10, s.ladder().size());
        StateSpec rus = s.state("RUS").orElseThrow();
        assertFalse(rus.forces().uncertain());
        assertEquals(90.0, rus.forces().value());
        assertTrue(rus.resolve().uncertain(), "Russia's resolve is a distribution in the seed");
        assertEquals("beta", rus.resolve().dist().dist());
        assertEquals(AllianceSpec.DecisionRule.CONSENSUS, s.alliance("NATO").orElseThrow().decisionRule());
        assertFalse(s.principals().isEmpty());
    }

    @Test
    void fictionalScenarioLoadsWithItsDefaults() {
        Scenario s = Loader.load(Fixtures.FICTIONAL);
        assertEquals("northland-southmark", s.id());
        assertEquals(5, s.states().size());
        assertEquals(List.of("NOR", "SOU", "WES"), s.principals().stream().map(StateSpec::id).toList());
        StateSpec eas = s.state("EAS").orElseThrow();
        // defaults from StateSpec's constructor
        assertEquals(Param.of(0.5), eas.resolve());
        assertEquals(Param.of(0.7), eas.readiness());
        assertEquals(eas.forces(), eas.activeForces(), "activeForces defaults to forces");
        assertEquals(List.of(), eas.actions());
        // a default from ModelParameters, and the values the file gives
        assertEquals(Param.of(4.0), s.parameters().rationality());
        assertTrue(s.parameters().fear().uncertain());
        assertEquals(ModelParameters.defaults().warCost(), s.parameters().warCost());
        assertEquals(30, Loader.load(Fixtures.SEED).crisis().settlementDays());
        assertEquals(20, s.crisis().settlementDays());
        ActionSpec hold = s.action("hold").orElseThrow();
        assertEquals(0, hold.minRung());
        assertEquals(99, hold.maxRung());
        assertTrue(s.ladder().get(8).absorbing());
        assertFalse(s.ladder().get(4).sticky());
    }

    @Test
    void yamlTwinLoadsToTheSameRecords() {
        Scenario json = Loader.load(Fixtures.FICTIONAL);
        Scenario yaml = Loader.load(Fixtures.FICTIONAL_YAML);
        // field by field first, for a readable failure, then the whole record
        assertEquals(json.states(), yaml.states());
        assertEquals(json.ladder(), yaml.ladder());
        assertEquals(json.actions(), yaml.actions());
        assertEquals(json.events(), yaml.events());
        assertEquals(json.parameters(), yaml.parameters());
        assertEquals(json, yaml);
    }

    @Test
    void schemaPointerIsAllowed() {
        var t = Fixtures.fictional();
        t.put("$schema", "./scenario.schema.json");
        Loader.Result r = Fixtures.check(dir, t);
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
    }

    @Test
    void unknownExtensionIsRefused() {
        Path f = Fixtures.writeText(dir, "scenario.txt", "{}");
        Loader.Result r = Loader.check(f, List.of());
        assertFalse(r.ok());
        assertNull(r.scenario());
        assertTrue(r.problems().get(0).message().contains(".json, .yaml or .yml"), Fixtures.describe(r.problems()));
    }

    @Test
    void emptyAndMissingFilesAreProblemsNotExceptions() {
        Loader.Result empty = Loader.check(Fixtures.writeText(dir, "empty.json", ""), List.of());
        assertEquals("the file is empty", empty.problems().get(0).message());
        Loader.Result missing = Loader.check(dir.resolve("nowhere.yaml"), List.of());
        assertFalse(missing.ok());
        assertTrue(missing.problems().get(0).message().startsWith("cannot read the file"), Fixtures.describe(missing.problems()));
    }

    @Test
    void loadThrowsScenarioExceptionWithEveryProblem() {
        var t = Fixtures.fictional();
        Fixtures.state(t, "NOR").put("resolve", 2);
        Fixtures.state(t, "SOU").put("forces", -1);
        Path f = Fixtures.write(dir, "bad.json", t);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Loader.load(f));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("states.NOR.resolve") && e.getMessage().contains("states.SOU.forces"), e.getMessage());
    }

    @Test
    void yamlProblemsCarryLineNumbers() {
        String text = """
                # a comment on line 1
                id: x
                title: y
                startDate: 2030-01-01
                horizonDays: 0
                """;
        Loader.Result r = Loader.check(Fixtures.writeText(dir, "partial.yaml", text), List.of());
        Problem horizon = r.problems().stream().filter(p -> p.path().equals("horizonDays")).findFirst().orElseThrow(
                () -> new AssertionError(Fixtures.describe(r.problems())));
        assertEquals(5, horizon.line());
        assertTrue(horizon.message().contains("out of range"), horizon.message());
        // unquoted YAML dates are read as text, so they pass
        assertTrue(r.problems().stream().noneMatch(p -> p.path().equals("startDate")), Fixtures.describe(r.problems()));
    }
}
