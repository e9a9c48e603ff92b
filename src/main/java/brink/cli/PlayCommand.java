package brink.cli;

import brink.play.Game;
import brink.play.GameFile;
import brink.play.PlaySession;
import brink.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(header = "Play one state turn by turn; the model plays all the others.", name = "play", mixinStandardHelpOptions = true,
        description = {"Play one state turn by turn in the terminal; the model plays all the others. Each turn shows the situation as your state sees it and the actions open to it, with the model's own probabilities as hints. Type a number or an action id, or: forecast [K], status, save FILE, help, quit. At the end, a debrief against K model-only replications from the same start. Input is read line by line, so a script can play: 'brink play --as STATE < moves.txt'; the end of input means your state holds for the rest. The game's world is run 0 of the seed (the same draws as 'brink narrate --seed S')."},
        footer = {"", "Examples (STATE: the id of a state with actions in the scenario):",
                "  brink play --as STATE",
                "  brink play my.json --as STATE --turn-days 7 --debrief-dir results/team-a",
                "  brink play --load team-a.json     (resume a game saved with 'save FILE')",
                "  printf '2\\nforecast 100\\n1\\n' | brink play --as STATE --seed 7"})
final class PlayCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--as", paramLabel = "STATE", description = "Id of the state your team plays (a state with actions).")
    String as;

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

    @Option(names = "--threads", paramLabel = "T", description = "Threads for forecasts and the debrief (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (forecastRuns < 1 || debriefRuns < 1) throw new Main.BadInput("--forecast-runs and --debrief-runs must be at least 1");
        int t = Threads.resolve(threads);
        Game game;
        if (load != null) {
            if (!Files.isRegularFile(load)) throw new Main.BadInput("--load: no such file: " + load);
            GameFile f;
            try {
                f = GameFile.read(load);
            } catch (IOException e) {
                throw new Main.BadInput("--load " + load + ": " + e.getMessage());
            }
            if (as != null && !as.equals(f.state())) throw new Main.BadInput("--load: the saved game is played as " + f.state() + ", not " + as);
            try {
                game = f.game(load);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput("--load " + load + ": " + e.getMessage());
            }
            System.out.printf("Loaded %s: %d day%s played.%n", load, f.days(), f.days() == 1 ? "" : "s");
        } else {
            if (as == null) throw new Main.BadInput("say which state your team plays: --as STATE (or resume a saved game with --load FILE)");
            if (turnDays < 1) throw new Main.BadInput("--turn-days must be at least 1, got " + turnDays);
            Scenario s = scenario.load();
            var setup = new Game.Setup(scenario.path().toString(), scenario.set, scenario.horizon, seed, as, turnDays);
            try {
                game = new Game(s, setup);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput("--as " + as + ": " + e.getMessage());
            }
        }
        var opts = new PlaySession.Options(forecastRuns, debriefRuns, t, debriefDir, System.console() == null);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new PlaySession(game, opts, System.out).run(in);
    }
}
