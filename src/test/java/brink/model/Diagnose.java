package brink.model;

import brink.TestScenarios;
import brink.montecarlo.Seeds;
import brink.scenario.Scenario;
import brink.model.world.Conflict;
import brink.model.world.StateAgent;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calibration diagnostics for modellers (not a test): runs a scenario and prints what the mechanisms did.
 * Usage: Diagnose SCENARIO RUNS [SEED] [PATH=VALUE ...]
 */
public final class Diagnose {
    public static void main(String[] args) {
        Scenario s = TestScenarios.load(java.nio.file.Path.of(args[0]), Arrays.copyOfRange(args, Math.min(args.length, 3), args.length));
        int runs = Integer.parseInt(args[1]);
        long master = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Map<String, Integer> outcome = new TreeMap<>(), term = new TreeMap<>(), sev = new TreeMap<>(), endReason = new TreeMap<>();
        Map<String, int[]> major = new TreeMap<>();
        Map<String, double[]> gaps = new TreeMap<>();
        Map<String, Map<String, Integer>> results = new TreeMap<>();
        int[] peak = new int[s.ladder().size()];
        int below = 0, censored = 0, wars = 0, ceasefires = 0;
        long majorMoves = 0, majorWorse = 0, incidents = 0;
        double[] duration = new double[runs];
        int nd = 0;
        int windows = (s.horizonDays() + 9) / 10;
        long[] atRisk = new long[windows], events = new long[windows];
        int np = s.principals().size();
        double[][] endForces = new double[np][runs];
        double[][] maxRise = new double[np][runs];
        double[] warDays = new double[runs * 2];
        int nw = 0;
        double lossesSum = 0;
        for (int k = 0; k < runs; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(master, k), false);
            m.start();
            while (m.stepDay()) {
                for (StateAgent st : m.principals) {
                    for (int i = 0; i < st.actions.length; i++) {
                        if (Double.isNaN(st.lastGap[i])) continue;
                        double[] g = gaps.computeIfAbsent(st.id + ":" + st.actions[i].id(), x -> new double[runs]);
                        if (g[k] == 0 || st.lastGap[i] > g[k]) g[k] = st.lastGap[i];
                    }
                }
            }
            m.finish();
            RunRecord r = m.record();
            outcome.merge(r.outcome(), 1, Integer::sum);
            term.merge(r.termination().label(), 1, Integer::sum);
            sev.merge(brink.scenario.Severity.values()[r.severity() - 1].label(), 1, Integer::sum);
            endReason.merge(r.endReason().replaceAll("[0-9]+", "N"), 1, Integer::sum);
            peak[r.peakRung()]++;
            boolean low = false;
            for (int rr = 0; rr < s.crisis().initialRung(); rr++) if (r.firstDay()[rr] >= 0) low = true;
            if (low) below++;
            if (r.termination() == brink.scenario.Termination.NONE) censored++;
            duration[nd++] = r.durationDays();
            majorMoves += r.majorMoves();
            majorWorse += r.majorMovesWorse();
            incidents += m.crisis.incidents;
            int ff = r.firstForceDay(), last = r.endDay();
            for (int w = 0; w < windows; w++) {
                int from = w * 10;
                if (from > last || (ff >= 0 && ff < from)) break;
                atRisk[w]++;
                if (ff >= from && ff < from + 10) events[w]++;
            }
            for (StateAgent st : m.states) {
                for (int i = 0; i < st.actions.length; i++) {
                    if (!st.actions[i].major()) continue;
                    int[] a = major.computeIfAbsent(st.id + ":" + st.actions[i].id(), x -> new int[2]);
                    a[0] += st.majorTaken[i];
                    a[1] += st.majorWorse[i];
                }
                if (r.results()[st.index] != null) results.computeIfAbsent(st.id, x -> new TreeMap<>()).merge(r.results()[st.index].label(), 1, Integer::sum);
            }
            for (int i = 0; i < np; i++) {
                StateAgent p = m.principals[i];
                endForces[i][k] = r.principalForcesByDay()[i][s.horizonDays() - 1];
                double mx = 0;
                for (double f : r.principalForcesByDay()[i]) mx = Math.max(mx, f);
                maxRise[i][k] = mx - p.forces0;
            }
            for (Conflict c : m.crisis.conflicts) {
                wars++;
                if (nw < warDays.length) warDays[nw++] = c.days;
                if (c.ending.contains("ceasefire")) ceasefires++;
                lossesSum += c.lossesA + c.lossesB;
            }
        }
        System.out.println(s.id() + ": " + runs + " runs, master seed " + master);
        print("outcome", outcome, runs);
        print("severity", sev, runs);
        print("termination", term, runs);
        print("end of run", endReason, runs);
        Percentile pc = new Percentile();
        pc.setData(Arrays.copyOf(duration, nd));
        System.out.printf(Locale.ROOT, "duration: median %.0f (q1 %.0f, q3 %.0f); censored %.1f%%%n", pc.evaluate(50), pc.evaluate(25), pc.evaluate(75), 100.0 * censored / runs);
        StringBuilder b = new StringBuilder("peak rung:");
        for (int i = 0; i < peak.length; i++) b.append(String.format(Locale.ROOT, " %d:%.1f%%", i, 100.0 * peak[i] / runs));
        System.out.println(b);
        System.out.printf(Locale.ROOT, "rungs below the initial reached: %.1f%%%n", 100.0 * below / runs);
        System.out.printf(Locale.ROOT, "major moves %d, worse than the best everyday move %d (%.1f%%); incidents per run %.2f%n", majorMoves, majorWorse, 100.0 * majorWorse / Math.max(1, majorMoves), (double) incidents / runs);
        major.forEach((k, v) -> { if (v[0] > 0) System.out.printf(Locale.ROOT, "  %-28s %6d taken, %5.1f%% worse%n", k, v[0], 100.0 * v[1] / v[0]); });
        System.out.printf(Locale.ROOT, "wars %d (%.2f per run), ceasefires %d, mean war days %.1f, mean losses per war %.1f%n", wars, (double) wars / runs, ceasefires,
                nw == 0 ? 0 : Arrays.stream(warDays, 0, nw).average().orElse(0), wars == 0 ? 0 : lossesSum / wars);
        b = new StringBuilder("first-force hazard by 10 days:");
        for (int w = 0; w < windows; w++) b.append(String.format(Locale.ROOT, " %.3f", atRisk[w] == 0 ? 0 : (double) events[w] / atRisk[w]));
        System.out.println(b);
        for (int i = 0; i < np; i++) {
            pc.setData(endForces[i]);
            double med = pc.evaluate(50), p95 = pc.evaluate(95);
            pc.setData(maxRise[i]);
            System.out.printf(Locale.ROOT, "forces %s last day: median %.0f, P95 %.0f; largest rise P95 %.1f, max %.1f%n", s.principals().get(i).id(), med, p95, pc.evaluate(95),
                    Arrays.stream(maxRise[i]).max().orElse(0));
        }
        results.forEach((k, v) -> print("result " + k, v, runs));
        gaps.forEach((k, g) -> {
            double[] seen = Arrays.stream(g).filter(x -> x != 0).toArray();
            if (seen.length == 0) return;
            pc.setData(seen);
            System.out.printf(Locale.ROOT, "largest gap in a run %-28s median %+.2f, P90 %+.2f, max %+.2f (%d runs open)%n", k, pc.evaluate(50), pc.evaluate(90),
                    Arrays.stream(seen).max().orElse(0), seen.length);
        });
    }

    private static void print(String what, Map<String, Integer> m, int runs) {
        StringBuilder b = new StringBuilder(what + ":");
        m.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.1f%%", k, 100.0 * v / runs)));
        System.out.println(b);
    }
}
