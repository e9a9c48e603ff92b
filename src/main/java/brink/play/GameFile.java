package brink.play;

import brink.scenario.Loader;
import brink.scenario.Overrides;
import brink.scenario.Scenario;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved game (JSON): the scenario file with its overrides and horizon, the master seed, the state played, the turn
 * length and the action imposed on the team's state each day played (null where the model chose). Loading replays
 * the days on the same seed, which restores the game exactly.
 */
@JsonPropertyOrder({"format", "scenario", "overrides", "horizon", "seed", "state", "turnDays", "days", "choices"})
public record GameFile(String format, String scenario, List<String> overrides, Integer horizon, long seed, String state, int turnDays,
                       int days, List<String> choices) {
    public static final String FORMAT = "brink-game/1";

    public GameFile {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        choices = choices == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(choices));
    }

    public static GameFile of(Game g) {
        Game.Setup s = g.setup();
        return new GameFile(FORMAT, s.scenarioFile(), s.overrides(), s.horizon(), s.seed(), s.state(), s.turnDays(), g.imposed().size(), g.imposed());
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Loader.JSON.writeValue(file.toFile(), this);
    }

    public static GameFile read(Path file) throws IOException {
        GameFile g = Loader.JSON.readValue(file.toFile(), GameFile.class);
        if (!FORMAT.equals(g.format())) throw new IOException("not a Brink game file (format '" + g.format() + "', expected '" + FORMAT + "')");
        if (g.scenario() == null || g.state() == null) throw new IOException("the game file names no scenario or no state");
        return g;
    }

    /** The scenario file: as saved when it exists from here, else relative to the game file's folder. */
    public Path scenarioPath(Path gameFile) {
        Path p = Path.of(scenario);
        if (p.isAbsolute() || Files.exists(p)) return p;
        Path parent = gameFile.toAbsolutePath().getParent();
        Path q = parent == null ? p : parent.resolve(p);
        return Files.exists(q) ? q : p;
    }

    /** Loads the scenario the game was played on, with its overrides and horizon. */
    public Scenario loadScenario(Path gameFile) {
        Scenario s = Loader.load(scenarioPath(gameFile), overrides.stream().map(Overrides.Assignment::parse).toList());
        return horizon == null ? s : s.withHorizon(horizon);
    }

    public Game.Setup setup(Path gameFile) {
        return new Game.Setup(scenarioPath(gameFile).toString(), overrides, horizon, seed, state, turnDays);
    }

    /** The game, replayed to where it was saved. */
    public Game game(Path gameFile) {
        return new Game(loadScenario(gameFile), setup(gameFile), choices);
    }
}
