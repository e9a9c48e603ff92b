package brink.play;

import brink.results.Proportion;
import brink.scenario.OutcomeSpec;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal game: for each team in turn (team-versus-team on one machine), the news since its last turn, the
 * situation as its state sees it, the actions open to it with the model's probabilities as hints, the actions closed
 * and why, and a prompt; when every team has given its order, the turn is played. Then the debrief. Input is read
 * line by line (a script can play it); bad input gets a message and the same prompt again; the end of input means
 * every team holds for the rest.
 */
public final class PlaySession {
    /** Settings of the session that are not part of the game itself; {@code scenario} is the document saved with 'save'. */
    public record Options(int forecastRuns, int debriefRuns, int threads, Path debriefDir, boolean echo, JsonNode scenario, boolean hints) {
    }

    public static final String HELP = String.join("\n",
            "Commands:",
            "  N or ACTION-ID     take that action today (the numbers are those listed; ids as in the scenario); your state holds for the rest of the turn",
            "  hold N             hold for the next N days (no prompt until then)",
            "  sanctions STEP     for the lead of an alliance with sanctions: hold, threaten or impose (put the next tier to the members' vote);",
            "                     carried out with your next action",
            "  end                hold to the end of the crisis, then the debrief",
            "  forecast [K]       K Monte Carlo continuations from now, the model playing every state (default K from --forecast-runs)",
            "  score              your objectives and your score so far",
            "  status             show the situation again",
            "  save FILE          write the game (the scenario itself, the seed, every move) to a JSON file; resume with 'brink play --load FILE'",
            "  help               this list",
            "  quit               stop the game here (no debrief; asks first when moves are not saved)");

    private final Game game;
    private final Options opt;
    private final PrintStream out;
    private final Map<String, Integer> logSeen = new HashMap<>();
    private final Map<String, Integer> holdUntil = new HashMap<>();
    private final Map<String, String> pendingSanctions = new HashMap<>();
    private int savedEntries;

    public PlaySession(Game game, Options opt, PrintStream out) {
        this.game = game;
        this.opt = opt;
        this.out = out;
        savedEntries = game.journal().size();
    }

    private enum Turn { ORDERED, QUIT, EOF }

    /** Plays the game from the reader to its end; returns 0 (a finished or quit game). */
    public int run(BufferedReader in) throws IOException {
        List<String> teams = game.teams();
        String who = teams.size() == 1 ? "You play " + game.state(teams.get(0)).name + " (" + teams.get(0) + ")"
                : "Teams play " + String.join(", ", teams.stream().map(t -> game.state(t).name + " (" + t + ")").toList()) + ", each at its own prompt";
        out.printf("%s%n%s. One turn = %d day%s. Type 'help' for commands.%n%n", game.scenario().title(), who,
                game.setup().turnDays(), game.setup().turnDays() == 1 ? "" : "s; on the days after the first your state holds");
        while (!game.over()) {
            Map<String, Game.Order> orders = new LinkedHashMap<>();
            int days = game.setup().turnDays();
            for (String team : teams) {
                if (holdUntil.getOrDefault(team, 0) > game.day()) {
                    orders.put(team, new Game.Order(game.holdId(team), null));
                    continue;
                }
                Turn t = turn(team, in, orders);
                if (t == Turn.QUIT) return 0;
                if (t == Turn.EOF) {
                    out.printf("(end of input: %s for the rest of the crisis)%n", teams.size() == 1 ? game.state(team).name + " holds" : "every team holds");
                    game.holdToEnd();
                    finish();
                    return 0;
                }
            }
            // a lone team holding N days plays them at once; otherwise turn by turn
            if (teams.size() == 1 && orders.values().iterator().next().action() != null && holdUntil.getOrDefault(teams.get(0), 0) > game.day()) {
                days = Math.max(days, holdUntil.get(teams.get(0)) - game.day());
            }
            game.playDays(orders, days);
        }
        finish();
        return 0;
    }

