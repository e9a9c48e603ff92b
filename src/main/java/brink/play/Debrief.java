package brink.play;

import brink.model.CrisisModel;
import brink.model.world.StateAgent;
import brink.montecarlo.Seeds;
import brink.results.Proportion;
import brink.scenario.ActionSpec;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The team's game against the model's own play from the same start: K model-only replications of the scenario
 * (run k has seed {@code Seeds.run(S, k)}, so run 0 is the game's own world and the runs are those of
 * {@code brink run --seed S}), each recording the played state's choice every day.
 */
public final class Debrief {
    final Scenario scenario;
    final String stateName;
    final int horizon;
    final long runs;
    final long[] outcomeCounts;
    /** Per day: model runs still going, and how many of them had the state take an escalatory action. */
    final long[] decided, escalated;
    /** Per day: the sum of rungs and all rungs (for the mean and band). */
    final int[][] rungs;
    final int teamOutcome;
    final int[] teamRungs;
    final int teamPeak;
    final int[] teamDirection;
    final List<String> teamTaken;
    final List<String> teamImposed;
    final String endReason;

    private Debrief(Game g, long runs, long[] outcomeCounts, long[] decided, long[] escalated, int[][] rungs) {
        this.scenario = g.scenario();
        this.stateName = g.me().name;
        this.horizon = scenario.horizonDays();
        this.runs = runs;
        this.outcomeCounts = outcomeCounts;
        this.decided = decided;
        this.escalated = escalated;
        this.rungs = rungs;
        this.teamOutcome = g.model().outcomeIndex();
        this.teamRungs = g.rungPath();
        this.teamPeak = g.model().crisis.peak;
        this.teamTaken = List.copyOf(g.taken());
        this.teamImposed = List.copyOf(g.imposed());
        this.teamDirection = new int[teamTaken.size()];
        for (int d = 0; d < teamTaken.size(); d++) teamDirection[d] = direction(scenario, teamTaken.get(d));
        this.endReason = g.model().crisis.endReason;
    }

    static int direction(Scenario s, String actionId) {
        return actionId == null ? 0 : s.action(actionId).map(a -> a.kind().direction).orElse(0);
    }

    /** Runs K model-only replications and sets them against the game (which should be over). */
    public static Debrief of(Game g, int k, int threads) {
        Scenario s = g.scenario();
        int horizon = s.horizonDays();
        String state = g.setup().state();
        long seed = g.setup().seed();
        record Run(int outcome, byte[] rungs, int[] direction) {
        }
        List<Run> done = brink.montecarlo.Batch.parallel(k, threads, i -> {
            CrisisModel m = new CrisisModel(s, Seeds.run(seed, i), false);
            m.start();
            StateAgent me = m.states[m.stateIndex(state)];
            int[] dir = new int[horizon];
            java.util.Arrays.fill(dir, Integer.MIN_VALUE);
            while (!m.crisis.ended && m.schedule.step(m)) {
                dir[m.crisis.day] = me.lastChoice < 0 ? 0 : me.actions[me.lastChoice].kind().direction;
            }
            m.finish();
            var rec = m.record();
            return new Run(rec.outcomeIndex(), rec.rungByDay(), dir);
        });
        long[] outcomes = new long[s.outcomes().size()];
        long[] decided = new long[horizon], escalated = new long[horizon];
        int[][] rungs = new int[horizon][k];
        for (int i = 0; i < k; i++) {
            Run r = done.get(i);
            outcomes[r.outcome()]++;
            for (int d = 0; d < horizon; d++) {
                rungs[d][i] = r.rungs()[d];
                if (r.direction()[d] == Integer.MIN_VALUE) continue;
                decided[d]++;
                if (r.direction()[d] > 0) escalated[d]++;
            }
        }
        return new Debrief(g, k, outcomes, decided, escalated, rungs);
    }

    public long runs() {
        return runs;
    }

    public Proportion outcome(int i) {
        return Proportion.of(outcomeCounts[i], runs);
    }

