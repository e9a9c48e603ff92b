package brink.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario's record of what happened: read into codes, and checked against the scenario's ids and horizon. */
class RecordTest {
    @TempDir
    Path dir;

    private static final String RECORD = """
            {"summary": "SOU took the disputed strip and a ceasefire followed.",
             "icb": 999, "outcome": "incursion", "severity": "serious-clashes", "termination": "semi-formal-agreement",
             "terminationDate": "2030-04-10", "results": {"NOR": "defeat", "SOU": "victory"},
             "firstForceDate": "2030-03-20", "firstForceBy": "SOU",
             "observations": [
               {"date": "2030-03-05", "kind": "talk", "event": "council", "result": "breakdown"},
               {"date": "2030-03-15", "kind": "forces", "state": "SOU", "min": 40, "max": 60},
               {"date": "2030-03-19", "kind": "no-force"},
               {"date": "2030-03-25", "kind": "rung", "min": 5},
               {"date": "2030-03-25", "kind": "sanctions", "alliance": "PACT", "tier": 1, "imposed": true}
             ]}""";

    private Loader.Result withRecord(Consumer<ObjectNode> change) {
        return Fixtures.checkFictional(dir, t -> {
            t.set("record", Fixtures.tree(Fixtures.writeText(dir, "r.json", RECORD)));
            change.accept((ObjectNode) t.get("record"));
        });
    }

    @Test
    void aRecordIsReadIntoTheCodes() {
        Loader.Result r = withRecord(x -> { });
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
        RecordSpec rec = r.scenario().record();
        assertEquals(Severity.SERIOUS_CLASHES, rec.severity());
        assertEquals(3, rec.severity().icb);
        assertEquals(Termination.SEMI_FORMAL_AGREEMENT, rec.termination());
        assertEquals(ActorResult.VICTORY, rec.results().get("SOU"));
        assertEquals(5, rec.observations().size());
        assertEquals(Observation.Kind.NO_FORCE, rec.observations().get(2).kind());
    }

    @Test
    void scenariosWithoutARecordStillLoad() {
        Loader.Result r = Fixtures.checkFictional(dir, t -> { });
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
        assertEquals(null, r.scenario().record());
    }

    private void problemAt(String path, Consumer<ObjectNode> change) {
        Loader.Result r = withRecord(change);
        List<Problem> at = r.problems().stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, at.size(), "expected one problem at " + path + ", got:\n" + Fixtures.describe(r.problems()));
    }

    @Test
    void inconsistentRecordsAreRefusedWithTheFieldPath() {
        problemAt("record.outcome", x -> x.put("outcome", "victory-parade"));
        problemAt("record.terminationDate", x -> x.remove("terminationDate"));
        problemAt("record.terminationDate", x -> x.put("termination", "none"));
        problemAt("record.terminationDate", x -> x.put("terminationDate", "2031-01-01"));
        problemAt("record.results.XYZ", x -> ((ObjectNode) x.get("results")).put("XYZ", "defeat"));
        problemAt("record.severity", x -> x.put("severity", "none"));
        problemAt("record.observations.0.event", x -> ((ObjectNode) x.get("observations").get(0)).put("event", "ministers"));
        problemAt("record.observations.0.result", x -> ((ObjectNode) x.get("observations").get(0)).put("result", "stalmate"));
        problemAt("record.observations.1.state", x -> ((ObjectNode) x.get("observations").get(1)).remove("state"));
        problemAt("record.observations.3", x -> ((ObjectNode) x.get("observations").get(3)).put("min", 42));
        problemAt("record.observations.4.imposed", x -> ((ObjectNode) x.get("observations").get(4)).remove("imposed"));
        problemAt("record.observations.2.date", x -> ((ObjectNode) x.get("observations").get(2)).put("date", "2029-12-31"));
        problemAt("record.severity", x -> x.put("severity", "skirmish"));
        problemAt("record.peakRung", x -> x.put("peakRung", 2));
        problemAt("record.peakRung", x -> x.put("peakRung", 9));
        problemAt("record.endRung", x -> x.put("peakRung", 5).put("endRung", 6));
    }

    @Test
    void theRecordsOutcomeClassIsTheOneItsRungsAndTerminationFallInto() {
        // the fictional classes: nuclear (peak >= 8), pact-war (>= 7), invasion (>= 6), incursion (>= 5),
        // settlement (an agreement in force), standoff (the rest); the crisis starts on rung 3
        Loader.Result ok = withRecord(x -> x.put("peakRung", 5).put("endRung", 5));
        assertTrue(ok.ok(), Fixtures.describe(ok.problems()));
        assertEquals(5, ok.scenario().record().peakRung());
        problemAt("record.outcome", x -> x.put("peakRung", 6));
        problemAt("record.outcome", x -> x.put("peakRung", 4));
        // without rungs, some peak and end rung must give the class: a settlement needs an agreement...
        problemAt("record.outcome", x -> x.put("outcome", "settlement").put("termination", "unilateral"));
        problemAt("record.outcome", x -> x.put("outcome", "standoff").put("peakRung", 4).put("endRung", 3).put("termination", "formal-agreement"));
        for (String t : new String[]{"formal-agreement", "tacit"}) {
            Loader.Result settled = withRecord(x -> x.put("outcome", "settlement").put("termination", t).put("peakRung", 4).put("endRung", 0));
            assertTrue(settled.ok(), t + ": " + Fixtures.describe(settled.problems()));
        }
        // ...and a tacit understanding may also leave no agreement in force
        Loader.Result tacit = withRecord(x -> x.put("outcome", "standoff").put("termination", "tacit").put("peakRung", 4).put("endRung", 2));
        assertTrue(tacit.ok(), Fixtures.describe(tacit.problems()));
    }
}
