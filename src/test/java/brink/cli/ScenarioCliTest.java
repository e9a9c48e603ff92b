package brink.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario side of the command line: validate, scenarios, --version, and run refusing bad input cleanly. */
class ScenarioCliTest {
    static final String SEED = Path.of("scenarios", "nato-russia-2022-01.json").toString();
    static final String FICTIONAL = Path.of("src", "test", "resources", "scenarios", "fictional.json").toString();
    static final String FICTIONAL_YAML = Path.of("src", "test", "resources", "scenarios", "fictional.yaml").toString();

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
        void assertNoStackTrace() {
            for (String s : new String[]{out, err}) {
                assertFalse(s.contains("\tat "), "stack trace printed:\n" + s);
                assertFalse(s.contains("Exception in thread"), "uncaught exception:\n" + s);
                assertFalse(s.contains("internal error"), "internal error:\n" + s);
            }
        }
    }

    /** Runs the command line with System.out and System.err captured. */
    static Outcome brink(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
        }
        return new Outcome(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private Path brokenSeed() throws IOException {
        ObjectNode t = (ObjectNode) brink.scenario.Loader.JSON.readTree(Path.of(SEED).toFile());
        ObjectNode rus = null;
        for (var s : t.get("states")) if (s.get("id").asText().equals("RUS")) rus = (ObjectNode) s;
        rus.put("resolv", 0.9);                 // unknown field
        rus.put("forces", -90);                 // out of range
        t.put("horizonDays", "a hundred");      // wrong type
        Path f = dir.resolve("broken-seed.json");
        brink.scenario.Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), t);
        return f;
    }

    @Test
    void validateAcceptsTheSeed() {
        Outcome r = brink("validate", SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ok  " + SEED), r.out());
        assertTrue(r.out().contains("nato-russia-2022-01: 39 states"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateAcceptsSeveralFilesJsonAndYaml() {
        Outcome r = brink("validate", SEED, FICTIONAL, FICTIONAL_YAML);
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("ok  ")).count(), r.out());
    }

    @Test
    void validateReportsEveryProblemOfABrokenSeedWithPaths() throws IOException {
        Path f = brokenSeed();
        Outcome r = brink("validate", f.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("states.RUS.resolv: unknown field, did you mean 'resolve'?"), r.err());
        assertTrue(r.err().contains("states.RUS.forces: value -90 is out of range"), r.err());
        assertTrue(r.err().contains("horizonDays: expected a whole number"), r.err());
        assertTrue(r.err().contains(f + ": 3 problems"), r.err());
        // file:line:column: path: message
        assertTrue(r.err().lines().anyMatch(l -> l.matches(".*broken-seed\\.json:\\d+:\\d+: states\\.RUS\\.forces: .*")), r.err());
        assertFalse(r.out().contains("ok "), r.out());
        r.assertNoStackTrace();
    }

    @Test
    void validateGoesOnAfterABadFile() throws IOException {
        Outcome r = brink("validate", brokenSeed().toString(), FICTIONAL);
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.out().contains("ok  " + FICTIONAL), r.out());
    }

    @Test
    void malformedJsonNeverPrintsAStackTrace() throws IOException {
        Path f = dir.resolve("malformed.json");
        Files.writeString(f, "{\n  \"id\": \"x\",\n  \"title\": \"y\"\n  \"states\": []\n}\n");
        Outcome r = brink("validate", f.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains(f + ":4:"), r.err());
        assertTrue(r.err().contains("malformed JSON"), r.err());
        r.assertNoStackTrace();

        Outcome run = brink("run", f.toString(), "--no-charts", "--runs", "5", "--out", dir.resolve("x").toString());
        assertEquals(Main.BAD_INPUT, run.code());
        assertTrue(run.err().contains("malformed JSON"), run.err());
        run.assertNoStackTrace();
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void malformedYamlNeverPrintsAStackTrace() throws IOException {
        Path f = dir.resolve("malformed.yaml");
        Files.writeString(f, "id: x\nstates:\n  - id: A\n    name: [unclosed\n");
        Outcome r = brink("validate", f.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("malformed YAML"), r.err());
        r.assertNoStackTrace();
    }

    @Test
    void missingFileAndUnknownTypeAreBadInput() {
        Outcome missing = brink("validate", dir.resolve("nowhere.json").toString());
        assertEquals(Main.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("no such scenario file or id: " + dir.resolve("nowhere.json")), missing.err());
        missing.assertNoStackTrace();
        Outcome txt = brink("validate", "pom.xml");
        assertEquals(Main.BAD_INPUT, txt.code());
        assertTrue(txt.err().contains("unknown file type"), txt.err());
        txt.assertNoStackTrace();
    }

    @Test
    void runWithAnInvalidScenarioWritesNothing() throws IOException {
        Path out = dir.resolve("x");
        Outcome r = brink("run", brokenSeed().toString(), "--no-charts", "--runs", "5", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("states.RUS.resolv"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertFalse(Files.exists(out), "the results folder must not exist");
        r.assertNoStackTrace();
    }

    @Test
    void runWithABadOverrideWritesNothing() {
        Path out = dir.resolve("x");
        Outcome r = brink("run", FICTIONAL, "--set", "states.XXX.resolve=1", "--no-charts", "--runs", "5", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--set states.XXX.resolve=1") && r.err().contains("'XXX'"), r.err());
        assertFalse(Files.exists(out));
        r.assertNoStackTrace();
    }

    @Test
    void runWithABadInjectWritesNothing() throws IOException {
        Path inject = dir.resolve("inject.yaml");
        Files.writeString(inject, """
                - id: surprise
                  name: Border incident
                  date: "2031-01-01"
                  type: incident
                  participants: [NOR, ATLANTIS]
                  tension: 0.2
                """);
        Path out = dir.resolve("x");
        Outcome r = brink("run", FICTIONAL, "--inject", inject.toString(), "--no-charts", "--runs", "5", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("events.surprise.date"), r.err());
        assertTrue(r.err().contains("events.surprise.participants.1: 'ATLANTIS' is not a declared state or alliance"), r.err());
        assertFalse(Files.exists(out));
        r.assertNoStackTrace();
    }

    @Test
    void aSanctionsEventThatCannotActIsRefusedByValidateAndByInject() throws IOException {
        ObjectNode t = (ObjectNode) brink.scenario.Loader.JSON.readTree(Path.of(SEED).toFile());
        ObjectNode e = ((com.fasterxml.jackson.databind.node.ArrayNode) t.get("events")).addObject();
        e.put("id", "us-sanctions").put("name", "Sanctions by one state").put("date", "2022-01-20").put("type", "sanctions").put("tier", 1);
        e.putArray("participants").add("USA");
        Path f = dir.resolve("state-sanctions.json");
        brink.scenario.Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), t);
        Outcome r = brink("validate", f.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches(".*state-sanctions\\.json:\\d+:\\d+: events\\.us-sanctions\\.participants: a sanctions event imposes its tier only through "
                + "a participating alliance with the sanctions instrument, and USA is not one: expected one of .* \\(EU\\) among the participants")), r.err());
        assertFalse(r.out().contains("ok "), r.out());
        r.assertNoStackTrace();

        Path inject = dir.resolve("inject.yaml");
        Files.writeString(inject, """
                - id: embargo
                  name: Embargo
                  date: "2030-03-20"
                  type: sanctions
                  tier: 1
                  participants: [WES]
                """);
        Path out = dir.resolve("x");
        Outcome run = brink("run", FICTIONAL, "--inject", inject.toString(), "--no-charts", "--runs", "5", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, run.code());
        assertTrue(run.err().contains("events.embargo.participants: a sanctions event imposes its tier only through") && run.err().contains("Western Pact (PACT)"), run.err());
        assertFalse(Files.exists(out));
        run.assertNoStackTrace();
    }

    @Test
    void validateWithOverrides() {
        assertEquals(0, brink("validate", FICTIONAL, "--set", "states.NOR.resolve=0.9").code());
        Outcome bad = brink("validate", FICTIONAL, "--set", "states.NOR.resolve=1.9");
        assertEquals(Main.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("states.NOR.resolve: value 1.9 is out of range"), bad.err());
        Outcome syntax = brink("validate", FICTIONAL, "--set", "states.NOR.resolve");
        assertEquals(Main.BAD_INPUT, syntax.code());
        assertTrue(syntax.err().contains("is not PATH=VALUE"), syntax.err());
        syntax.assertNoStackTrace();
    }

    @Test
    void versionSucceeds() {
        Outcome r = brink("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("brink "), r.out());
    }

    @Test
    void scenariosListsTheSeed() {
        Outcome r = brink("scenarios");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nato-russia-2022-01"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("nato-russia-2022-01") && l.contains("[default]")), r.out());
        assertFalse(r.out().contains("scenario.schema.json"), "the schema is not a scenario: " + r.out());
    }

    @Test
    void scenariosMarksInvalidFilesWithoutFailing() throws IOException {
        Files.copy(Path.of(FICTIONAL_YAML), dir.resolve("fictional.yaml"));
        Files.writeString(dir.resolve("broken.json"), "{");
        Outcome r = brink("scenarios", "--dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("northland-southmark"), r.out());
        assertTrue(r.out().contains("INVALID (broken.json)"), r.out());
        r.assertNoStackTrace();
    }
}