    /** One team's turn: prompts until it gives an order, quits, or the input ends. */
    private Turn turn(String team, BufferedReader in, Map<String, Game.Order> orders) throws IOException {
        showTurn(team);
        while (true) {
            out.print(prompt(team));
            out.flush();
            String line = in.readLine();
            if (line == null) {
                if (opt.echo()) out.println();
                return Turn.EOF;
            }
            line = line.strip();
            if (opt.echo()) out.println(line);
            if (line.isEmpty()) {
                out.println("Type the number or id of an action, or 'help'.");
                continue;
            }
            String[] w = line.split("\\s+");
            String cmd = w[0].toLowerCase(Locale.ROOT);
            switch (cmd) {
                case "help", "?" -> out.println(HELP);
                case "status" -> showSituation(team);
                case "score" -> showScore(team);
                case "forecast" -> forecast(w);
                case "save" -> save(w);
                case "quit", "exit" -> {
                    int unsaved = game.journal().size() - savedEntries;
                    if (unsaved > 0) {
                        out.printf("%d move%s since the last save will be lost. Quit without saving? (y/n) ", unsaved, unsaved == 1 ? "" : "s");
                        out.flush();
                        String a = in.readLine();
                        if (opt.echo()) out.println(a == null ? "" : a.strip());
                        if (a == null || !a.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                            out.println("Not quitting. 'save FILE' keeps the game.");
                            continue;
                        }
                    }
                    out.printf("Game stopped on day %d.%s%n", game.day(), unsaved > 0 ? " Unsaved moves were dropped." : "");
                    return Turn.QUIT;
                }
                case "sanctions" -> sanctions(team, w);
                case "hold" -> {
                    if (w.length == 1) {
                        if (order(team, game.holdId(team), orders)) return Turn.ORDERED;
                        continue;
                    }
                    int n = parseCount(w[1]);
                    if (n < 1) {
                        out.println("hold N: N is a number of days from 1, e.g. 'hold 7'.");
                        continue;
                    }
                    if (game.holdId(team) == null) {
                        out.println(game.state(team).name + " has no hold action in this scenario.");
                        continue;
                    }
                    holdUntil.put(team, game.day() + n);
                    orders.put(team, new Game.Order(game.holdId(team), pendingSanctions.remove(team)));
                    out.printf("%s holds for %d day%s (until day %d).%n%n", game.state(team).name, n, n == 1 ? "" : "s", game.day() + n - 1);
                    return Turn.ORDERED;
                }
                case "end" -> {
                    if (game.holdId(team) == null) {
                        out.println(game.state(team).name + " has no hold action in this scenario.");
                        continue;
                    }
                    holdUntil.put(team, Integer.MAX_VALUE);
                    orders.put(team, new Game.Order(game.holdId(team), pendingSanctions.remove(team)));
                    out.printf("%s holds to the end of the crisis.%n%n", game.state(team).name);
                    return Turn.ORDERED;
                }
                default -> {
                    Integer action = parseAction(team, line);
                    if (action != null && order(team, game.state(team).actions[action].id(), orders)) return Turn.ORDERED;
                }
            }
        }
    }

    private boolean order(String team, String action, Map<String, Game.Order> orders) {
        Game.Order o = new Game.Order(action, pendingSanctions.get(team));
        String bad = game.checkOrder(team, o);
        if (bad != null) {
            out.println(bad + ".");
            return false;
        }
        pendingSanctions.remove(team);
        orders.put(team, o);
        var a = game.state(team).actions[Game.actionIndex(game.state(team), action)];
        int days = game.setup().turnDays();
        out.printf("Day %d: %s chose %s (%s)%s%s.%n%n", game.day(), game.state(team).name, a.id(), a.name(),
                o.alliance() == null ? "" : " and the alliance step '" + o.alliance() + "'",
                days > 1 ? "; " + game.state(team).name + " holds until day " + (game.day() + days - 1) : "");
        return true;
    }

