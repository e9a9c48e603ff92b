package brink.cli;

import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file case of the hostile-input reproducers (src/test/resources/reproducers, copied from
 * ../shared/reproducers): the exit code, and the single line that says what is wrong and where.
 */
class ReproducersTest {
    static final Path R = Path.of("src", "test", "resources", "reproducers");

    @TempDir
    Path tmp;

    record Out(int code, String out, String err) {
        /** Non-blank lines on stderr. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        /** Exit 2, exactly one line on stderr that contains every given fragment, no trace of Java. */
        Out badInput(String... fragments) {
            assertEquals(Main.BAD_INPUT, code, this::toString);
            assertEquals(1, errLines().size(), "one line expected:\n" + err);
            for (String f : fragments) assertTrue(err.contains(f), "'" + f + "' expected in:\n" + err);
            noJava();
            return this;
        }

        void noJava() {
            for (String s : new String[]{out, err}) {
                assertFalse(s.contains("\tat "), "stack trace:\n" + s);
                assertFalse(s.contains("Exception"), "a Java exception's name:\n" + s);
                assertFalse(s.contains("internal error"), "internal error:\n" + s);
            }
        }
    }

    static Out brink(String... args) {
        PrintStream o = System.out, e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    static String r(String name) {
        return R.resolve(name).toString();
    }

    /** A run of a reproducer into a folder under tmp, which must hold nothing afterwards but what a success writes. */
    private Out run(String file, String... more) {
        String[] args = Stream.concat(Stream.of("run", r(file), "--runs", "5", "--no-charts", "--quiet", "--out", tmp.resolve("r").toString()),
                Stream.of(more)).toArray(String[]::new);
        return brink(args);
    }

    private void nothingWritten() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).toList(), "nothing may be left behind, not even a hidden partial folder");
        }
    }

    @Test
    void theTinyScenarioValidatesAndRuns() throws IOException {
        assertEquals(0, brink("validate", r("tiny.json")).code());
        Out ok = run("tiny.json");
        assertEquals(0, ok.code(), ok.err());
        assertEquals(6, Files.readAllLines(tmp.resolve("r/runs.csv")).size());
    }

    @Test
    void aDateAtTheEndOfJavasRangeIsAProblemNotACrash() {
        brink("validate", r("date-max.json")).badInput("date-max.json:4:15: startDate: expected a date from 0001-01-01 to 9999-12-31");
        // the same through --set: blamed on the --set
        brink("validate", r("tiny.json"), "--set", "startDate=+999999999-12-31").badInput("--set startDate=+999999999-12-31: startDate:");
    }

    @Test
    void oneBadFileDoesNotCostTheOthersTheirVerdicts() {
        Out o = brink("validate", r("date-max.json"), r("tiny.json"));
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.out().contains("ok  " + r("tiny.json")), o.out());
        o.noJava();
    }

    @Test
    void oneBadFileDoesNotEndTheListing() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("scenarios"));
        Files.copy(R.resolve("date-max.json"), dir.resolve("date-max.json"));
        Files.copy(R.resolve("tiny.json"), dir.resolve("tiny.json"));
        Out o = brink("scenarios", "--dir", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("INVALID (date-max.json)"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("tiny ") && l.contains("Tiny crisis")), o.out());
        o.noJava();
    }

    @Test
    void aNullDistributionParameterIsAMissingOne() {
        brink("validate", r("dist-null-param.json")).badInput("states.A.resolve.min: a uniform distribution needs 'min'");
    }

    @Test
    void aLoneSurrogateInAnIdIsRefusedBeforeAnythingIsWritten() throws IOException {
        // the id and the two relations that name it: one line each, and the count
        for (Out o : List.of(brink("validate", r("lone-surrogate-id.json")), run("lone-surrogate-id.json"))) {
            assertEquals(Main.BAD_INPUT, o.code());
            assertEquals(4, o.errLines().size(), o.err());
            assertTrue(o.errLines().get(0).endsWith("lone-surrogate-id.json:15:10: states.A\\ud800.id: the text holds an unpaired UTF-16 surrogate (\\ud800): not valid Unicode"), o.err());
            o.noJava();
        }
        nothingWritten();
    }

    @Test
    void scenarioIdsThatAreNoFolderNamesAreRefused() throws IOException {
        for (String f : List.of("id-dotdot.json", "id-slash.json", "id-300-chars.json", "id-nul.json")) {
            Out o = brink("run", r(f), "--runs", "5", "--no-charts", "--quiet");
            o.badInput(f + ":2:8: id: ");
        }
        nothingWritten();
    }

    @Test
    void horizonAndThreadsHaveDocumentedCeilings() throws IOException {
        // one line in the form of the other usage errors ("error: --runs must be ...")
        run("tiny.json", "--horizon", "2147483647").badInput("error: --horizon must be 1 to 3650 days, got 2147483647");
        brink("narrate", r("tiny.json"), "--horizon", "0").badInput("error: --horizon must be 1 to 3650 days, got 0");
        run("tiny.json", "--horizon", "0").badInput("error: --horizon must be 1 to 3650 days, got 0");
        run("tiny.json", "--threads", "2147483647").badInput("--threads must be 1 to 256");
        brink("sweep", r("tiny.json"), "--vary", "states.A.resolve=0.2,0.4", "--runs", "2", "--threads", "0").badInput("--threads must be 1 to 256");
        nothingWritten();
    }

    @Test
    void tooManyStatesAreRefusedBeforeTheyExhaustMemory() throws IOException {
        ObjectNode d = (ObjectNode) Loader.JSON.readTree(R.resolve("tiny.json").toFile());
        ArrayNode states = (ArrayNode) d.get("states");
        for (int i = 0; i < 10_000; i++) states.addObject().put("id", "S" + i).put("name", "S" + i).put("forces", 1).put("gdp", 1);
        Path f = tmp.resolve("s10k.json");
        Loader.JSON.writeValue(f.toFile(), d);
        Out o = brink("run", f.toString(), "--runs", "2", "--no-charts", "--quiet", "--out", tmp.resolve("r").toString());
        o.badInput("states: at most 500 states");
        Files.delete(f);
        nothingWritten();
    }

    @Test
    void unusableOutFoldersAreOneLineErrors() {
        run("tiny.json").code();
        Out proc = brink("run", r("tiny.json"), "--runs", "5", "--no-charts", "--quiet", "--out", "/proc/brink-repro");
        proc.badInput("/proc/brink-repro: cannot create the results folder");
        Out devNull = brink("run", r("tiny.json"), "--runs", "5", "--no-charts", "--quiet", "--out", "/dev/null/x");
        devNull.badInput("/dev/null/x: cannot create the results folder");
        Out longName = brink("run", r("tiny.json"), "--runs", "5", "--no-charts", "--quiet", "--out", tmp.resolve("x".repeat(300)).toString());
        longName.badInput("the folder name is too long");
        Out exists = brink("run", r("tiny.json"), "--runs", "5", "--no-charts", "--quiet", "--out", tmp.resolve("r").toString());
        exists.badInput("already exists; results are never overwritten");
    }

    @Test
    void nonFiniteAndOverflowingNumbersAreRefused() throws IOException {
        run("forces-1e309.json").badInput("states.A.forces: expected a finite number");
        run("forces-1e308.json").badInput("states.A.forces: value 1.0E308 is out of range");
        run("lognormal-overflow.json").badInput("states.A.gdp: invalid lognormal distribution: mu + 6 sigma must be at most 20.7");
        run("normal-infinite-mean.json").badInput("states.A.resolve.mean: expected a finite number");
        Path inject = tmp.resolve("inject.json");
        Files.writeString(inject, "[{\"id\": \"move\", \"name\": \"Move\", \"date\": \"2030-01-03\", \"type\": \"troop-movement\", "
                + "\"participants\": [\"A\"], \"state\": \"A\", \"forces\": 1e309}]");
        run("tiny.json", "--inject", inject.toString()).badInput("inject.json", "events.move.forces: expected a finite number");
        Files.delete(inject);
        nothingWritten();
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefused() throws IOException {
        run("duplicate-key.json").badInput("duplicate-key.json:6:2: horizonDays: the key 'horizonDays' is given twice");
        brink("validate", r("trailing-garbage.json")).badInput("trailing-garbage.json:72:1: content after the end of the document");
        String tiny = Files.readString(R.resolve("tiny.json"));
        for (String tail : List.of("true", "\"s\"", "]")) {
            Path f = tmp.resolve("tail.json");
            Files.writeString(f, tiny + tail);
            brink("validate", f.toString()).badInput("tail.json:", "content after the end of the document");
        }
        Path y = tmp.resolve("two.yaml");
        Files.writeString(y, "id: a\n---\nid: b\n");
        brink("validate", y.toString()).badInput("two.yaml:", "a second document after the first");
        Path dup = tmp.resolve("dup.yaml");
        Files.writeString(dup, "id: a\nid: b\n");
        brink("validate", dup.toString()).badInput("dup.yaml:2:1: id: the key 'id' is given twice");
        Files.delete(tmp.resolve("tail.json"));
        Files.delete(y);
        Files.delete(dup);
        nothingWritten();
    }

    @Test
    void yamlAliasesReadAsTheirAnchorsValue() throws IOException {
        Out o = run("yaml-alias.yaml");
        assertEquals(0, o.code(), o.err());
        JsonNode m = Loader.JSON.readTree(tmp.resolve("r/manifest.json").toFile());
        assertEquals("Tiny crisis", m.get("scenarioTitle").asText());
        Out n = brink("validate", r("yaml-alias-number.yaml"));
        assertEquals(0, n.code(), n.err());
        // an object's alias and a merge key: B is A with another id and name
        Path f = tmp.resolve("merge.yaml");
        Files.writeString(f, Files.readString(R.resolve("yaml-alias-number.yaml"))
                .replace("  - {id: A, name: A, forces: 10, gdp: &g 100, maxBuildUp: 1, actions: [hold]}",
                        "  - &a {id: A, name: A, forces: 10, gdp: 100, maxBuildUp: 1, actions: [hold]}")
                .replace("  - {id: B, name: B, forces: 10, gdp: *g, maxBuildUp: 1, actions: [hold]}", "  - {<<: *a, id: B, name: B}"));
        Loader.Result merged = Loader.check(f, List.of());
        assertTrue(merged.ok(), merged.problems().toString());
        assertEquals(100, merged.scenario().state("B").orElseThrow().gdp().value());
        assertEquals("B", merged.scenario().states().get(1).name());
        Files.delete(f);
    }

    @Test
    void benchRefusesNoRuns() {
        brink("bench", r("tiny.json"), "--runs", "0").badInput("--runs must be 1 to");
        brink("bench", r("tiny.json"), "--runs", "-5").badInput("--runs must be 1 to");
    }
}
