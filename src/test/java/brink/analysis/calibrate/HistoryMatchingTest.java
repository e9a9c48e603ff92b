package brink.analysis.calibrate;

import brink.analysis.design.Metric;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** History matching on a synthetic stochastic model with known true parameters. */
class HistoryMatchingTest {
    static final double[] TRUTH = {0.3, 0.7, 0.5};

    /** Three outputs of two informative parameters and one inert one, each run with noise of sd 0.1. */
    static double[] model(double[] u) {
        return new double[]{u[0], u[1] * u[1], u[0] + u[1]};
    }

    static Simulator simulator(int runs) {
        return (points, wave) -> {
            List<Simulator.Outputs> out = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                double[] f = model(points.get(i));
                MersenneTwisterFast r = new MersenneTwisterFast(1000L * wave + i);
                double[] mean = new double[3], ens = new double[3], mc = new double[3];
                for (int t = 0; t < 3; t++) {
                    double s = 0, s2 = 0;
                    for (int k = 0; k < runs; k++) {
                        double y = f[t] + 0.1 * r.nextGaussian();
                        s += y;
                        s2 += y * y;
                    }
                    mean[t] = s / runs;
                    ens[t] = (s2 - runs * mean[t] * mean[t]) / (runs - 1);
                    mc[t] = ens[t] / runs;
                }
                out.add(new Simulator.Outputs(mean, ens, mc));
            }
            return out;
        };
    }

    static List<Target> targets() {
        double[] z = model(TRUTH);
        List<Target> t = new ArrayList<>();
        for (int i = 0; i < 3; i++) t.add(Target.rate(new Metric("y" + i, Metric.Kind.MEAN, "y" + i, null), z[i], 0.02, "synthetic truth"));
        return t;
    }

    @Test
    void recoversIntervalsThatContainTheTruthAndAreNarrowerThanThePriors() {
        HistoryMatching hm = new HistoryMatching(3, targets(), new HistoryMatching.Settings(60, 6, 3, 0.1, 3000, 4));
        HistoryMatching.Result r = hm.run(simulator(50), w -> { });
        List<HistoryMatching.Point> acc = r.accepted();
        assertTrue(acc.size() >= 3, "plausible sets found: " + acc.size());
        for (int jj = 0; jj < 2; jj++) {
            int j = jj;
            double lo = acc.stream().mapToDouble(p -> p.unit()[j]).min().orElseThrow(), hi = acc.stream().mapToDouble(p -> p.unit()[j]).max().orElseThrow();
            assertTrue(lo <= TRUTH[j] && TRUTH[j] <= hi, "parameter " + j + ": [" + lo + ", " + hi + "] should contain " + TRUTH[j]);
            assertTrue(hi - lo < 0.5, "parameter " + j + " narrowed from the prior [0, 1] to [" + lo + ", " + hi + "]");
        }
        assertTrue(r.waves().size() >= 2, "more than one wave");
        double first = r.waves().get(0).nroyShare(), last = r.waves().get(r.waves().size() - 1).nroyShare();
        assertTrue(last <= first && last < 0.3, "the region shrinks: " + first + " -> " + last);
        for (HistoryMatching.Point p : acc) assertTrue(p.implausibility() <= 3);
    }

    @Test
    void targetsOutOfReachAreAnErrorThatSaysWhatToTry() {
        List<Target> t = List.of(Target.rate(new Metric("y0", Metric.Kind.MEAN, "y0", null), 5, 0.01, "impossible"));
        HistoryMatching hm = new HistoryMatching(3, t, new HistoryMatching.Settings(20, 3, 3, 0.1, 500, 1));
        HistoryMatching.NothingPlausible e = assertThrows(HistoryMatching.NothingPlausible.class, () -> hm.run(simulator(10), w -> { }));
        assertTrue(e.getMessage().contains("loosen the tolerances"), e.getMessage());
    }

    @Test
    void implausibilityOfASingleObservationCountsTheRunToRunVariance() {
        Target rate = Target.rate(new Metric("y", Metric.Kind.MEAN, "y", null), 1, 1e-9, "a rate, not one realisation");
        Target single = new Target("seen", 0, new brink.scenario.Observation(java.time.LocalDate.of(2030, 1, 1), brink.scenario.Observation.Kind.NO_FORCE,
                null, null, null, null, null, null, null, null, null, null), null, 1, 0, "record");
        // p = 0.1 of runs agreed: |1 - 0.1| / sqrt(0.09) = 3, at the cut-off
        assertEquals(3, single.implausibility(0.1, 0.09, 0, 0), 1e-12);
        assertTrue(rate.implausibility(0.1, 0.09, 0, 0) > 1e6, "a rate's implausibility ignores the run-to-run variance");
        Target joint = Target.jointObservations(0, "x", 3, 0);
        assertTrue(joint.joint() && joint.single());
        assertEquals(Double.POSITIVE_INFINITY, joint.implausibility(0, 0, 0, 0), "no run reproduced the whole record");
        assertEquals(0, single.implausibility(1, 0, 0, 0), 1e-12);
    }
}
