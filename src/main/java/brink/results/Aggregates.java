package brink.results;

import brink.model.RunRecord;
import brink.model.world.TalkResult;
import brink.scenario.EventSpec;
import brink.scenario.OutcomeSpec;
import brink.scenario.Rung;
import brink.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streaming summaries of a batch, fed in run order: counts for outcomes, rungs and talks (exact), and a uniform
 * reservoir of daily paths for the percentile bands (exact up to the reservoir's size, a random sample beyond).
 * Memory is fixed by the scenario and the reservoir, never by the number of runs.
 */
public final class Aggregates {
    public static final int RESERVOIR = 10_000;
    static final double[] QUANTILES = {5, 25, 50, 75, 95};

    private final Scenario scenario;
    private final int horizon, rungs;
    private long runs, failed;
    private final long[] outcomeCounts;
    private final long[][] reachedByDay;
    private final long[] reachedCount;
    private final long[][] talkCounts;
    private final long[][] rungShare;
    private final float[][] tension;
    private final float[][][] forces;
    private final MersenneTwisterFast reservoirRandom;
    private int kept;

    public Aggregates(Scenario scenario, long seed) {
        this.scenario = scenario;
        horizon = scenario.horizonDays();
        rungs = scenario.ladder().size();
        outcomeCounts = new long[scenario.outcomes().size()];
        reachedByDay = new long[rungs][horizon];
        reachedCount = new long[rungs];
        int talks = (int) scenario.events().stream().filter(e -> e.type().isBargaining()).count();
        talkCounts = new long[talks][TalkResult.values().length + 1];
        rungShare = new long[horizon][rungs];
        tension = new float[RESERVOIR][];
        forces = new float[RESERVOIR][][];
        reservoirRandom = new MersenneTwisterFast(seed ^ 0x7E5E7E5EL);
    }

    public void add(RunRecord r) {
        if (r == null) {
            failed++;
            return;
        }
        runs++;
        outcomeCounts[r.outcomeIndex()]++;
        for (int k = 0; k < rungs; k++) {
            int d = r.firstDay()[k];
            if (d >= 0) {
                reachedByDay[k][d]++;
                reachedCount[k]++;
            }
        }
        for (int t = 0; t < talkCounts.length; t++) talkCounts[t][r.talkResults()[t] + 1]++;
        byte[] path = r.rungByDay();
        for (int d = 0; d < horizon; d++) rungShare[d][path[d]]++;
        // Algorithm R: each of the first n runs stays in the reservoir with probability RESERVOIR/n
        int slot = -1;
        if (kept < RESERVOIR) slot = kept++;
        else {
            long j = (long) (reservoirRandom.nextDouble() * runs);
            if (j < RESERVOIR) slot = (int) j;
        }
        if (slot >= 0) {
            tension[slot] = r.tensionByDay();
            forces[slot] = r.principalForcesByDay();
        }
    }

    public long runs() {
        return runs;
    }

    public long failed() {
        return failed;
    }

    public Proportion outcome(int i) {
        return Proportion.of(outcomeCounts[i], runs);
    }

    /** The widest half-interval over the outcome probabilities: what --precision compares against. */
    public double widestHalfInterval() {
        double w = 0;
        for (int i = 0; i < outcomeCounts.length; i++) w = Math.max(w, outcome(i).halfWidth());
        return runs == 0 ? Double.POSITIVE_INFINITY : w;
    }

    public KaplanMeier timeTo(int rung) {
        long[] censored = new long[horizon];
        censored[horizon - 1] = runs - reachedCount[rung];
        return new KaplanMeier(reachedByDay[rung], censored);
    }

    /** The class most runs escalate into: the likeliest outcome on a rung above the start, else the likeliest. */
    String mainOutcome() {
        List<OutcomeSpec> os = scenario.outcomes();
        int best = -1;
        for (int i = 0; i < os.size(); i++) {
            if (os.get(i).rung() > scenario.crisis().initialRung() && (best < 0 || outcomeCounts[i] > outcomeCounts[best])) best = i;
        }
        if (best < 0 || outcomeCounts[best] == 0) {
            for (int i = 0; i < os.size(); i++) if (best < 0 || outcomeCounts[i] > outcomeCounts[best]) best = i;
        }
        return os.get(best).id();
    }

    public Summary summary(List<Integer> keyRungs) {
        var s = scenario;
        List<Summary.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < s.outcomes().size(); i++) {
            OutcomeSpec o = s.outcomes().get(i);
            Proportion p = outcome(i);
            outcomes.add(new Summary.Outcome(o.id(), o.name(), o.rung(), p.count(), p.probability(), new double[]{p.low(), p.high()}));
        }
        List<Summary.RungReached> rungList = new ArrayList<>();
        for (int k = 0; k < rungs; k++) {
            Rung r = s.ladder().get(k);
            Proportion p = Proportion.of(reachedCount[k], runs);
            KaplanMeier km = timeTo(k);
            List<Summary.SurvivalPoint> curve = new ArrayList<>();
            for (int d = 0; d < horizon; d++) {
                curve.add(new Summary.SurvivalPoint(d, s.date(d), round(1 - km.survival(d)), round(1 - km.upper(d)), round(1 - km.lower(d))));
            }
            int median = runs == 0 ? -1 : km.median();
            rungList.add(new Summary.RungReached(k, r.name(), p.count(), p.probability(), new double[]{p.low(), p.high()},
                    median < 0 ? null : median, median < 0 ? null : s.date(median), curve));
        }
        List<Summary.Talk> talks = new ArrayList<>();
        List<EventSpec> talkSpecs = s.events().stream().filter(e -> e.type().isBargaining()).toList();
        for (int t = 0; t < talkSpecs.size(); t++) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (TalkResult tr : TalkResult.values()) shares.put(tr.label(), share(talkCounts[t][tr.ordinal() + 1]));
            shares.put(TalkResult.NOT_HELD, share(talkCounts[t][0]));
            EventSpec e = talkSpecs.get(t);
            talks.add(new Summary.Talk(e.id(), e.name(), e.date(), shares));
        }
        List<Summary.Event> events = s.events().stream()
                .map(e -> new Summary.Event(e.id(), e.name(), e.date(), s.day(e.date()), e.type().label())).toList();
        return new Summary(new Summary.ScenarioInfo(s.id(), s.title(), s.description(), s.startDate(), s.horizonDays(), s.sources()),
                runs, failed, runs == 0 ? null : mainOutcome(), keyRungs, outcomes, rungList, talks, events);
    }

    private double share(long count) {
        return runs == 0 ? 0 : round((double) count / runs);
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** daily.csv: per day the share of runs on each rung and percentile bands of tension and the principals' forces. */
    public void writeDaily(Writer w) throws IOException {
        var principals = scenario.principals();
        StringBuilder h = new StringBuilder("day,date");
        for (int k = 0; k < rungs; k++) h.append(",share_rung_").append(k);
        for (double q : QUANTILES) h.append(",tension_p").append((int) q);
        for (var s : principals) for (double q : QUANTILES) h.append(",forces_").append(s.id()).append("_p").append((int) q);
        w.write(h.append('\n').toString());
        Percentile pct = new Percentile();
        double[] values = new double[kept];
        for (int d = 0; d < horizon; d++) {
            StringBuilder b = new StringBuilder();
            b.append(d).append(',').append(scenario.date(d));
            for (int k = 0; k < rungs; k++) b.append(',').append(runs == 0 ? "" : fmt((double) rungShare[d][k] / runs));
            for (int i = 0; i < kept; i++) values[i] = tension[i][d];
            percentiles(pct, values, b);
            for (int s = 0; s < principals.size(); s++) {
                for (int i = 0; i < kept; i++) values[i] = forces[i][s][d];
                percentiles(pct, values, b);
            }
            w.write(b.append('\n').toString());
        }
    }

    private static void percentiles(Percentile pct, double[] values, StringBuilder b) {
        if (values.length == 0) {
            b.append(",".repeat(QUANTILES.length));
            return;
        }
        pct.setData(values);
        for (double q : QUANTILES) b.append(',').append(fmt(pct.evaluate(q)));
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
