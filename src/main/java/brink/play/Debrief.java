package brink.play;

import brink.model.CrisisModel;
import brink.model.world.StateAgent;
import brink.montecarlo.Seeds;
import brink.results.Proportion;
import brink.scenario.ActorResult;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;
import brink.scenario.Severity;
import brink.scenario.Termination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The class's game against the model's own play from the same start: K model-only replications of the scenario with
 * the instructor's injects on their days (run k has seed {@code Seeds.run(S, k)}, so run 0 is the game's own world and
 * the runs are those of {@code brink run --seed S --inject ...}), each recording every team state's choice each day and
 * its score at the end.
 */
public final class Debrief {
    final Scenario scenario;
    final int horizon;
    final long runs;
    final long[] outcomeCounts;
    /** Per day: the rungs of all runs (for the mean and band). */
    final int[][] rungs;
    final int teamOutcome;
    final int[] teamRungs;
    final int teamPeak;
    final int lastDay;
    final String endReason;
    /** The game was stopped before the crisis ended: the model's runs are read on the same day. */
    final boolean stopped;
    /** The class's crisis in ICB's codes, and the model's runs: how many ended at each severity and in each form. */
    final Objectives.Ending ending;
    final long[] severityCounts = new long[Severity.values().length], terminationCounts = new long[Termination.values().length];
    final Map<String, Team> teams = new LinkedHashMap<>();

    /** One team's part: its path and score, and the model's play of the same state. */
    public static final class Team {
        final String id, name;
        final List<String> taken, imposed;
        final int[] direction;
        /** Per day: model runs still going, and how many of them had the state take an escalatory action. */
        final long[] decided, escalated;
        final double[] modelScores;
        /** The model's play of the state: its ICB result in each run (counts by result) and its losses (thousand troops) per run. */
        final long[] modelResults = new long[ActorResult.values().length];
        final double[] modelLosses;
        final Objectives.Score score;

        Team(String id, String name, List<String> taken, List<String> imposed, int[] direction, long[] decided, long[] escalated, double[] modelScores,
             double[] modelLosses, Objectives.Score score) {
            this.id = id;
            this.name = name;
            this.taken = taken;
            this.imposed = imposed;
            this.direction = direction;
            this.decided = decided;
            this.escalated = escalated;
            this.modelScores = modelScores;
            this.modelLosses = modelLosses;
            this.score = score;
        }

        /** Share of the model's runs in which its play of the state ended with this result. */
        public Proportion modelResult(ActorResult r) {
            return Proportion.of(modelResults[r.ordinal()], modelLosses.length);
        }

        public double modelLossesMean() {
            return Arrays.stream(modelLosses).average().orElse(Double.NaN);
        }

        /** Share of the model's runs in which the state lost troops in fighting. */
        public Proportion modelLossesAny() {
            return Proportion.of(Arrays.stream(modelLosses).filter(x -> x > 0).count(), modelLosses.length);
        }

        public String id() {
            return id;
        }

        public String name() {
            return name;
        }

        public Objectives.Score score() {
            return score;
        }

        /** The model's score for the state: quantile q of its runs. */
        public double modelScore(double q) {
            double[] v = modelScores.clone();
            Arrays.sort(v);
            return v[Math.min(v.length - 1, (int) Math.floor(q * (v.length - 1) + 0.5))];
        }

        public double modelMean() {
            return Arrays.stream(modelScores).average().orElse(Double.NaN);
        }

        /** Share of the model's runs in which it scored no better than the team. */
        public double percentile() {
            return (double) Arrays.stream(modelScores).filter(x -> x <= score.total() + 1e-9).count() / modelScores.length;
        }

        /** Model's share of escalatory choices on a day, among the runs still going that day. */
        public Proportion escalatoryShare(int day) {
            return Proportion.of(escalated[day], decided[day]);
        }
    }

    private Debrief(Game g, long runs, long[] outcomeCounts, int[][] rungs) {
        this.scenario = g.scenario();
        this.horizon = scenario.horizonDays();
        this.runs = runs;
        this.outcomeCounts = outcomeCounts;
        this.rungs = rungs;
        this.teamOutcome = g.model().outcomeIndex();
        this.teamRungs = g.rungPath();
        this.teamPeak = g.model().crisis.peak;
        this.lastDay = Math.max(0, g.daysPlayed() - 1);
        this.stopped = !g.over();
        this.endReason = stopped ? "stopped before the end of the crisis" : g.model().crisis.endReason;
        this.ending = g.ending();
    }

    static int direction(Scenario s, String actionId) {
        return actionId == null ? 0 : s.action(actionId).map(a -> a.kind().direction).orElse(0);
    }

