package brink.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scenario file (JSON, or YAML by extension), applies overrides, checks everything and builds the records.
 * Every problem is collected before failing, so an author sees them all at once.
 */
public final class Loader {
    public static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    public static final ObjectMapper YAML = configure(YAMLMapper.builder().build());
    /** Largest scenario file read: real crises need well under a megabyte. */
    static final long MAX_BYTES = 64L << 20;

    private Loader() {
    }

    private static ObjectMapper configure(ObjectMapper m) {
        return m.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** A scenario with what was wrong with it; the scenario is null when anything was. */
    public record Result(Scenario scenario, List<Problem> problems, List<Problem> warnings) {
        public Result(Scenario scenario, List<Problem> problems) {
            this(scenario, problems, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Scenario load(Path file) {
        return load(file, List.of());
    }

    /** The scenario, or a ScenarioException listing every problem. */
    public static Scenario load(Path file, List<Overrides.Assignment> overrides) {
        Result r = check(file, overrides);
        if (!r.ok()) throw new ScenarioException(r.problems());
        return r.scenario();
    }

    public static Result check(Path file, List<Overrides.Assignment> overrides) {
        String name = file.toString();
        Parsed parsed = parse(file);
        if (parsed.problem != null) return new Result(null, List.of(parsed.problem));
        return check(name, parsed.tree, parsed.locations, overrides);
    }

    /** Checks a document given as text, named like the file it came from (its extension says JSON or YAML). */
    public static Result check(String name, String text, List<Overrides.Assignment> overrides) {
        Parsed parsed = parse(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (parsed.problem != null) return new Result(null, List.of(parsed.problem));
        return check(name, parsed.tree, parsed.locations, overrides);
    }

    /** Checks a document already read (the GUI and sweeps re-check a tree after changing it). */
    public static Result check(String name, JsonNode tree, List<Overrides.Assignment> overrides) {
        return check(name, tree, null, overrides);
    }

    private static Result check(String name, JsonNode tree, Locations locations, List<Overrides.Assignment> overrides) {
        java.util.Map<String, String> placed = new java.util.HashMap<>();
        List<Problem> problems = new ArrayList<>(Overrides.apply(tree, overrides, placed));
        JsonNode states = tree.path("states");
        if (states.isArray() && states.size() > Checks.MAX_STATES) {
            // said first and alone: checking tens of thousands of states would only repeat it slowly
            new Shape(name, locations, problems, placed).report("states", "/states", "at most " + Checks.MAX_STATES
                    + " states (a run's memory grows with the square of their number), got " + states.size());
            return new Result(null, problems);
        }
        new Shape(name, locations, problems, placed).check(tree, Scenario.class, "", "", null);
        if (!problems.isEmpty()) return new Result(null, problems);
        Scenario s;
        try {
            s = JSON.treeToValue(tree, Scenario.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Result(null, List.of(new Problem(name, "", 0, 0, "cannot read the scenario: " + e.getMessage())));
        }
        List<Problem> warnings = new ArrayList<>();
        new Checks(new Shape(name, locations, problems, placed), new Shape(name, locations, warnings, placed), tree).check(s);
        return problems.isEmpty() ? new Result(s, List.of(), List.copyOf(warnings)) : new Result(null, problems);
    }

    /** The document as a tree, for overrides and sweeps; a ScenarioException when it is not well formed. */
    public static JsonNode readTree(Path file) {
        Parsed p = parse(file);
        if (p.problem != null) throw new ScenarioException(List.of(p.problem));
        return p.tree;
    }

    /** The same for a document given as text. */
    public static JsonNode readTree(String name, String text) {
        Parsed p = parse(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (p.problem != null) throw new ScenarioException(List.of(p.problem));
        return p.tree;
    }

    private record Parsed(JsonNode tree, Locations locations, Problem problem) {
    }

    private static Parsed parse(Path file) {
        String name = file.toString();
        try {
            mapperFor(file);
        } catch (ScenarioException e) {
            return new Parsed(null, null, e.problems().get(0));
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) return new Parsed(null, null, new Problem(name, "", 0, 0, "is a folder, not a scenario file"));
            if (Files.size(file) > MAX_BYTES) {
                return new Parsed(null, null, new Problem(name, "", 0, 0, "the file is larger than " + (MAX_BYTES >> 20) + " MB: too large to be a scenario"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Parsed(null, null, new Problem(name, "", 0, 0, cannotRead(e)));
        }
        return parse(name, bytes);
    }

    /** A document already read (a scenario's text travelling to a cluster or stored in a shard), named like its file. */
    private static Parsed parse(String name, byte[] bytes) {
        ObjectMapper mapper;
        try {
            mapper = mapperFor(Path.of(name));
        } catch (ScenarioException e) {
            return new Parsed(null, null, e.problems().get(0));
        } catch (java.nio.file.InvalidPathException e) {
            return new Parsed(null, null, new Problem(name, "", 0, 0, "unknown file type: expected a .json, .yaml or .yml file"));
        }
        String kind = mapper == YAML ? "YAML" : "JSON";
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            TreeReader.Document doc = mapper == YAML ? YamlTree.read(utf8(bytes)) : TreeReader.read(p);
            if (doc == null) return new Parsed(null, null, new Problem(name, "", 0, 0, "the file is empty"));
            return new Parsed(doc.tree(), doc.locations(), null);
        } catch (TreeReader.Bad e) {
            return new Parsed(null, null, new Problem(name, e.path, e.line, e.column, e.getMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            return new Parsed(null, null, new Problem(name, "", l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "malformed " + kind + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            return new Parsed(null, null, new Problem(name, "", 0, 0, "cannot read the file as " + kind + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            // the YAML library reports some malformed input (bad escapes, bad indentation) with unchecked exceptions
            return new Parsed(null, null, new Problem(name, "", 0, 0, "malformed " + kind + ": " + e.getMessage()));
        }
    }

    /** Why a file cannot be read, in plain words (no Java exception names). */
    public static String cannotRead(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "cannot read the file: no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "cannot read the file: permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return "cannot read the file: " + f.getReason();
        return "cannot read the file: " + e.getMessage();
    }

    private static String utf8(byte[] bytes) throws TreeReader.Bad {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new TreeReader.Bad("", 0, 0, "the file is not valid UTF-8 text");
        }
    }

    public static ObjectMapper mapperFor(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        if (n.endsWith(".json")) return JSON;
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return YAML;
        throw new ScenarioException(file.toString(), "unknown file type: expected a .json, .yaml or .yml file");
    }

    /**
     * Events from an inject file (a list of events in the scenario's event format, JSON or YAML), checked against
     * the scenario they are added to.
     */
    public static List<EventSpec> loadEvents(Path file, Scenario scenario) {
        return loadEvents(file.toString(), parse(file), scenario);
    }

    /** The same from an inject file's text, named like the file. */
    public static List<EventSpec> loadEvents(String name, String text, Scenario scenario) {
        return loadEvents(name, parse(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), scenario);
    }

    private static List<EventSpec> loadEvents(String file, Parsed p, Scenario scenario) {
        if (p.problem != null) throw new ScenarioException(List.of(p.problem));
        JsonNode tree = p.tree.isObject() && p.tree.has("events") ? p.tree.get("events") : p.tree;
        String pointer = tree == p.tree ? "" : "/events";
        List<Problem> problems = new ArrayList<>();
        if (!(tree instanceof ArrayNode)) {
            problems.add(new Problem(file, "", 0, 0, "expected a list of events (or an object with an 'events' list)"));
            throw new ScenarioException(problems);
        }
        Shape shape = new Shape(file, p.locations, problems);
        for (int i = 0; i < tree.size(); i++) {
            shape.check(tree.get(i), EventSpec.class, "events." + Shape.elementKey(tree.get(i), i), pointer + "/" + i, null);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        List<EventSpec> events = new ArrayList<>();
        for (JsonNode n : tree) events.add(JSON.convertValue(n, EventSpec.class));
        new Checks(new Shape(file, p.locations, problems)).checkInjects(scenario, events, pointer);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return events;
    }

    /**
     * Dated observations from a file (--given): a list in the record's observation format, or an object with an
     * 'observations' list, checked against the scenario they describe. A ScenarioException lists every problem.
     */
    public static List<Observation> loadObservations(Path file, Scenario scenario) {
        Parsed p = parse(file);
        String name = file.toString();
        if (p.problem != null) throw new ScenarioException(List.of(p.problem));
        JsonNode tree = p.tree.isObject() && p.tree.has("observations") ? p.tree.get("observations") : p.tree;
        String pointer = tree == p.tree ? "" : "/observations";
        List<Problem> problems = new ArrayList<>();
        if (!(tree instanceof ArrayNode)) {
            problems.add(new Problem(name, "", 0, 0, "expected a list of observations (or an object with an 'observations' list)"));
            throw new ScenarioException(problems);
        }
        Shape shape = new Shape(name, p.locations, problems);
        for (int i = 0; i < tree.size(); i++) shape.check(tree.get(i), Observation.class, "observations." + i, pointer + "/" + i, null);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        List<Observation> out = new ArrayList<>();
        for (JsonNode n : tree) out.add(JSON.convertValue(n, Observation.class));
        new Checks(new Shape(name, p.locations, problems)).checkObservations(scenario, out, "observations", pointer);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return out;
    }
}
