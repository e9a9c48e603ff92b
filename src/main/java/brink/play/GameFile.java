package brink.play;

import brink.scenario.Loader;
import brink.scenario.Overrides;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A saved game (JSON, {@value #FORMAT}): the scenario itself (the document, so the file loads on any computer: it
 * holds no path, only the scenario's file name for display), the overrides and horizon, the master seed, the teams'
 * states, the turn length and the journal (each day's moves and the injects). Loading replays the journal on the same
 * seed, which restores the game exactly. Files of the first format (a scenario path, one state) still load.
 */
@JsonPropertyOrder({"format", "scenarioName", "overrides", "horizon", "seed", "teams", "turnDays", "days", "journal", "scenario"})
public record GameFile(String format, String scenarioName, List<String> overrides, Integer horizon, long seed, List<String> teams, int turnDays, int days,
                       List<Game.Entry> journal, JsonNode scenario) {
    public static final String FORMAT = "brink-game/2";
    static final String FORMAT_1 = "brink-game/1";

    public GameFile {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        teams = teams == null ? List.of() : List.copyOf(teams);
        journal = journal == null ? List.of() : List.copyOf(journal);
    }

    /** The game with the scenario document it was loaded from (the file's content, before overrides). */
    public static GameFile of(Game g, JsonNode scenarioDocument) {
        Game.Setup s = g.setup();
        return new GameFile(FORMAT, fileName(s.scenarioName()), s.overrides(), s.horizon(), s.seed(), s.teams(), s.turnDays(), g.daysPlayed(), g.journal(),
                scenarioDocument);
    }

    /** Only the last part of a path: a saved game never carries a machine's folders. */
    public static String fileName(String name) {
        if (name == null) return null;
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".game", ".tmp");
        try {
            Loader.JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public String toJson() throws IOException {
        return Loader.JSON.writeValueAsString(this);
    }

    public static GameFile read(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = Loader.JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not a JSON file: " + e.getOriginalMessage());
        }
        return parse(tree, file);
    }

    /** A game file from its JSON; {@code file} (may be null) locates the scenario of a first-format file. */
    public static GameFile parse(JsonNode tree, Path file) throws IOException {
        if (tree == null || !tree.isObject()) throw new IOException("not a Brink game file (expected a JSON object)");
        String format = tree.path("format").asText("");
        if (FORMAT_1.equals(format)) return upgrade(tree, file);
        if (!FORMAT.equals(format)) throw new IOException("not a Brink game file (format '" + format + "', expected '" + FORMAT + "')");
        GameFile g;
        try {
            g = Loader.JSON.treeToValue(tree, GameFile.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("the game file is damaged: " + e.getOriginalMessage());
        }
        if (g.scenario() == null || !g.scenario().isObject()) throw new IOException("the game file holds no scenario");
        if (g.teams().isEmpty()) throw new IOException("the game file names no team");
        return g;
    }

    /** A first-format file: the scenario by path (as saved, or beside the file), one state, one action id per day. */
    private static GameFile upgrade(JsonNode tree, Path file) throws IOException {
        String scenario = tree.path("scenario").asText(null), state = tree.path("state").asText(null);
        if (scenario == null || state == null) throw new IOException("the game file names no scenario or no state");
        Path p = Path.of(scenario);
        if (!p.isAbsolute() && !Files.exists(p) && file != null && file.toAbsolutePath().getParent() != null) {
            Path q = file.toAbsolutePath().getParent().resolve(p);
            if (Files.exists(q)) p = q;
        }
        if (!Files.exists(p)) throw new IOException("the game was saved with an older Brink and names its scenario by path: " + scenario + " (not found here)");
        JsonNode doc = Loader.JSON.valueToTree(Loader.mapperFor(p).readTree(p.toFile()));
        List<String> overrides = new ArrayList<>();
        tree.path("overrides").forEach(n -> overrides.add(n.asText()));
        Integer horizon = tree.hasNonNull("horizon") ? tree.get("horizon").asInt() : null;
        List<Game.Entry> journal = new ArrayList<>();
        int day = 0;
        for (JsonNode c : tree.path("choices")) {
            journal.add(new Game.Day(day++, c.isNull() ? Map.of() : Map.of(state, c.asText()), Map.of()));
        }
        return new GameFile(FORMAT, fileName(scenario), overrides, horizon, tree.path("seed").asLong(), List.of(state), tree.path("turnDays").asInt(1), day,
                journal, doc);
    }

    /** The scenario the game was played on, with its overrides and horizon; a ScenarioException when it is not valid. */
    public Scenario loadScenario() {
        JsonNode doc = scenario.deepCopy();
        Loader.Result r = Loader.check(scenarioName == null ? "scenario" : scenarioName, doc, overrides.stream().map(Overrides.Assignment::parse).toList());
        if (!r.ok()) throw new ScenarioException(r.problems());
        return horizon == null ? r.scenario() : r.scenario().withHorizon(horizon);
    }

    public Game.Setup setup() {
        return new Game.Setup(scenarioName, overrides, horizon, seed, teams, turnDays);
    }

    /** The game, replayed to where it was saved. */
    public Game game() {
        return new Game(loadScenario(), setup(), journal);
    }

    /** The scenario document as an object (for callers that add to it). */
    public ObjectNode document() {
        return (ObjectNode) scenario;
    }
}
