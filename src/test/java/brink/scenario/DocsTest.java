package brink.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/SCENARIOS.md stays true to the format: its examples validate and it names every field, kind and type. */
class DocsTest {
    static final Path DOC = Path.of("docs", "SCENARIOS.md");

    @TempDir
    Path dir;

    private static String doc() {
        return Fixtures.readString(DOC);
    }

    /** The first fenced block of the language after the heading. */
    private static String block(String heading, String language) {
        String d = doc();
        int h = d.indexOf("\n## " + heading);
        assertTrue(h >= 0, "no heading " + heading);
        int start = d.indexOf("```" + language + "\n", h);
        int end = d.indexOf("\n```", start + 4);
        return d.substring(start + language.length() + 4, end + 1);
    }

    @Test
    void workedExampleValidates() {
        Path f = Fixtures.writeText(dir, "strait.yaml", block("Worked example", "yaml"));
        Loader.Result r = Loader.check(f, List.of());
        assertTrue(r.ok(), Fixtures.describe(r.problems()));
        assertEquals("strait-2031", r.scenario().id());
    }

    @Test
    void injectExampleLoadsAgainstTheFictionalScenario() {
        Path f = Fixtures.writeText(dir, "inject.yaml", block("Injects", "yaml"));
        assertEquals(2, Loader.loadEvents(f, Loader.load(Fixtures.FICTIONAL)).size());
    }

    @Test
    void everyModelParameterIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (RecordComponent c : ModelParameters.class.getRecordComponents()) {
            if (!doc().contains("| `" + c.getName() + "` |")) missing.add(c.getName());
        }
        assertTrue(missing.isEmpty(), "docs/SCENARIOS.md has no row for parameters " + missing);
    }

    @Test
    void everyFieldKindAndTypeIsDocumented() {
        String d = doc();
        List<String> missing = new ArrayList<>();
        for (Class<?> r : new Class<?>[]{Scenario.class, Source.class, ContestedIssue.class, StateSpec.class, Belief.class,
                AllianceSpec.class, Relation.class, Rung.class, Trigger.class, SanctionsTier.class, ActionSpec.class,
                EventSpec.class, OutcomeSpec.class, CrisisSpec.class, FightingSpec.class, Dist.class, RecordSpec.class, Observation.class}) {
            for (RecordComponent c : r.getRecordComponents()) {
                if (!d.contains("`" + c.getName() + "`")) missing.add(r.getSimpleName() + "." + c.getName());
            }
        }
        for (Class<?> e : new Class<?>[]{ActionSpec.Kind.class, EventSpec.Type.class, Relation.Type.class,
                AllianceSpec.DecisionRule.class, AllianceSpec.Instrument.class, Severity.class, Termination.class, ActorResult.class, Observation.Kind.class}) {
            for (String name : Shape.enumNames(e)) {
                if (!d.contains("`" + name + "`")) missing.add(e.getSimpleName() + " " + name);
            }
        }
        for (String kind : Dist.KINDS) if (!d.contains("| `" + kind + "` |")) missing.add("dist " + kind);
        assertTrue(missing.isEmpty(), "docs/SCENARIOS.md does not mention " + missing);
    }
}
