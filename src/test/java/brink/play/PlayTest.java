package brink.play;

import brink.cli.Main;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlayTest {
    static final Path FICTIONAL = Path.of("src/test/resources/scenarios/fictional.json");
    static final Scenario SCENARIO = Loader.load(FICTIONAL);

    @TempDir
    Path tmp;

    static Game game(String state, int turnDays, long seed) {
        return new Game(SCENARIO, new Game.Setup("fictional.json", List.of(), null, seed, List.of(state.split(",")), turnDays));
    }

    static Map<String, Game.Order> order(String state, String action) {
        return Map.of(state, new Game.Order(action, null));
    }

    /** Plays a script through the session (input from an InputStream, as from a pipe) and returns the transcript. */
    static String play(Game g, String script, Path debriefDir) throws IOException {
        return play(g, script, debriefDir, false);
    }

    static String play(Game g, String script, Path debriefDir, boolean hints) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        InputStream in = new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8));
        int rc = new PlaySession(g, new PlaySession.Options(60, 40, 2, debriefDir, true, Loader.readTree(FICTIONAL), hints), out)
                .run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        assertEquals(0, rc);
        return buf.toString(StandardCharsets.UTF_8);
    }

    static double forecastTotal(String transcript) {
        Matcher m = Pattern.compile("Forecast from day \\d+:[^\\n]*\\n((?:  [^\\n]*\\n)+)").matcher(transcript);
        assertTrue(m.find(), "no forecast in the transcript");
        double sum = 0;
        for (String line : m.group(1).split("\n")) {
            Matcher p = Pattern.compile("^  (.+?)\\s+(\\d+\\.\\d)%\\s+\\[").matcher(line);
            if (p.find()) sum += Double.parseDouble(p.group(2));
        }
        return sum;
    }

    @Test
    void scriptedGameAsTheAggressorRunsToTheHorizonWithForecastAndDebrief() throws IOException {
        Game g = game("NOR", 1, 7);
        String t = play(g, "forecast 60\nbuild-up\n2\ndemand\nhold\n", tmp.resolve("debrief"), true);
        assertTrue(t.contains("Actions open to you today (the model's own probability, as a hint):"), t);
        assertTrue(g.over());
        assertEquals(g.model().crisis.day + 1, g.imposed("NOR").size(), "every day to the end was played");
        assertTrue(t.contains("Actions open to you today"), t);
        assertEquals(100.0, forecastTotal(t), 0.25);
        assertTrue(t.contains("(end of input: Northland holds for the rest of the crisis)"), t);
        assertTrue(t.contains("=== The crisis ends on day"), t);
        assertTrue(t.contains("=== Debrief: Northland ==="), t);
        assertTrue(t.contains("<- your outcome"), t);
        assertTrue(t.contains("Escalatory actions"), t);
        assertEquals("build-up", g.imposed("NOR").get(0));
        assertEquals("hold", g.imposed("NOR").get(g.imposed("NOR").size() - 1));
        Path dir = tmp.resolve("debrief");
        assertNotNull(ImageIO.read(dir.resolve("debrief.png").toFile()));
        assertTrue(Files.readString(dir.resolve("debrief.txt")).contains("=== Debrief"));
        assertTrue(Files.readString(dir.resolve("debrief.svg")).contains("<svg"));
        GameFile f = GameFile.read(dir.resolve("game.json"));
        assertEquals(g.journal(), f.journal());
        assertEquals("fictional.json", f.scenarioName());
    }

    @Test
    void scriptedGameAsTheAllianceLeadWithWeekTurns() throws IOException {
        Game g = game("WES", 7, 11);
        String t = play(g, "status\nwarn\nforecast 40\n1\nthreaten\nreinforce\n", null);
        assertEquals("warn", g.imposed("WES").get(0));
        assertTrue(g.over());
        assertTrue(t.contains("=== Westland — day 7 of 60"), t);
        assertTrue(t.contains("Westland holds until day 6"), t);
        assertEquals(100.0, forecastTotal(t), 0.25);
        assertTrue(t.contains("=== Debrief: Westland ==="), t);
        for (int d = 1; d < 7; d++) assertEquals("hold", g.imposed("WES").get(d));
    }

    @Test
    void forecastProbabilitiesSumToOne() {
        Game g = game("NOR", 1, 3);
        g.playTurn(order("NOR", "build-up"));
        Game.Forecast f = g.forecast(80, 2);
        assertEquals(80, f.runs());
        double sum = 0;
        for (int i = 0; i < f.outcomes().size(); i++) sum += f.proportion(i).probability();
        assertEquals(1.0, sum, 1e-9);
        Game.Forecast again = g.forecast(80, 1);
        assertTrue(java.util.Arrays.equals(f.counts(), again.counts()), "a forecast does not depend on the thread count");
    }

    @Test
    void badInputGetsAMessageAndTheSamePrompt() throws IOException {
        Game g = game("NOR", 1, 5);
        String t = play(g, "bogus\n99\n\nstrike\nforecast many\nsave\nhelp\nquit\n", null);
        assertTrue(t.contains("'bogus' is neither an action nor a command"), t);
        assertTrue(t.contains("There is no action 99 today"), t);
        assertTrue(t.contains("Type the number or id of an action"), t);
        assertTrue(t.contains("'strike' is not open to Northland today: the crisis must first reach rung 6"), t);
        assertTrue(t.contains("forecast K: K must be a whole number"), t);
        assertTrue(t.contains("save FILE: give a file name"), t);
        assertTrue(t.contains("Commands:"), t);
        assertTrue(t.contains("Game stopped on day 0"), t);
        assertEquals(8, t.split("day 0 NOR> ", -1).length - 1, "the same prompt after each of the 8 lines");
        assertEquals(0, g.imposed("NOR").size());
        assertFalse(t.contains("Debrief"));
    }

    @Test
    void saveThenLoadRestoresTheSameState() throws IOException {
        Game g = game("NOR", 2, 9);
        Path file = tmp.resolve("games/team-a.json");
        String t = play(g, "build-up\ndemand\ncyber\nsave " + file + "\nquit\n", null);
        assertTrue(t.contains("Saved 6 days of play to " + file), t);
        assertFalse(Files.readString(file).contains(tmp.toString()), "no machine path in a saved game");
        assertFalse(Files.readString(file).contains("src/test"), "no machine path in a saved game");
        // the file alone, moved to another folder, restores the game
        Path moved = Files.createDirectories(tmp.resolve("elsewhere")).resolve("copy.json");
        Files.copy(file, moved);
        GameFile f = GameFile.read(moved);
        assertEquals(6, f.days());
        assertEquals(List.of("NOR"), f.teams());
        assertEquals(2, f.turnDays());
        Game loaded = f.game();
        assertEquals(g.day(), loaded.day());
        assertEquals(g.model().crisis.rung, loaded.model().crisis.rung);
        assertEquals(g.model().crisis.tension, loaded.model().crisis.tension, 0.0);
        assertEquals(g.model().crisis.peak, loaded.model().crisis.peak);
        assertEquals(g.me().forces, loaded.me().forces, 0.0);
        assertEquals(g.imposed("NOR"), loaded.imposed("NOR"));
        assertEquals(g.taken("NOR"), loaded.taken("NOR"));
        assertEquals(g.model().log, loaded.model().log);
        // and both go on identically
        g.playTurn(order("NOR", "hold"));
        loaded.playTurn(order("NOR", "hold"));
        assertEquals(g.model().crisis.tension, loaded.model().crisis.tension, 0.0);
    }

    @Test
    void theSameScriptGivesTheSameTranscript() throws IOException {
        String script = "2\nforecast 30\ndemand\n1\ncyber\n";
        String a = play(game("NOR", 3, 42), script, null);
        String b = play(game("NOR", 3, 42), script, null);
        assertEquals(a, b);
        String c = play(game("NOR", 3, 43), script, null);
        assertFalse(a.equals(c), "another seed, another game");
    }

    @Test
    void notAPrincipalIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> game("EAS", 1, 1));
        assertTrue(e.getMessage().contains("takes no decisions") && e.getMessage().contains("NOR, SOU, WES"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> game("XXX", 1, 1));
    }

    @Test
    void commandLinePlaysFromStandardInputAndLoads() throws IOException {
        Path save = tmp.resolve("g.json");
        String[] out = new String[1];
        int rc = withInput("2\nsave " + save + "\nquit\n", out, "play", FICTIONAL.toString(), "--as", "NOR", "--seed", "5", "--debrief-runs", "20");
        assertEquals(0, rc, out[0]);
        assertTrue(out[0].contains("You play Northland (NOR)"), out[0]);
        assertTrue(Files.exists(save));
        rc = withInput("", out, "play", "--load", save.toString(), "--debrief-runs", "20", "--threads", "1");
        assertEquals(0, rc, out[0]);
        assertTrue(out[0].contains("Loaded " + save + ": 1 day played."), out[0]);
        assertTrue(out[0].contains("Score so far") || out[0].contains("Scores (out of 100"), out[0]);
        assertTrue(out[0].contains("=== Debrief: Northland ==="), out[0]);
        assertEquals(Main.BAD_INPUT, withInput("", out, "play", FICTIONAL.toString(), "--as", "EAS"));
        assertTrue(out[0].contains("takes no decisions"), out[0]);
        assertEquals(Main.BAD_INPUT, withInput("", out, "play", FICTIONAL.toString()));
        assertTrue(out[0].contains("--as STATE"), out[0]);
        assertEquals(Main.BAD_INPUT, withInput("", out, "play", "--load", tmp.resolve("none.json").toString()));
    }

    @Test
    void holdNEndAndTheScore() throws IOException {
        Game g = game("NOR", 1, 21);
        String t = play(g, "hold 5\nscore\nhold x\nend\n", null);
        assertTrue(t.contains("Actions open to you today:\n") && !t.contains("%\n   2"), "no hints unless asked for:\n" + t);
        assertTrue(t.contains("Northland holds for 5 days (until day 4)"), t);
        assertTrue(t.contains("=== Northland — day 5 of 60"), "no prompt for the days held:\n" + t);
        assertFalse(t.contains("day 1 NOR>"), t);
        assertTrue(t.contains("Objectives of Northland:") && t.contains("The issue (30 points)"), t);
        assertTrue(t.contains("hold N: N is a number of days from 1"), t);
        assertTrue(t.contains("Northland holds to the end of the crisis."), t);
        assertTrue(g.over());
        for (String a : g.imposed("NOR")) assertEquals("hold", a);
        assertTrue(t.contains("Scores (out of 100"), t);
        Objectives.Score s = g.score("NOR");
        assertTrue(s.total() >= 0 && s.total() <= 100, s.summary());
        assertEquals(List.of("issue", "war", "losses", "sanctions"), s.parts().stream().map(Objectives.Part::name).toList());
    }

    @Test
    void quitAsksBeforeDroppingUnsavedMoves() throws IOException {
        Game g = game("NOR", 1, 5);
        String t = play(g, "build-up\nquit\nn\nquit\ny\n", null);
        assertTrue(t.contains("1 move since the last save will be lost. Quit without saving? (y/n)"), t);
        assertTrue(t.contains("Not quitting."), t);
        assertTrue(t.contains("Game stopped on day 1. Unsaved moves were dropped."), t);
        Game h = game("NOR", 1, 5);
        String u = play(h, "quit\n", null);
        assertFalse(u.contains("Quit without saving"), "nothing to lose, no question: " + u);
    }

    @Test
    void twoTeamsPlayAgainstEachOtherAtTheirOwnPrompts() throws IOException {
        Game g = game("NOR,SOU", 3, 8);
        String t = play(g, "build-up\nwarn\ndemand\nhold 30\n", null);
        assertTrue(t.contains("Teams play Northland (NOR), Southmark (SOU)"), t);
        assertTrue(t.contains("day 0 NOR> ") && t.contains("day 0 SOU> ") && t.contains("day 3 NOR> "), t);
        assertEquals("build-up", g.imposed("NOR").get(0));
        assertEquals("warn", g.imposed("SOU").get(0));
        assertEquals("demand", g.imposed("NOR").get(3));
        assertEquals("hold", g.imposed("SOU").get(4));
        assertTrue(t.contains("=== Debrief: Northland, Southmark ==="), t);
    }

    @Test
    void theAllianceLeadChoosesTheAlliancesSanctions() {
        Game g = game("WES", 1, 13);
        var opts = g.allianceOptions("WES");
        assertEquals(List.of("hold", "threaten", "impose"), opts.stream().map(Game.AllianceOption::move).toList());
        assertTrue(g.allianceOptions("WES").stream().allMatch(o -> o.allianceName().equals("Western Pact")));
        assertEquals("Northland leads no alliance with sanctions", game("NOR", 1, 13).checkOrder("NOR", new Game.Order("hold", "impose")));
        var pact = g.model().alliances[0];
        int threatened = pact.threatenedTier;
        g.playTurn(Map.of("WES", new Game.Order("hold", "threaten")));
        assertEquals(threatened + 1, pact.threatenedTier, "the lead's threat is the alliance's");
        assertTrue(g.model().log.stream().anyMatch(l -> l.contains("at Westland's proposal")), String.join("\n", g.model().log));
        // the journal replays the alliance's step exactly
        Game again = new Game(SCENARIO, g.setup(), g.journal());
        assertEquals(pact.threatenedTier, again.model().alliances[0].threatenedTier);
        assertEquals(g.model().log, again.model().log);
    }

    @Test
    void lockedMovesSayWhatIsMissing() {
        Game g = game("NOR", 1, 3);
        var locked = g.locked("NOR");
        assertFalse(locked.isEmpty());
        for (Game.Locked l : locked) assertFalse(l.reason().isBlank(), l.action().id());
        Game.Locked strike = locked.stream().filter(l -> l.action().id().equals("strike")).findFirst().orElseThrow();
        assertTrue(strike.reason().startsWith("the crisis must first reach rung 6"), strike.reason());
        assertEquals(null, g.checkOrder("NOR", new Game.Order("hold", null)));
        assertTrue(g.checkOrder("NOR", new Game.Order("strike", null)).contains("not open to Northland today: the crisis must first reach rung 6"));
        assertTrue(g.checkOrder("NOR", new Game.Order("fly", null)).contains("not an action of Northland"));
    }

    @Test
    void firstFormatSaveFilesStillLoad() throws IOException {
        Path old = tmp.resolve("old.json");
        Files.writeString(old, "{\"format\":\"brink-game/1\",\"scenario\":\"" + FICTIONAL.toAbsolutePath() + "\",\"overrides\":[],\"seed\":9,"
                + "\"state\":\"NOR\",\"turnDays\":1,\"days\":2,\"choices\":[\"build-up\",null]}");
        Game g = GameFile.read(old).game();
        assertEquals(2, g.day());
        assertEquals("build-up", g.imposed("NOR").get(0));
        assertEquals(null, g.imposed("NOR").get(1));
    }

    static int withInput(String input, String[] output, String... args) {
        InputStream oldIn = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return ComparisonTest.run(output, args);
        } finally {
            System.setIn(oldIn);
        }
    }
}