    public static Debrief of(Game g, int k, int threads) {
        return of(g, k, threads, done -> {
        });
    }

    /** Runs K model-only replications (with the game's injects) and sets them against the game (which should be over). */
    public static Debrief of(Game g, int k, int threads, java.util.function.IntConsumer progress) {
        Scenario s = g.scenario().withEvents(g.injects());
        int horizon = s.horizonDays();
        List<String> teams = g.teams();
        long seed = g.setup().seed();
        int stopDay = g.over() ? -1 : g.daysPlayed();
        record Run(int outcome, byte[] rungs, int[][] direction, Objectives.Score[] score, Objectives.Ending ending) {
        }
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        List<Run> done = brink.montecarlo.Batch.parallel(k, threads, i -> {
            CrisisModel m = new CrisisModel(s, Seeds.run(seed, i), false);
            m.start();
            Objectives.Start start = Objectives.Start.of(m);
            StateAgent[] me = teams.stream().map(t -> m.states[m.stateIndex(t)]).toArray(StateAgent[]::new);
            int[][] dir = new int[me.length][horizon];
            for (int[] row : dir) Arrays.fill(row, Integer.MIN_VALUE);
            int outcome = -1;
            Objectives.Score[] score = new Objectives.Score[me.length];
            Objectives.Ending ending = null;
            while (!m.crisis.ended && m.schedule.step(m)) {
                for (int t = 0; t < me.length; t++) dir[t][m.crisis.day] = me[t].lastChoice < 0 ? 0 : me[t].actions[me[t].lastChoice].kind().direction;
                if (m.crisis.day == stopDay - 1) {
                    // a game stopped early is set against the model's runs as they stood on the same day
                    outcome = m.outcomeIndex();
                    for (int t = 0; t < me.length; t++) score[t] = Objectives.score(m, start, me[t]);
                    ending = Objectives.Ending.of(m);
                }
            }
            m.finish();
            if (outcome < 0) {
                outcome = m.outcomeIndex();
                for (int t = 0; t < me.length; t++) score[t] = Objectives.score(m, start, me[t]);
                ending = Objectives.Ending.of(m);
            }
            progress.accept(count.incrementAndGet());
            return new Run(outcome, m.crisis.rungByDay.clone(), dir, score, ending);
        });
        long[] outcomes = new long[s.outcomes().size()];
        int[][] rungs = new int[horizon][k];
        for (int i = 0; i < k; i++) {
            Run r = done.get(i);
            outcomes[r.outcome()]++;
            for (int d = 0; d < horizon; d++) rungs[d][i] = r.rungs()[d];
        }
        Debrief out = new Debrief(g, k, outcomes, rungs);
        for (Run r : done) {
            out.severityCounts[r.ending().severity().ordinal()]++;
            out.terminationCounts[r.ending().termination().ordinal()]++;
        }
        for (int t = 0; t < teams.size(); t++) {
            String id = teams.get(t);
            long[] decided = new long[horizon], escalated = new long[horizon];
            double[] scores = new double[k], losses = new double[k];
            long[] results = new long[ActorResult.values().length];
            for (int i = 0; i < k; i++) {
                Run r = done.get(i);
                scores[i] = r.score()[t].total();
                losses[i] = r.score()[t].losses();
                if (r.score()[t].result() != null) results[r.score()[t].result().ordinal()]++;
                for (int d = 0; d < horizon; d++) {
                    if (r.direction()[t][d] == Integer.MIN_VALUE) continue;
                    decided[d]++;
                    if (r.direction()[t][d] > 0) escalated[d]++;
                }
            }
            List<String> taken = g.taken(id);
            int[] dir = new int[taken.size()];
            for (int d = 0; d < dir.length; d++) dir[d] = direction(s, taken.get(d));
            Team team = new Team(id, g.state(id).name, List.copyOf(taken), new ArrayList<>(g.imposed(id)), dir, decided, escalated, scores, losses, g.score(id));
            System.arraycopy(results, 0, team.modelResults, 0, results.length);
            out.teams.put(id, team);
        }
        return out;
    }