    private static int parseCount(String s) {
        try {
            int n = Integer.parseInt(s);
            return n > 100_000 ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String prompt(String team) {
        return String.format(Locale.ROOT, "day %d %s> ", game.day(), team);
    }

    private void showTurn(String team) {
        var log = game.model().log;
        int from = Math.min(logSeen.getOrDefault(team, 0), log.size());
        List<String> lines = log.subList(from, log.size());
        logSeen.put(team, log.size());
        if (!lines.isEmpty()) {
            out.println(from == 0 ? "What has happened:" : "Since " + (game.teams().size() == 1 ? "your" : game.state(team).name + "'s") + " last turn:");
            int skip = Math.max(0, lines.size() - 40);
            if (skip > 0) out.printf("  ... (%d earlier lines)%n", skip);
            for (String l : lines.subList(skip, lines.size())) out.println("  " + l);
            out.println();
        }
        showSituation(team);
    }

    private void showSituation(String team) {
        out.print(game.situation(team));
        // the model's own probabilities give the game away: shown only when asked for (--hints)
        out.println(opt.hints() ? "Actions open to you today (the model's own probability, as a hint):" : "Actions open to you today:");
        List<Game.Option> opts = game.options(team);
        int idw = Math.max(12, opts.stream().mapToInt(o -> o.action().id().length()).max().orElse(0));
        int namew = Math.max(20, opts.stream().mapToInt(o -> o.action().name().length()).max().orElse(0));
        for (int i = 0; i < opts.size(); i++) {
            Game.Option o = opts.get(i);
            if (opt.hints()) out.printf(Locale.ROOT, "  %2d  %-" + idw + "s  %-" + namew + "s %6.1f%%%n", i + 1, o.action().id(), o.action().name(), 100 * o.probability());
            else out.printf(Locale.ROOT, "  %2d  %-" + idw + "s  %s%n", i + 1, o.action().id(), o.action().name());
        }
        List<Game.Locked> closed = game.locked(team);
        if (!closed.isEmpty()) {
            out.println("Not open today:");
            for (Game.Locked l : closed) out.printf("      %-" + idw + "s  %s%n", l.action().id(), l.reason());
        }
        List<Game.AllianceOption> al = game.allianceOptions(team);
        if (!al.isEmpty()) {
            out.println("As the lead of an alliance you also choose its sanctions step ('sanctions hold|threaten|impose', then your action; otherwise the alliance decides by its rule):");
            for (Game.AllianceOption a : al) {
                out.printf("      %-10s %s: %s%s%n", a.move(), a.allianceName(), a.label(), a.reason() == null ? "" : " — not open: " + a.reason());
            }
        }
    }

    private void showScore(String team) {
        out.println("Objectives of " + game.state(team).name + ":");
        for (String l : Objectives.describe(game.scenario(), game.start(), game.state(team))) out.println("  - " + l);
        Objectives.Score s = game.score(team);
        out.printf(Locale.ROOT, "Score so far: %.0f of 100%n", s.total());
        for (Objectives.Part p : s.parts()) out.printf(Locale.ROOT, "  %-10s %4.0f of %3.0f   %s%n", p.name(), p.points(), p.max(), p.detail());
    }

    private void sanctions(String team, String[] w) {
        List<Game.AllianceOption> al = game.allianceOptions(team);
        if (al.isEmpty()) {
            out.println(game.state(team).name + " leads no alliance with sanctions: its alliances decide by their own rules.");
            return;
        }
        if (w.length < 2) {
            out.println("sanctions STEP: one of hold, threaten, impose.");
            return;
        }
        String step = w[1].toLowerCase(Locale.ROOT);
        String bad = game.checkOrder(team, new Game.Order(null, step));
        if (bad != null) {
            out.println(bad + ".");
            return;
        }
        pendingSanctions.put(team, step);
        out.println("Alliance step '" + step + "' noted: it is carried out with your action. Now choose the action.");
    }

    /** The action index chosen by a number or an id, or null (after saying why) when the input is not one. */
    Integer parseAction(String team, String text) {
        List<Game.Option> opts = game.options(team);
        String t = text.strip();
        if (t.matches("\\d+")) {
            int n = parseCount(t);
            if (n >= 1 && n <= opts.size()) return opts.get(n - 1).index();
            out.printf("There is no action %s today: choose 1 to %d, or type 'help'.%n", t, opts.size());
            return null;
        }
        for (Game.Option o : opts) if (o.action().id().equalsIgnoreCase(t)) return o.index();
        for (Game.Locked l : game.locked(team)) {
            if (l.action().id().equalsIgnoreCase(t)) {
                out.printf(Locale.ROOT, "'%s' is not open to %s today: %s. Choose one of the numbered actions.%n", l.action().id(), game.state(team).name, l.reason());
                return null;
            }
        }
        out.printf("'%s' is neither an action nor a command. Type a number from 1 to %d, an action id, or 'help'.%n", t, opts.size());
        return null;
    }

    private void forecast(String[] w) {
        int k = opt.forecastRuns();
        if (w.length > 1) {
            k = parseCount(w[1]);
            if (k < 1) {
                out.println("forecast K: K must be a whole number from 1 to 100000, e.g. 'forecast 500'.");
                return;
            }
        }
        Game.Forecast f = game.forecast(k, opt.threads());
        out.printf(Locale.ROOT, "Forecast from day %d: %,d continuations, the history so far fixed, the model playing every state from here.%n", f.day(), f.runs());
        out.printf("  %-28s %8s   %s%n", "outcome", "prob.", "95% interval");
        double sum = 0;
        for (int i = 0; i < f.outcomes().size(); i++) {
            OutcomeSpec o = f.outcomes().get(i);
            Proportion p = f.proportion(i);
            sum += p.probability();
            out.printf(Locale.ROOT, "  %-28s %8s   [%s, %s]%n", o.name(), Debrief.pct(p.probability()), Debrief.pct(p.low()).trim(), Debrief.pct(p.high()).trim());
        }
        out.printf(Locale.ROOT, "  %-28s %8s%n", "total", Debrief.pct(sum));
    }

    private void save(String[] w) {
        if (w.length < 2) {
            out.println("save FILE: give a file name, e.g. 'save team-a.json'.");
            return;
        }
        Path file = Path.of(w[1]);
        try {
            GameFile.of(game, opt.scenario()).write(file);
            savedEntries = game.journal().size();
            int d = game.daysPlayed();
            out.printf("Saved %d day%s of play to %s. Resume with: brink play --load %s%n", d, d == 1 ? "" : "s", file, file);
        } catch (IOException | RuntimeException e) {
            out.println("Could not save to " + file + ": " + e.getMessage());
        }
    }

    private void finish() throws IOException {
        var log = game.model().log;
        int from = logSeen.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        List<String> lines = log.subList(Math.min(from, log.size()), log.size());
        if (!lines.isEmpty()) {
            out.println("Since the last turn:");
            int skip = Math.max(0, lines.size() - 40);
            if (skip > 0) out.printf("  ... (%d earlier lines)%n", skip);
            for (String l : lines.subList(skip, lines.size())) out.println("  " + l);
        }
        var c = game.model().crisis;
        OutcomeSpec o = game.outcome();
        out.printf(Locale.ROOT, "%n=== The crisis ends on day %d (%s): %s ===%nOutcome: %s. Final rung %d (%s), peak rung %d (%s), tension %.2f.%n%n", c.day,
                game.scenario().date(c.day), c.endReason, o.name(), c.rung, game.rungName(c.rung), c.peak, game.rungName(c.peak), c.tension);
        Debrief d = Debrief.of(game, opt.debriefRuns(), opt.threads());
        String text = d.text();
        out.print(text);
        if (opt.debriefDir() != null) {
            Path dir = opt.debriefDir();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("debrief.txt"), text);
            GameFile.of(game, opt.scenario()).write(dir.resolve("game.json"));
            List<Path> charts = DebriefChart.write(d, dir);
            out.println();
            out.println("Debrief written to " + dir + ": debrief.txt, game.json, " + String.join(", ", charts.stream().map(p -> p.getFileName().toString()).toList()));
        }
    }
}
