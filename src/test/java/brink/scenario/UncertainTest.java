package brink.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UncertainTest {
    @Test
    void seedListsItsDistributionsByPath() {
        Map<String, Param> u = Uncertain.of(Loader.load(Fixtures.SEED));
        assertFalse(u.isEmpty());
        assertTrue(u.containsKey("states.RUS.resolve"), u.keySet().toString());
        assertEquals("beta", u.get("states.RUS.resolve").dist().dist());
        assertTrue(u.containsKey("crisis.initialTension"), u.keySet().toString());
        assertTrue(u.containsKey("parameters.rationality"), u.keySet().toString());
        assertTrue(u.containsKey("events.nato-fm-vtc.cohesion"), u.keySet().toString());
        assertFalse(u.containsKey("states.RUS.forces"), "fixed numbers are not listed");
        assertTrue(u.values().stream().allMatch(Param::uncertain));
    }

    @Test
    void fictionalListsExactlyItsDistributionsInDocumentOrder() {
        Map<String, Param> u = Uncertain.of(Loader.load(Fixtures.FICTIONAL));
        assertEquals(List.of("states.NOR.resolve", "states.WES.resolve", "parameters.fear"), List.copyOf(u.keySet()));
    }

    @Test
    void everyPathIsAValidOverridePath() {
        // a sweep varies exactly these paths; each must address its value through --set
        Scenario seed = Loader.load(Fixtures.SEED);
        List<Overrides.Assignment> fix = Uncertain.of(seed).keySet().stream().map(p -> new Overrides.Assignment(p, "0.5")).toList();
        Loader.Result r = Loader.check(Fixtures.SEED, fix);
        List<Problem> placement = r.problems().stream().filter(p -> p.file().startsWith("--set")).toList();
        assertTrue(placement.isEmpty(), Fixtures.describe(placement));
    }

    @Test
    void pathsNameListElementsByIdLevelTierOrIndex() {
        Loader.Result r = Loader.check(Fixtures.FICTIONAL, List.of(
                new Overrides.Assignment("ladder.4.triggers.0.holdDays", "2"),
                new Overrides.Assignment("sanctionsTiers.2.costToTarget", "{\"dist\":\"uniform\",\"min\":0.01,\"max\":0.05}"),
                new Overrides.Assignment("states.NOR.beliefs.0.alpha", "{\"dist\":\"uniform\",\"min\":1,\"max\":3}"),
                new Overrides.Assignment("states.SOU.positions.alignment", "{\"dist\":\"beta\",\"alpha\":9,\"beta\":1}"),
                new Overrides.Assignment("relations.8.weight", "{\"dist\":\"uniform\",\"min\":0.5,\"max\":0.7}")));
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
        Map<String, Param> u = Uncertain.of(r.scenario());
        assertTrue(u.keySet().containsAll(List.of("sanctionsTiers.2.costToTarget", "states.NOR.beliefs.0.alpha",
                "states.SOU.positions.alignment", "relations.8.weight")), u.keySet().toString());
    }
}