    /** Model's share of escalatory choices on a day, among the runs still going that day. */
    public Proportion escalatoryShare(int day) {
        return Proportion.of(escalated[day], decided[day]);
    }

    double meanRung(int day) {
        double s = 0;
        for (int r : rungs[day]) s += r;
        return s / rungs[day].length;
    }

    double rungQuantile(int day, double q) {
        int[] v = rungs[day].clone();
        java.util.Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.floor(q * (v.length - 1) + 0.5))];
    }

    /** The debrief as text. */
    public String text() {
        StringBuilder b = new StringBuilder();
        List<OutcomeSpec> os = scenario.outcomes();
        b.append(String.format(Locale.ROOT, "=== Debrief: %s ===%n", stateName));
        b.append(String.format(Locale.ROOT, "Your game ended on day %d (%s): %s. Outcome: %s (peak rung %d, %s).%n", teamTaken.size() - 1,
                scenario.date(Math.max(0, teamTaken.size() - 1)), endReason, os.get(teamOutcome).name(), teamPeak, scenario.ladder().get(teamPeak).name()));
        b.append('\n').append("Your path (your action each day, and the rung at the end of the day):").append('\n');
        int d = 0;
        while (d < teamTaken.size()) {
            int e = d;
            while (e + 1 < teamTaken.size() && java.util.Objects.equals(teamTaken.get(e + 1), teamTaken.get(d)) && teamRungs[e + 1] == teamRungs[d]) e++;
            String days = e == d ? String.format(Locale.ROOT, "day %d", d) : String.format(Locale.ROOT, "days %d–%d", d, e);
            String act = actionName(teamTaken.get(d)) + (e > d ? " ×" + (e - d + 1) : "");
            String who = teamImposed.get(d) == null ? " (model's choice)" : "";
            b.append(String.format(Locale.ROOT, "  %-12s %-11s %-44s rung %d %s%n", days, scenario.date(d), act + who, teamRungs[d], scenario.ladder().get(teamRungs[d]).name()));
            d = e + 1;
        }
        b.append('\n').append(String.format(Locale.ROOT, "The model playing %s from the same start, %,d replications (run 0 is your game's world):%n", stateName, runs));
        b.append(String.format(Locale.ROOT, "  %-28s %8s   %-17s%n", "outcome", "model", "95% interval"));
        for (int i = 0; i < os.size(); i++) {
            Proportion p = outcome(i);
            b.append(String.format(Locale.ROOT, "  %-28s %8s   [%s, %s]%s%n", os.get(i).name(), pct(p.probability()), pct(p.low()).trim(), pct(p.high()).trim(),
                    i == teamOutcome ? "   <- your outcome" : ""));
        }
        Proportion mine = outcome(teamOutcome);
        b.append(String.format(Locale.ROOT, "  The model reached your outcome (%s) in %s of its runs%s.%n", os.get(teamOutcome).name(), pct(mine.probability()).trim(),
                mine.probability() < 0.05 ? ": a rare path" : mine.probability() > 0.5 ? ": its most common path" : ""));
        b.append('\n').append("Escalatory actions (share of days on which the state escalated), week by week:").append('\n');
        b.append(String.format(Locale.ROOT, "  %-12s %-26s %s%n", "days", "model [95% interval]", "you"));
        long teamEsc = 0, teamDays = 0, modelEsc = 0, modelDays = 0;
        for (int w = 0; w * 7 < horizon; w++) {
            int from = w * 7, to = Math.min(horizon, from + 7) - 1;
            long me = 0, md = 0, te = 0, td = 0;
            for (int x = from; x <= to; x++) {
                me += escalated[x];
                md += decided[x];
                if (x < teamDirection.length) {
                    td++;
                    if (teamDirection[x] > 0) te++;
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
        return b.toString();
    }

    private String actionName(String id) {
        if (id == null) return "-";
        return scenario.action(id).map(ActionSpec::id).orElse(id);
    }

    static String pct(double p) {
        return Double.isNaN(p) ? "  -  " : String.format(Locale.ROOT, "%5.1f%%", 100 * p);
    }
}
