package brink.analysis.calibrate;

import brink.montecarlo.SweepPlan;
import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * History matching in waves (Vernon, Goldstein &amp; Bower 2010; Andrianakis et al. 2015). Parameters live in the unit
 * cube of their prior ranges. Each wave samples the region not yet ruled out (a Latin hypercube of candidates in
 * the bounding box of the last wave's plausible points, screened by the emulators of every earlier wave), runs the
 * model at the chosen points, computes each point's implausibility (the largest over the targets) and keeps those at
 * or below the cut-off (3: Pukelsheim's three-sigma rule). It then fits an emulator per target to the wave's runs and
 * measures the share of the prior cube the emulators still allow (on a fixed uniform sample). It stops when that
 * share shrinks by less than {@code minShrink} from one wave to the next, or after {@code maxWaves}.
 */
public final class HistoryMatching {
    /** Settings of a calibration. */
    public record Settings(int points, int maxWaves, double cutoff, double minShrink, int candidates, long seed) {
    }

    /** One evaluated parameter set. */
    public record Point(int wave, double[] unit, double[] mean, double implausibility, boolean plausible) {
    }

    /** One wave: its points, the share of the prior cube not ruled out after it, the plausible points' box. */
    public record Wave(int wave, List<Point> points, double nroyShare, double[] low, double[] high, int plausible) {
    }

    /**
     * @param accepted the plausible sets: every simulated point, of any wave, within the cut-off on its own runs and not
     *                 ruled out by the emulators of the waves after it (the final not-ruled-out-yet region, as sampled)
     */
    public record Result(List<Wave> waves, String stopped, List<Point> accepted) {
    }

    /** No parameter set came within the cut-off. */
    public static final class NothingPlausible extends RuntimeException {
        public NothingPlausible(String message) {
            super(message);
        }
    }

    private final List<Target> targets;
    private final Settings settings;
    private final int k;

    public HistoryMatching(int dimensions, List<Target> targets, Settings settings) {
        if (targets.isEmpty()) throw new IllegalArgumentException("history matching needs at least one target");
        this.k = dimensions;
        this.targets = List.copyOf(targets);
        this.settings = settings;
    }

    public Result run(Simulator simulator, IntConsumer waveDone) {
        List<Wave> waves = new ArrayList<>();
        List<List<Emulator>> emulators = new ArrayList<>();
        double[] lo = new double[k], hi = new double[k];
        Arrays.fill(hi, 1);
        double[][] probe = uniform(4000, settings.seed() ^ 0x9805EL);
        double share = 1;
        String stopped = "after " + settings.maxWaves() + " waves (--waves)";
        for (int w = 1; w <= settings.maxWaves(); w++) {
            List<double[]> chosen = choose(lo, hi, emulators, w);
            List<Simulator.Outputs> out = simulator.evaluate(chosen, w);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                Simulator.Outputs o = out.get(i);
                double imp = 0;
                for (int t = 0; t < targets.size(); t++) imp = Math.max(imp, targets.get(t).implausibility(o.mean()[t], o.ensemble()[t], o.mc()[t], 0));
                points.add(new Point(w, chosen.get(i), o.mean(), imp, imp <= settings.cutoff()));
            }
            List<Point> plausible = points.stream().filter(Point::plausible).toList();
            if (plausible.isEmpty()) {
                if (w == 1) {
                    List<String> unmet = new ArrayList<>();
                    for (int t = 0; t < targets.size(); t++) {
                        double best = Double.POSITIVE_INFINITY;
                        for (int i = 0; i < chosen.size(); i++) {
                            Simulator.Outputs o = out.get(i);
                            best = Math.min(best, targets.get(t).implausibility(o.mean()[t], o.ensemble()[t], o.mc()[t], 0));
                        }
                        if (best > settings.cutoff()) unmet.add(targets.get(t).name() + String.format(java.util.Locale.ROOT, " (best implausibility %.2f)", best));
                    }
                    throw new NothingPlausible("No parameter set met: " + String.join("; ", unmet) + ". "
                            + "No parameter set of the first wave's " + points.size() + " came within implausibility " + settings.cutoff()
                            + " of every target (the best: " + String.format(java.util.Locale.ROOT, "%.2f", points.stream().mapToDouble(Point::implausibility).min().orElse(Double.NaN))
                            + "). The targets may be out of the model's reach over these ranges, or contradict each other: widen the parameters' ranges, "
                            + "loosen the tolerances, or calibrate against fewer targets to find the one the model cannot meet");
                }
                waves.add(new Wave(w, points, share, lo.clone(), hi.clone(), 0));
                stopped = "wave " + w + " found no plausible point: the region is at the resolution of the runs; the last wave's plausible sets stand";
                break;
            }
            List<Emulator> em = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                double[] y = new double[points.size()];
                for (int i = 0; i < y.length; i++) y[i] = points.get(i).mean()[t];
                em.add(Emulator.fit(chosen, y));
            }
            emulators.add(em);
            double[] nlo = new double[k], nhi = new double[k];
            Arrays.fill(nlo, 1);
            for (Point p : plausible) {
                for (int j = 0; j < k; j++) {
                    nlo[j] = Math.min(nlo[j], p.unit()[j]);
                    nhi[j] = Math.max(nhi[j], p.unit()[j]);
                }
            }
            lo = nlo;
            hi = nhi;
            int kept = 0;
            for (double[] u : probe) if (screened(u, emulators)) kept++;
            double next = (double) kept / probe.length;
            waves.add(new Wave(w, points, next, lo.clone(), hi.clone(), plausible.size()));
            waveDone.accept(w);
            if (w > 1 && share - next < settings.minShrink() * share) {
                stopped = String.format(java.util.Locale.ROOT, "the region stopped shrinking (%.1f%% of the prior space after wave %d, %.1f%% before)", 100 * next, w, 100 * share);
                share = next;
                break;
            }
            share = next;
        }
        List<Point> accepted = new ArrayList<>();
        for (Wave w : waves) {
            for (Point p : w.points()) {
                if (p.plausible() && screened(p.unit(), emulators.subList(Math.min(w.wave(), emulators.size()), emulators.size()))) accepted.add(p);
            }
        }
        return new Result(waves, stopped, accepted);
    }

    /** Does every earlier wave's emulator leave the point within the cut-off on every target? */
    boolean screened(double[] u, List<List<Emulator>> emulators) {
        return emulated(u, emulators) <= settings.cutoff();
    }

    /**
     * The wave's points: Latin hypercubes of candidates over the whole prior cube and over the last plausible points'
     * box (widened), screened by every earlier wave's emulators; more candidates are drawn while too few pass (up to
     * 64 times the first draw). If still too few pass, the candidates the emulators find least implausible fill in.
     */
    private List<double[]> choose(double[] lo, double[] hi, List<List<Emulator>> emulators, int wave) {
        int want = settings.points();
        if (emulators.isEmpty()) return lhs(new double[k], ones(), want, settings.seed() + wave);
        double[] a = new double[k], b = new double[k];
        for (int j = 0; j < k; j++) {
            double m = 0.25 * (hi[j] - lo[j]) + 0.05;
            a[j] = Math.max(0, lo[j] - m);
            b[j] = Math.min(1, hi[j] + m);
        }
        List<double[]> in = new ArrayList<>();
        List<double[]> near = new ArrayList<>();
        List<Double> nearI = new ArrayList<>();
        int n = Math.max(want, settings.candidates());
        for (int round = 0; in.size() < want && n <= 64 * Math.max(want, settings.candidates()); round++, n *= 4) {
            List<double[]> cand = new ArrayList<>(lhs(a, b, n, settings.seed() + 7919L * wave + round));
            cand.addAll(lhs(new double[k], ones(), n, settings.seed() + 104729L * wave + round));
            for (double[] u : cand) {
                double imp = emulated(u, emulators);
                if (imp <= settings.cutoff()) in.add(u);
                else if (near.size() < 4 * want) {
                    near.add(u);
                    nearI.add(imp);
                }
            }
        }
        List<double[]> chosen = new ArrayList<>();
        // spread the chosen over the passing candidates (they come in the hypercubes' random order)
        int step = Math.max(1, in.size() / want);
        for (int i = 0; i < in.size() && chosen.size() < want; i += step) chosen.add(in.get(i));
        if (chosen.size() < want) {
            Integer[] order = new Integer[near.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> Double.compare(nearI.get(x), nearI.get(y)));
            for (int i = 0; chosen.size() < want && i < order.length; i++) chosen.add(near.get(order[i]));
        }
        return chosen;
    }

    /** The largest implausibility the emulators give a point, over targets and waves. */
    double emulated(double[] u, List<List<Emulator>> emulators) {
        double worst = 0;
        for (List<Emulator> em : emulators) {
            for (int t = 0; t < targets.size(); t++) {
                Emulator e = em.get(t);
                double g = e.predict(u);
                double ens = targets.get(t).single() ? Math.min(0.25, Math.max(0, g * (1 - g))) : 0;
                worst = Math.max(worst, targets.get(t).implausibility(g, ens, 0, e.variance()));
            }
        }
        return worst;
    }

    private double[] ones() {
        double[] o = new double[k];
        Arrays.fill(o, 1);
        return o;
    }

    static List<double[]> lhs(double[] lo, double[] hi, int n, long seed) {
        double[][] v = SweepPlan.latinHypercube(lo, hi, n, seed);
        List<double[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] u = new double[lo.length];
            for (int j = 0; j < lo.length; j++) u[j] = v[j][i];
            out.add(u);
        }
        return out;
    }

    private double[][] uniform(int n, long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        double[][] u = new double[n][k];
        for (double[] x : u) for (int j = 0; j < k; j++) x[j] = r.nextDouble();
        return u;
    }
}
