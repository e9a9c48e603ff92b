package brink.analysis.sensitivity;

import brink.analysis.design.Design;
import brink.analysis.design.Evaluation;
import brink.analysis.design.Input;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sobol indices and Morris screening against functions whose sensitivity is known exactly. */
class IndicesTest {
    static final double A = 7, B = 0.1;

    /** Ishigami &amp; Homma (1990) on [-pi, pi]^3. */
    static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    static List<Input> box(int k, double lo, double hi) {
        List<Input> in = new ArrayList<>();
        for (int i = 0; i < k; i++) in.add(Input.range("x" + (i + 1), lo, hi));
        return in;
    }

    static double[] run(Design d, java.util.function.ToDoubleFunction<double[]> f) {
        return Evaluation.of(d, List.of("y"), x -> new double[]{f.applyAsDouble(x)}).column(0);
    }

    static void within(String what, double truth, double low, double high, double estimate) {
        assertTrue(low <= truth && truth <= high, what + ": true " + truth + " outside the interval [" + low + ", " + high + "] (estimate " + estimate + ")");
    }

    @Test
    void ishigamiIndicesLieInTheirBootstrapIntervals() {
        // analytic values: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2
        double v = A * A / 8 + B * Math.pow(Math.PI, 4) / 5 + B * B * Math.pow(Math.PI, 8) / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2), v2 = A * A / 8, v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double[] s1 = {v1 / v, v2 / v, 0}, st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.314, s1[0], 5e-4);
        assertEquals(0.442, s1[1], 5e-4);
        assertEquals(0.558, st[0], 5e-4);
        assertEquals(0.244, st[2], 5e-4);

        Design d = Sobol.sample(box(3, -Math.PI, Math.PI), 4096);
        assertEquals(4096 * 5, d.size());
        Sobol.Indices ix = Sobol.analyze(run(d, IndicesTest::ishigami), 3, 500, 1);
        for (int i = 0; i < 3; i++) {
            within("S1 of x" + (i + 1), s1[i], ix.firstLow()[i], ix.firstHigh()[i], ix.first()[i]);
            within("ST of x" + (i + 1), st[i], ix.totalLow()[i], ix.totalHigh()[i], ix.total()[i]);
            assertTrue(ix.firstHigh()[i] - ix.firstLow()[i] < 0.1, "intervals that say something: " + (ix.firstHigh()[i] - ix.firstLow()[i]));
            assertEquals(s1[i], ix.first()[i], 0.03);
            assertEquals(st[i], ix.total()[i], 0.03);
        }
    }

    @Test
    void aLinearModelsIndicesAreItsSquaredWeights() {
        // y = x1 + 2 x2 + 3 x3 + 0 x4, inputs uniform on [0, 1]: S_i = ST_i = a_i^2 / sum a^2
        double[] a = {1, 2, 3, 0};
        Design d = Sobol.sample(box(4, 0, 1), 1024);
        Sobol.Indices ix = Sobol.analyze(run(d, x -> x[0] + 2 * x[1] + 3 * x[2]), 4, 500, 2);
        for (int i = 0; i < 4; i++) {
            double truth = a[i] * a[i] / 14;
            within("S1 of x" + (i + 1), truth, ix.firstLow()[i], ix.firstHigh()[i], ix.first()[i]);
            within("ST of x" + (i + 1), truth, ix.totalLow()[i], ix.totalHigh()[i], ix.total()[i]);
        }
        assertEquals(0, ix.total()[3], 1e-12, "an input the model ignores has no total effect at all");
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        Design d = Sobol.sample(box(3, -Math.PI, Math.PI), 256);
        double[] y = run(d, IndicesTest::ishigami);
        Sobol.Indices a = Sobol.analyze(y, 3, 200, 9), b = Sobol.analyze(y, 3, 200, 9);
        for (int i = 0; i < 3; i++) assertEquals(a.firstLow()[i], b.firstLow()[i]);
    }

    @Test
    void morrisRanksAnInertInputLast() {
        // Ishigami with a fourth input it ignores; x3 acts only through its interaction with x1
        List<Input> in = box(4, -Math.PI, Math.PI);
        Design d = Morris.sample(in, 20, 4, 80, 5);
        assertEquals(20 * 5, d.size());
        Morris.Effects e = Morris.analyze(d, run(d, IndicesTest::ishigami), 500, 3);
        assertEquals(0, e.muStar()[3], 1e-12);
        for (int i = 0; i < 3; i++) assertTrue(e.muStar()[i] > e.muStar()[3] && e.muStarLow()[i] > 0, "x" + (i + 1) + " ranks above the inert input");
        assertTrue(e.sigma()[2] > 0, "x3 interacts with x1: its effects vary");
        // each step of a trajectory moves exactly one input by delta
        double delta = Morris.delta(4);
        for (int t = 0; t < 20; t++) {
            for (int s = 0; s < 4; s++) {
                double[] p = d.unit()[t * 5 + s], q = d.unit()[t * 5 + s + 1];
                int moved = 0;
                for (int j = 0; j < 4; j++) {
                    if (p[j] != q[j]) {
                        moved++;
                        assertEquals(delta, Math.abs(p[j] - q[j]), 1e-12);
                    }
                    assertTrue(q[j] >= 0 && q[j] <= 1);
                }
                assertEquals(1, moved);
            }
        }
    }

    @Test
    void morrisOnALinearModelRecoversTheSlopes() {
        Design d = Morris.sample(box(3, 0, 1), 10, 4, 10, 1);
        Morris.Effects e = Morris.analyze(d, run(d, x -> 5 * x[0] - 2 * x[1]), 100, 1);
        assertEquals(5, e.mu()[0], 1e-9);
        assertEquals(-2, e.mu()[1], 1e-9);
        assertEquals(2, e.muStar()[1], 1e-9);
        assertEquals(0, e.sigma()[0], 1e-9);
    }
}
