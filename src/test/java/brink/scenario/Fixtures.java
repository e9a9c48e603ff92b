package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Shared files and helpers for the scenario tests: the shipped and fictional scenarios, and mutated copies of them. */
final class Fixtures {
    static final Path SEED = Path.of("scenarios", "nato-russia-2022-01.json");
    static final Path SCHEMA = Path.of("scenarios", "scenario.schema.json");
    static final Path FICTIONAL = Path.of("src", "test", "resources", "scenarios", "fictional.json");
    static final Path FICTIONAL_YAML = Path.of("src", "test", "resources", "scenarios", "fictional.yaml");

    private Fixtures() {
    }

    static ObjectNode tree(Path file) {
        try {
            return (ObjectNode) Loader.mapperFor(file).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode fictional() {
        return tree(FICTIONAL);
    }

    /** The element of a list whose id (or level, tier) is key. */
    static ObjectNode element(JsonNode root, String list, String key) {
        ArrayNode a = (ArrayNode) root.get(list);
        for (int i = 0; i < a.size(); i++) {
            if (Shape.elementKey(a.get(i), i).equals(key)) return (ObjectNode) a.get(i);
        }
        throw new AssertionError("no " + list + " element " + key);
    }

    static ObjectNode state(JsonNode root, String id) {
        return element(root, "states", id);
    }

    /** Writes the tree as pretty JSON (one value per line, so line numbers mean something) and checks it. */
    static Loader.Result check(Path dir, JsonNode tree) {
        return Loader.check(write(dir, "scenario.json", tree), List.of());
    }

    /** The fictional scenario with one change, written and checked. */
    static Loader.Result checkFictional(Path dir, Consumer<ObjectNode> change) {
        ObjectNode t = fictional();
        change.accept(t);
        return check(dir, t);
    }

    static Path write(Path dir, String name, JsonNode tree) {
        try {
            Path f = dir.resolve(name);
            Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), tree);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeText(Path dir, String name, String text) {
        try {
            Path f = dir.resolve(name);
            Files.writeString(f, text);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(List<Problem> problems) {
        return problems.isEmpty() ? "(no problems)" : problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
