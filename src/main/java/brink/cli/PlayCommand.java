package brink.cli;

import brink.play.Game;
import brink.play.GameFile;
import brink.play.PlaySession;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Play one state turn by turn; the model plays all the others.", name = "play", mixinStandardHelpOptions = true,
        description = {"Play one state turn by turn in the terminal; the model plays all the others (or several teams play several states, each at its own prompt: --as A,B). Each turn shows the news, the situation as your state sees it (its beliefs, not the truth), the actions open to it (with the model's own probabilities as hints when --hints is given), and why each other action is closed. Type a number or an action id, or: hold N, end, sanctions STEP (the lead of an alliance with sanctions), forecast [K], score, status, save FILE, help, quit. Your objectives and score come from the scenario (the issue, war avoided or won, troops lost, sanctions costs) and the crisis's ending as runs.csv codes it (severity, your result, your losses). At the end, a debrief against K model-only replications from the same start. Input is read line by line, so a script can play: 'brink play --as STATE < moves.txt'; the end of input means your state holds for the rest. The game's world is run 0 of the seed (the same draws as 'brink narrate --seed S'). A saved game holds the scenario itself: it loads on any computer."},
        footer = {"", "Examples (STATE: the id of a state with actions in the scenario):",
                "  brink play --as STATE",
                "  brink play my.json --as STATE --turn-days 7 --debrief-dir results/team-a",
                "  brink play --as STATE1,STATE2      (two teams on one machine)",
                "  brink play --load team-a.json     (resume a game saved with 'save FILE')",
                "  printf '2\\nforecast 100\\n1\\n' | brink play --as STATE --seed 7"})
final class PlayCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--as", paramLabel = "STATE[,STATE...]", split = ",", description = "Id of the state your team plays (a state with actions); several ids: team against team on one machine, each at its own prompt.")
    List<String> as;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default ${DEFAULT-VALUE}).", defaultValue = "" + RunCommand.DEFAULT_SEED)
    long seed;

    @Option(names = "--turn-days", paramLabel = "N", description = "Days per turn (default ${DEFAULT-VALUE}); after the first day of a turn your state holds.", defaultValue = "1")
    int turnDays;

    @Option(names = "--load", paramLabel = "FILE", description = "Resume a game saved with 'save FILE' (its scenario, seed, state and moves).")
    Path load;

    @Option(names = "--forecast-runs", paramLabel = "K", description = "Continuations of 'forecast' without a number (default ${DEFAULT-VALUE}).", defaultValue = "200")
    int forecastRuns;

    @Option(names = "--debrief-runs", paramLabel = "K", description = "Model-only replications for the debrief (default ${DEFAULT-VALUE}).", defaultValue = "200")
    int debriefRuns;

    @Option(names = "--debrief-dir", paramLabel = "DIR", description = "Also write debrief.txt, game.json and debrief.png/.svg into DIR.")
    Path debriefDir;

    @Option(names = "--hints", description = "Show the model's own probability of each open action (off by default: it gives the game away).")
    boolean hints;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for forecasts and the debrief (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (forecastRuns < 1 || debriefRuns < 1) throw new Main.BadInput("--forecast-runs and --debrief-runs must be at least 1");
        int t = Threads.resolve(threads);
        Game game;
        JsonNode document;
        if (load != null) {
            if (!Files.isRegularFile(load)) throw new Main.BadInput("--load: no such file: " + load);
            GameFile f;
            try {
                f = GameFile.read(load);
            } catch (IOException e) {
                throw new Main.BadInput("--load " + load + ": " + e.getMessage());
            }
            if (as != null && !as.equals(f.teams())) throw new Main.BadInput("--load: the saved game is played as " + String.join(",", f.teams()) + ", not " + String.join(",", as));
            try {
                game = f.game();
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput("--load " + load + ": " + e.getMessage());
            }
            document = f.scenario();
            System.out.printf("Loaded %s: %d day%s played.%n", load, f.days(), f.days() == 1 ? "" : "s");
        } else {
            if (as == null || as.isEmpty()) throw new Main.BadInput("say which state your team plays: --as STATE (or resume a saved game with --load FILE)");
            if (turnDays < 1) throw new Main.BadInput("--turn-days must be at least 1, got " + turnDays);
            Scenario s = scenario.load();
            document = document();
            var setup = new Game.Setup(GameFile.fileName(scenario.path().toString()), scenario.set, scenario.horizon, seed, as, turnDays);
            try {
                game = new Game(s, setup);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput("--as " + String.join(",", as) + ": " + e.getMessage());
            }
        }
        var opts = new PlaySession.Options(forecastRuns, debriefRuns, t, debriefDir, System.console() == null, document, hints);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new PlaySession(game, opts, System.out).run(in);
    }

    /** The scenario document saved with the game: the file's content, with the --inject events added to its events. */
    private JsonNode document() {
        JsonNode doc = Loader.readTree(scenario.path());
        if (doc instanceof ObjectNode o && !scenario.injects.isEmpty()) {
            ArrayNode events = o.withArray("events");
            for (Path f : scenario.injects) {
                JsonNode t = Loader.readTree(f);
                JsonNode list = t.isObject() && t.has("events") ? t.get("events") : t;
                list.forEach(events::add);
            }
        }
        return doc;
    }
}