    public long runs() {
        return runs;
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<Team> teams() {
        return List.copyOf(teams.values());
    }

    public int teamOutcome() {
        return teamOutcome;
    }

    public int[] teamRungs() {
        return teamRungs.clone();
    }

    public String endReason() {
        return endReason;
    }

    public int lastDay() {
        return lastDay;
    }

    public Proportion outcome(int i) {
        return Proportion.of(outcomeCounts[i], runs);
    }

    /** The class's crisis: its severity of violence and its termination, in ICB's codes. */
    public Objectives.Ending ending() {
        return ending;
    }

    /** Share of the model's runs whose crisis reached this severity of violence (at most). */
    public Proportion severity(Severity v) {
        return Proportion.of(severityCounts[v.ordinal()], runs);
    }

    /** Share of the model's runs whose crisis ended in this form (none: still open at the horizon or on the day read). */
    public Proportion termination(Termination t) {
        return Proportion.of(terminationCounts[t.ordinal()], runs);
    }

    /** "victory 2.8%, compromise 25.1%, stalemate 70.0%, defeat 2.1%": the model's play of a team's state. */
    public static String results(Team t) {
        List<String> out = new ArrayList<>();
        for (ActorResult r : ActorResult.values()) out.add(r.label() + " " + pct(t.modelResult(r).probability()).trim());
        return String.join(", ", out);
    }

    /** A team's result and losses against the model's play of its state, in one line. */
    public static String standing(Team t) {
        Objectives.Score s = t.score;
        return String.format(Locale.ROOT, "result %s (the model's play: %s); losses %.1f thousand troops (the model's play: mean %.1f, some in %s of runs)",
                s.result() == null ? "-" : s.result().label(), results(t), s.losses(), t.modelLossesMean(), pct(t.modelLossesAny().probability()).trim());
    }

    /** The share of the model's runs that stood on the rung that day. */
    public double rungShare(int day, int rung) {
        int on = 0;
        for (int r : rungs[day]) if (r == rung) on++;
        return (double) on / rungs[day].length;
    }

    /** "your crisis ended in X on day N; the model's states reached it in P% of runs" */
    public String headline() {
        OutcomeSpec o = scenario.outcomes().get(teamOutcome);
        Proportion p = outcome(teamOutcome);
        String name = o.name().toLowerCase(Locale.ROOT);
        if (stopped) {
            return String.format(Locale.ROOT, "Your crisis stood at %s on day %d (%s) when the game was stopped; the model's states stood at %s on that day in %s of %,d runs from the same start.",
                    name, lastDay, scenario.date(lastDay), name, pct(p.probability()).trim(), runs);
        }
        if (ending.termination() == Termination.NONE) {
            return String.format(Locale.ROOT, "Your crisis had not ended on day %d (%s, %s): it stood at %s; the model's states reached %s in %s of %,d runs from the same start.",
                    lastDay, scenario.date(lastDay), endReason, name, name, pct(p.probability()).trim(), runs);
        }
        return String.format(Locale.ROOT, "Your crisis ended %s on day %d (%s): %s; the model's states reached %s in %s of %,d runs from the same start.",
                Objectives.words(ending.termination()), ending.terminationDay(), scenario.date(ending.terminationDay()), name, name, pct(p.probability()).trim(), runs);
    }

    public boolean stopped() {
        return stopped;
    }

    /** The debrief as text. */
    public String text() {
        StringBuilder b = new StringBuilder();
        List<OutcomeSpec> os = scenario.outcomes();
        String names = String.join(", ", teams.values().stream().map(t -> t.name).toList());
        b.append(String.format(Locale.ROOT, "=== Debrief: %s ===%n", names));
        b.append(String.format(Locale.ROOT, "Your game ended on day %d (%s): %s. Outcome: %s (peak rung %d, %s).%n", lastDay,
                scenario.date(lastDay), endReason, os.get(teamOutcome).name(), teamPeak, scenario.ladder().get(teamPeak).name()));
        b.append(headline()).append('\n');
        for (Team t : teams.values()) {
            b.append('\n').append(String.format(Locale.ROOT, "%s's path (its action each day, and the rung at the end of the day):%n", t.name));
            int d = 0;
            while (d < t.taken.size()) {
                int e = d;
                while (e + 1 < t.taken.size() && java.util.Objects.equals(t.taken.get(e + 1), t.taken.get(d)) && teamRungs[e + 1] == teamRungs[d]
                        && java.util.Objects.equals(t.imposed.get(e + 1) == null, t.imposed.get(d) == null)) e++;
                String days = e == d ? String.format(Locale.ROOT, "day %d", d) : String.format(Locale.ROOT, "days %d–%d", d, e);
                String act = (t.taken.get(d) == null ? "-" : t.taken.get(d)) + (e > d ? " ×" + (e - d + 1) : "");
                String who = t.imposed.get(d) == null ? " (model's choice)" : "";
                b.append(String.format(Locale.ROOT, "  %-12s %-11s %-44s rung %d %s%n", days, scenario.date(d), act + who, teamRungs[d], scenario.ladder().get(teamRungs[d]).name()));
                d = e + 1;
            }
        }
        b.append('\n').append(String.format(Locale.ROOT, "The model playing every state from the same start, %,d replications (run 0 is your game's world):%n", runs));
        b.append(String.format(Locale.ROOT, "  %-28s %8s   %-17s%n", "outcome", "model", "95% interval"));
        for (int i = 0; i < os.size(); i++) {
            Proportion p = outcome(i);
            b.append(String.format(Locale.ROOT, "  %-28s %8s   [%s, %s]%s%n", os.get(i).name(), pct(p.probability()), pct(p.low()).trim(), pct(p.high()).trim(),
                    i == teamOutcome ? "   <- your outcome" : ""));
        }
        Proportion mine = outcome(teamOutcome);
        b.append(String.format(Locale.ROOT, "  The model reached your outcome (%s) in %s of its runs%s.%n", os.get(teamOutcome).name(), pct(mine.probability()).trim(),
                mine.probability() < 0.05 ? ": a rare path" : mine.probability() > 0.5 ? ": its most common path" : ""));
        b.append('\n').append("How it ended, in the codes of the International Crisis Behavior data: your crisis ").append(ending.describe(scenario)).append(".\n");
        b.append(String.format(Locale.ROOT, "  %-28s %8s   %-17s%n", "violence (severity)", "model", "95% interval"));
        for (Severity v : Severity.values()) {
            Proportion p = severity(v);
            b.append(String.format(Locale.ROOT, "  %-28s %8s   [%s, %s]%s%n", Objectives.words(v), pct(p.probability()), pct(p.low()).trim(), pct(p.high()).trim(),
                    v == ending.severity() ? "   <- yours" : ""));
        }
        b.append(String.format(Locale.ROOT, "  %-28s %8s   %-17s%n", "termination", "model", "95% interval"));
        for (Termination e : Termination.values()) {
            Proportion p = termination(e);
            if (p.probability() == 0 && e != ending.termination()) continue;
            b.append(String.format(Locale.ROOT, "  %-28s %8s   [%s, %s]%s%n", Objectives.name(e), pct(p.probability()), pct(p.low()).trim(), pct(p.high()).trim(),
                    e == ending.termination() ? "   <- yours" : ""));
        }
        b.append('\n').append("Scores (out of 100; the model's play of the same state over its runs):").append('\n');
        for (Team t : teams.values()) {
            b.append(String.format(Locale.ROOT, "  %-20s you %5.1f   model mean %5.1f, 10–90%% %.0f–%.0f   (you did at least as well as %s of the model's runs)%n", t.name,
                    t.score.total(), t.modelMean(), t.modelScore(0.1), t.modelScore(0.9), pct(t.percentile()).trim()));
            b.append("    ").append(t.score.summary()).append('\n');
            b.append("    ").append(standing(t)).append('\n');
        }
        for (Team t : teams.values()) {
            b.append('\n').append(String.format(Locale.ROOT, "Escalatory actions of %s (share of days on which the state escalated), week by week:%n", t.name));
            b.append(String.format(Locale.ROOT, "  %-12s %-26s %s%n", "days", "model [95% interval]", "you"));
            long teamEsc = 0, teamDays = 0, modelEsc = 0, modelDays = 0;
            for (int w = 0; w * 7 < horizon; w++) {
                int from = w * 7, to = Math.min(horizon, from + 7) - 1;
                long me = 0, md = 0, te = 0, td = 0;
                for (int x = from; x <= to; x++) {
                    me += t.escalated[x];
                    md += t.decided[x];
                    if (x < t.direction.length) {
                        td++;
                        if (t.direction[x] > 0) te++;
                    }
                }
                if (md == 0 && td == 0) continue;
                Proportion p = Proportion.of(me, md);
                b.append(String.format(Locale.ROOT, "  %-12s %-26s %s%n", from == to ? "" + from : from + "–" + to, md == 0 ? "(all runs over)" : pct(p.probability()).trim() + " [" + pct(p.low()).trim() + ", " + pct(p.high()).trim() + "]",
                        td == 0 ? "(game over)" : te + " of " + td + (td == 1 ? " day" : " days")));
                modelEsc += me;
                modelDays += md;
                teamEsc += te;
                teamDays += td;
            }
            Proportion all = Proportion.of(modelEsc, modelDays);
            b.append(String.format(Locale.ROOT, "  %-12s %-26s %s%n", "all", pct(all.probability()).trim() + " [" + pct(all.low()).trim() + ", " + pct(all.high()).trim() + "]",
                    teamEsc + " of " + teamDays + " days (" + pct(teamDays == 0 ? Double.NaN : (double) teamEsc / teamDays).trim() + ")"));
        }
        return b.toString();
    }

    static String pct(double p) {
        return Double.isNaN(p) ? "  -  " : String.format(Locale.ROOT, "%5.1f%%", 100 * p);
    }
}
