package brink.cli;

import brink.scenario.Loader;
import brink.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structural fuzzing of the shipped scenarios: each try takes one of them, applies one to four random mutations (a
 * field deleted or renamed, a value replaced by one of another type or an absurd one, a list element removed or
 * duplicated, an id swapped for another) and asserts that validation either accepts the file or reports problems,
 * each at a field path, without an exception; and that an accepted file runs 5 runs whose every output is finite
 * and no run fails. The seed is fixed, so the suite is repeatable; to explore further, drop the seed and raise the
 * tries (2,500 random tries found nothing on 2026-12-01: 86% refused at a path, 14% accepted and ran clean).
 */
class ScenarioFuzzTest {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final com.fasterxml.jackson.databind.ObjectMapper ESCAPING = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    static List<Path> shipped;
    static Path work;

    @BeforeContainer
    static void shipped() throws IOException {
        List<Path> files = new ArrayList<>(Places.scenarioFiles(Path.of("scenarios")));
        files.add(Path.of("src", "test", "resources", "scenarios", "fictional.json"));
        files.add(Path.of("src", "test", "resources", "scenarios", "fictional.yaml"));
        files.add(Path.of("src", "test", "resources", "reproducers", "tiny.json"));
        shipped = List.copyOf(files);
        work = Files.createTempDirectory("brink-fuzz-");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Which file, and the seeds of the mutations applied to it (jqwik shrinks the list to the mutations that matter). */
    record Plan(int file, List<Long> mutations) {
    }

    @Provide
    Arbitrary<Plan> plans() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.longs().list().ofMinSize(1).ofMaxSize(4))
                .as(Plan::new);
    }

    @Property(tries = 200, seed = "20220107", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void mutatedScenarios(@ForAll("plans") Plan plan) throws IOException {
        check(plan);
    }

    /** Accepted or refused at a path, never an exception; accepted ones run 5 runs with finite outputs and no failure. */
    private void check(Plan plan) throws IOException {
        Path source = shipped.get(plan.file() % shipped.size());
        JsonNode tree = Loader.readTree(source);
        List<String> applied = new ArrayList<>();
        for (long m : plan.mutations()) applied.add(mutate(tree, new Random(m)));
        // written back as JSON: a YAML source's mutants are checked as JSON documents, which is the same tree
        Path file = work.resolve("mutant.json");
        // escaped, so that text the mutation broke (a lone surrogate) is written as the \\uD800 a user would write
        Files.writeString(file, ESCAPING.writeValueAsString(tree), StandardCharsets.UTF_8);
        String what = source + " with " + applied;

        Loader.Result r = Loader.check(file, List.of());
        net.jqwik.api.statistics.Statistics.collect(r.ok() ? "accepted, ran 5 runs" : "refused with problems at paths");
        if (!r.ok()) {
            for (Problem p : r.problems()) {
                assertFalse(p.path().isEmpty(), what + ": a problem without a field path: " + p);
                assertFalse(p.message().contains("Exception"), what + ": " + p);
            }
            ReproducersTest.Out o = ReproducersTest.brink("validate", file.toString());
            assertEquals(Main.BAD_INPUT, o.code(), what + "\n" + o.err());
            o.noJava();
            return;
        }
        Path out = work.resolve("r" + System.nanoTime());
        ReproducersTest.Out o = ReproducersTest.brink("run", file.toString(), "--runs", "5", "--threads", "1", "--no-charts", "--quiet",
                "--out", out.toString());
        assertEquals(0, o.code(), what + "\n" + o.err());
        o.noJava();
        for (String f : List.of("runs.csv", "daily.csv", "summary.json")) {
            String text = Files.readString(out.resolve(f));
            assertFalse(text.contains("NaN") || text.contains("Infinity"), what + ": non-finite value in " + f);
        }
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(6, rows.size(), what);
        for (String row : rows.subList(1, rows.size())) assertTrue(row.endsWith(","), what + ": a run failed: " + row);
    }

    /** One random structural change somewhere in the tree; returns what it did, for the failure message. */
    static String mutate(JsonNode root, Random rnd) {
        List<JsonNode> containers = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        collect(root, "", containers, paths);
        int i = rnd.nextInt(containers.size());
        JsonNode c = containers.get(i);
        String at = paths.get(i);
        if (c instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(rnd.nextInt(names.size()));
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    o.remove(name);
                    return "deleted " + at + "." + name;
                }
                case 1 -> {
                    JsonNode v = o.remove(name);
                    String renamed = rnd.nextBoolean() ? name + "x" : name.substring(0, Math.max(1, name.length() - 1));
                    o.set(renamed, v);
                    return "renamed " + at + "." + name + " to " + renamed;
                }
                case 2 -> {
                    o.set(name, value(rnd, root));
                    return "replaced " + at + "." + name + " by " + o.get(name);
                }
                default -> {
                    o.set(name, perturb(o.get(name), rnd));
                    return "perturbed " + at + "." + name + " to " + o.get(name);
                }
            }
        }
        if (c instanceof ArrayNode a && a.size() > 0) {
            int k = rnd.nextInt(a.size());
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    a.remove(k);
                    return "removed " + at + "[" + k + "]";
                }
                case 1 -> {
                    a.add(a.get(k).deepCopy());
                    return "duplicated " + at + "[" + k + "]";
                }
                default -> {
                    a.set(k, value(rnd, root));
                    return "replaced " + at + "[" + k + "] by " + a.get(k);
                }
            }
        }
        return "nothing at " + at;
    }

    private static void collect(JsonNode n, String path, List<JsonNode> containers, List<String> paths) {
        if (!n.isContainerNode()) return;
        containers.add(n);
        paths.add(path);
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                collect(n.get(f), path + "." + f, containers, paths);
            }
        } else {
            for (int i = 0; i < n.size(); i++) collect(n.get(i), path + "[" + i + "]", containers, paths);
        }
    }

    /** A value of any kind: numbers at the edges, odd text, an id of the document, another part of the document. */
    static JsonNode value(Random rnd, JsonNode root) {
        return switch (rnd.nextInt(12)) {
            case 0 -> NODES.numberNode(0);
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(new double[]{1e300, -1e300, 1e9, 1e10, Double.MIN_VALUE, 0.5, 3650, 3651, 1e-12}[rnd.nextInt(9)]);
            case 3 -> NODES.numberNode(rnd.nextLong());
            case 4 -> NODES.textNode(new String[]{"", "x", "../escaped", "a/b", "A,B", "a.b", "\u0000", "\ud800", "2030-02-30",
                    "+999999999-12-31", "x".repeat(300), "NO", "true", "{\"dist\":\"beta\"}"}[rnd.nextInt(14)]);
            case 5 -> NODES.booleanNode(rnd.nextBoolean());
            case 6 -> NODES.nullNode();
            case 7 -> NODES.objectNode();
            case 8 -> NODES.arrayNode();
            case 9 -> {
                ObjectNode d = NODES.objectNode();
                String kind = new String[]{"beta", "normal", "triangular", "uniform", "lognormal"}[rnd.nextInt(5)];
                d.put("dist", kind);
                for (String k : new String[]{"alpha", "beta", "mean", "sd", "lower", "upper", "min", "mode", "max", "mu", "sigma"}) {
                    if (rnd.nextInt(3) == 0) d.put(k, new double[]{0, 1, -1, 0.5, 1e8, 2, 30}[rnd.nextInt(7)]);
                }
                yield d;
            }
            case 10 -> {
                List<String> ids = new ArrayList<>();
                root.findValues("id").forEach(v -> ids.add(v.asText()));
                yield NODES.textNode(ids.isEmpty() ? "x" : ids.get(rnd.nextInt(ids.size())));
            }
            default -> {
                List<JsonNode> parts = new ArrayList<>();
                List<String> ignored = new ArrayList<>();
                collect(root, "", parts, ignored);
                yield parts.get(rnd.nextInt(parts.size())).deepCopy();
            }
        };
    }

    /** A number nudged (doubled, negated, made whole or huge), text cut, a boolean flipped; containers as they are. */
    static JsonNode perturb(JsonNode v, Random rnd) {
        if (v.isNumber()) {
            double x = v.asDouble();
            return switch (rnd.nextInt(5)) {
                case 0 -> NODES.numberNode(-x);
                case 1 -> NODES.numberNode(x * 2 + 1);
                case 2 -> NODES.numberNode(Math.round(x * 1000));
                case 3 -> NODES.numberNode(x + 0.5);
                default -> NODES.numberNode(x * 1e6);
            };
        }
        if (v.isTextual()) return NODES.textNode(v.asText().isEmpty() ? "x" : v.asText().substring(0, rnd.nextInt(v.asText().length())));
        if (v.isBoolean()) return NODES.booleanNode(!v.asBoolean());
        return v;
    }
}
