package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The committed JSON Schema is what the records generate, and it agrees with the loader on shipped and broken files. */
class SchemaTest {
    private static com.networknt.schema.JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSchema() {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Fixtures.tree(Fixtures.SCHEMA));
    }

    private static Set<ValidationMessage> validate(JsonNode node) {
        return schema.validate(node);
    }

    @Test
    void committedSchemaIsTheGeneratedOne() {
        JsonNode committed = Fixtures.tree(Fixtures.SCHEMA);
        List<String> differences = new ArrayList<>();
        diff(JsonSchema.generate(), committed, "", differences);
        if (!differences.isEmpty()) {
            fail("scenarios/scenario.schema.json is out of date with the scenario records (generated vs committed):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(12, differences.size())))
                    + (differences.size() > 12 ? "\n  ... " + (differences.size() - 12) + " more" : "")
                    + "\nRegenerate it with\n"
                    + "  mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt\n"
                    + "  java -cp \"target/classes:$(cat target/classpath.txt)\" brink.scenario.JsonSchema scenarios/scenario.schema.json");
        }
    }

    /** JSON Pointers where the trees differ: missing, extra or changed values. */
    static void diff(JsonNode generated, JsonNode committed, String at, List<String> out) {
        if (generated.isObject() && committed.isObject()) {
            generated.fieldNames().forEachRemaining(f -> {
                if (!committed.has(f)) out.add(at + "/" + f + ": missing from the committed file");
                else diff(generated.get(f), committed.get(f), at + "/" + f, out);
            });
            committed.fieldNames().forEachRemaining(f -> {
                if (!generated.has(f)) out.add(at + "/" + f + ": no longer generated");
            });
        } else if (generated.isArray() && committed.isArray() && generated.size() == committed.size()) {
            for (int i = 0; i < generated.size(); i++) diff(generated.get(i), committed.get(i), at + "/" + i, out);
        } else if (!generated.equals(committed)) {
            out.add(at + ": generated " + generated + ", committed " + committed);
        }
    }

    @Test
    void diffFindsChanges() {
        ObjectNode a = JsonSchema.generate();
        assertEquals(List.of(), diffOf(a, JsonSchema.generate()));
        ObjectNode b = a.deepCopy();
        ((ObjectNode) b.get("$defs").get("StateSpec").get("properties")).remove("gdp");
        ((ObjectNode) b.get("properties").get("horizonDays")).put("maximum", 10);
        assertEquals(List.of("/properties/horizonDays/maximum: generated 3650.0, committed 10",
                "/$defs/StateSpec/properties/gdp: missing from the committed file"), diffOf(a, b));
    }

    private static List<String> diffOf(JsonNode generated, JsonNode committed) {
        List<String> out = new ArrayList<>();
        diff(generated, committed, "", out);
        return out;
    }

    /** Every scenario shipped under scenarios/ and the test fixtures. */
    static List<Path> shipped() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            s.filter(p -> p.getFileName().toString().matches(".*\\.(json|ya?ml)$"))
                    .filter(p -> !p.getFileName().toString().endsWith(".schema.json"))
                    .sorted().forEach(files::add);
        }
        files.add(Fixtures.FICTIONAL);
        files.add(Fixtures.FICTIONAL_YAML);
        return files;
    }

    @TestFactory
    Stream<DynamicTest> shippedScenariosSatisfySchemaAndLoader() throws IOException {
        List<Path> files = shipped();
        assertTrue(files.contains(Fixtures.SEED), files.toString());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Set<ValidationMessage> messages = validate(Fixtures.tree(f));
            assertTrue(messages.isEmpty(), f + " against the schema:\n"
                    + messages.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n")));
            Loader.Result r = Loader.check(f, List.of());
            assertTrue(r.ok(), Fixtures.describe(r.problems()));
        }));
    }

    @Test
    void unknownFieldFailsBoth() {
        ObjectNode t = Fixtures.fictional();
        Fixtures.state(t, "NOR").put("resolv", 0.5);
        assertFalse(validate(t).isEmpty(), "the schema forbids additional properties");
        Loader.Result r = Fixtures.check(dir, t);
        assertFalse(r.ok());
        assertEquals("states.NOR.resolv", r.problems().get(0).path());
    }

    @Test
    void otherStructuralMistakesFailBoth() {
        List<java.util.function.Consumer<ObjectNode>> mistakes = List.of(
                t -> Fixtures.state(t, "NOR").remove("gdp"),
                t -> t.put("horizonDays", "sixty"),
                t -> t.put("horizonDays", 0),
                t -> Fixtures.element(t, "alliances", "PACT").put("decisionRule", "majority"),
                t -> Fixtures.state(t, "SOU").set("resolve", Loader.JSON.createObjectNode().put("dist", "gamma")),
                t -> Fixtures.state(t, "SOU").set("resolve", Loader.JSON.createObjectNode().put("dist", "beta").put("alpah", 1)));
        for (int i = 0; i < mistakes.size(); i++) {
            ObjectNode t = Fixtures.fictional();
            mistakes.get(i).accept(t);
            assertFalse(validate(t).isEmpty(), "schema accepted mistake " + i);
            assertFalse(Fixtures.check(dir, t).ok(), "loader accepted mistake " + i);
        }
    }

    @Test
    void schemaPointerIsAcceptedByBoth() {
        ObjectNode t = Fixtures.fictional();
        t.put("$schema", "./scenario.schema.json");
        assertTrue(validate(t).isEmpty());
        assertTrue(Fixtures.check(dir, t).ok());
    }

    @Test
    void schemaDescribesFieldsFromTheirDocs() {
        JsonNode s = JsonSchema.generate();
        JsonNode state = s.get("$defs").get("StateSpec");
        assertEquals("GDP, billion USD per year", state.get("properties").get("gdp").get("description").asText());
        assertTrue(state.get("required").toString().contains("\"gdp\""));
        assertFalse(state.get("required").toString().contains("\"resolve\""));
        assertEquals(1.0, s.get("properties").get("horizonDays").get("minimum").asDouble());
        assertEquals("#/$defs/Param", state.get("properties").get("resolve").get("$ref").asText());
    }
}
