package brink.play;

import brink.scenario.ActionSpec;
import brink.scenario.OutcomeSpec;
import brink.results.Proportion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The terminal game: the situation, the actions open today with the model's probabilities as hints, and a prompt,
 * turn after turn until the crisis ends; then the debrief. Input is read line by line (a script can play it);
 * bad input gets a message and the same prompt again; the end of input means the team holds for the rest.
 */
public final class PlaySession {
    /** Settings of the session that are not part of the game itself. */
    public record Options(int forecastRuns, int debriefRuns, int threads, Path debriefDir, boolean echo) {
    }

    public static final String HELP = String.join("\n",
            "Commands:",
            "  N or ACTION-ID   take that action today (the numbers are those listed; ids as in the scenario)",
            "  forecast [K]     K Monte Carlo continuations from now, the model playing every state (default K from --forecast-runs)",
            "  status           show the situation again",
            "  save FILE        write the game (scenario, seed, your moves) to a JSON file; resume with 'brink play --load FILE'",
            "  help             this list",
            "  quit             stop the game here (no debrief)");

    private final Game game;
    private final Options opt;
    private final PrintStream out;

    public PlaySession(Game game, Options opt, PrintStream out) {
        this.game = game;
        this.opt = opt;
        this.out = out;
    }

    /** Plays the game from the reader to its end; returns 0 (a finished or quit game). */
    public int run(BufferedReader in) throws IOException {
        out.printf("%s%nYou play %s (%s). One turn = %d day%s. Type 'help' for commands.%n%n", game.scenario().title(), game.me().name,
                game.me().id, game.setup().turnDays(), game.setup().turnDays() == 1 ? "" : "s; on the days after the first your state holds");
        boolean showTurn = true;
        while (!game.over()) {
            if (showTurn) showTurn();
            showTurn = false;
            out.print(prompt());
            out.flush();
            String line = in.readLine();
            if (line == null) {
                if (opt.echo()) out.println();
                out.printf("(end of input: %s holds for the rest of the crisis)%n", game.me().name);
                game.holdToEnd();
                break;
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
                case "status" -> showTurn = true;
                case "quit", "exit" -> {
                    out.printf("Game stopped on day %d. (Nothing was saved unless you used 'save FILE'.)%n", game.day());
                    return 0;
                }
                case "forecast" -> forecast(w);
                case "save" -> save(w);
                default -> {
                    Integer action = parseAction(line);
                    if (action != null) {
                        int before = game.day();
                        int days = game.playTurn(action);
                        var a = game.me().actions[action];
                        out.printf("Day %d: you chose %s (%s)%s.%n%n", before, a.id(), a.name(),
                                days > 1 ? "; " + game.me().name + " holds until day " + (before + days - 1) : "");
                        showTurn = true;
                    }
                }
            }
        }
        finish();
        return 0;
    }

    private String prompt() {
        return String.format(Locale.ROOT, "day %d %s> ", game.day(), game.me().id);
    }

    private void showTurn() {
        List<String> log = game.newLog();
        if (!log.isEmpty()) {
            out.println(game.day() == 0 ? "What has happened:" : "Since your last turn:");
            int skip = Math.max(0, log.size() - 40);
            if (skip > 0) out.printf("  ... (%d earlier lines)%n", skip);
            for (String l : log.subList(skip, log.size())) out.println("  " + l);
            out.println();
        }
        out.print(game.situation());
        out.println("Actions open to you today (the model's own probability, as a hint):");
        List<Game.Option> opts = game.options();
        int idw = Math.max(12, opts.stream().mapToInt(o -> o.action().id().length()).max().orElse(0));
        int namew = Math.max(20, opts.stream().mapToInt(o -> o.action().name().length()).max().orElse(0));
        for (int i = 0; i < opts.size(); i++) {
            Game.Option o = opts.get(i);
            out.printf(Locale.ROOT, "  %2d  %-" + idw + "s  %-" + namew + "s %6.1f%%%n", i + 1, o.action().id(), o.action().name(), 100 * o.probability());
        }
        List<ActionSpec> closed = game.closed();
        if (!closed.isEmpty()) out.println("  not open today: " + String.join(", ", closed.stream().map(ActionSpec::id).toList()));
    }

    /** The action index chosen by a number or an id, or null (after saying why) when the input is not one. */
    Integer parseAction(String text) {
        List<Game.Option> opts = game.options();
        String t = text.strip();
        if (t.matches("\\d+")) {
            int n;
            try {
                n = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n >= 1 && n <= opts.size()) return opts.get(n - 1).index();
            out.printf("There is no action %s today: choose 1 to %d, or type 'help'.%n", t, opts.size());
            return null;
        }
        for (Game.Option o : opts) if (o.action().id().equalsIgnoreCase(t)) return o.index();
        for (ActionSpec a : game.closed()) {
            if (a.id().equalsIgnoreCase(t)) {
                out.printf(Locale.ROOT, "'%s' is not open to %s today (rung %d; it needs rungs %d–%d and its own conditions). Choose one of the numbered actions.%n",
                        a.id(), game.me().name, game.model().crisis.rung, a.minRung(), Math.min(a.maxRung(), game.scenario().ladder().size() - 1));
                return null;
            }
        }
        out.printf("'%s' is neither an action nor a command. Type a number from 1 to %d, an action id, or 'help'.%n", t, opts.size());
        return null;
    }

    private void forecast(String[] w) {
        int k = opt.forecastRuns();
        if (w.length > 1) {
            try {
                k = Integer.parseInt(w[1]);
            } catch (NumberFormatException e) {
                k = -1;
            }
            if (k < 1 || k > 100_000) {
                out.println("forecast K: K must be a whole number from 1 to 100000, e.g. 'forecast 500'.");
                return;
            }
        }
        Game.Forecast f = game.forecast(k, opt.threads());
        out.printf(Locale.ROOT, "Forecast from day %d: %,d continuations, your history fixed, the model playing every state from here.%n", f.day(), f.runs());
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
            GameFile.of(game).write(file);
            out.printf("Saved %d day%s of play to %s. Resume with: brink play --load %s%n", game.imposed().size(), game.imposed().size() == 1 ? "" : "s", file, file);
        } catch (IOException | RuntimeException e) {
            out.println("Could not save to " + file + ": " + e.getMessage());
        }
    }

    private void finish() throws IOException {
        List<String> log = game.newLog();
        if (!log.isEmpty()) {
            out.println("Since your last turn:");
            int skip = Math.max(0, log.size() - 40);
            if (skip > 0) out.printf("  ... (%d earlier lines)%n", skip);
            for (String l : log.subList(skip, log.size())) out.println("  " + l);
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
            GameFile.of(game).write(dir.resolve("game.json"));
            List<Path> charts = DebriefChart.write(d, dir);
            out.println();
            out.println("Debrief written to " + dir + ": debrief.txt, game.json, " + String.join(", ", charts.stream().map(p -> p.getFileName().toString()).toList()));
        }
    }
}
