package brink.analysis.calibrate;

import java.util.List;

/**
 * Runs the model at parameter sets (in the unit cube of the calibrated parameters) and gives each target's output.
 * The model's simulator runs replications; tests use analytic stand-ins. Another engine can implement it.
 */
public interface Simulator {
    /** Outputs at a point, per target: the mean over runs, the run-to-run variance, the Monte Carlo variance of the mean. */
    record Outputs(double[] mean, double[] ensemble, double[] mc) {
    }

    /** Every point's outputs, in the order of the points. */
    List<Outputs> evaluate(List<double[]> points, int wave);
}
