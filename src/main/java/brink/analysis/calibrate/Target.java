package brink.analysis.calibrate;

import brink.analysis.design.Metric;
import brink.scenario.Observation;

/**
 * What a calibration must reproduce, with its tolerance.
 * <ul>
 * <li>An observation of one scenario (a record's dated observation): the output is the share of runs that agree with
 *     it and the target is 1, but the crisis happened once, so the run-to-run variance p(1 − p) of a single
 *     realisation enters the implausibility (the "ensemble variability" of a stochastic model; Andrianakis et al.
 *     2015): a parameter set is ruled out only when it made what was observed unlikely.</li>
 * <li>A rate: an output (a {@link Metric}) averaged over the calibrated scenarios, against a value with a tolerance
 *     (its observation error plus model discrepancy, as one standard deviation): the share of crises that reach
 *     full-scale war, say.</li>
 * </ul>
 *
 * @param scenario  the scenario an observation belongs to (index in the calibration's list), -1 for a rate over all
 * @param tolerance standard deviation of observation error and model discrepancy, in the output's units
 */
public record Target(String name, int scenario, Observation observation, Metric metric, double value, double tolerance, String source) {

    public static Target observation(int scenario, String scenarioId, Observation o, double tolerance) {
        return new Target(scenarioId + ": " + brink.analysis.condition.Evidence.describe(o), scenario, o, null, 1, tolerance, "record");
    }

    /**
     * All of a scenario's observations at once: a run agrees when it agrees with every one. The record is one history,
     * and observations each likely on their own may be jointly out of the model's reach.
     */
    public static Target jointObservations(int scenario, String scenarioId, int count, double tolerance) {
        return new Target(scenarioId + ": all " + count + " observations together", scenario, null, null, 1, tolerance, "record");
    }

    /** Is this the joint target of a scenario's observations? */
    public boolean joint() {
        return observation == null && metric == null;
    }

    public static Target rate(Metric metric, double value, double tolerance, String source) {
        if (!(tolerance > 0)) throw new IllegalArgumentException("target " + metric.spec() + ": the tolerance must be > 0, got " + tolerance);
        return new Target(metric.spec(), -1, null, metric, value, tolerance, source);
    }

    /** Does one crisis's single outcome enter as a draw (observations), adding the run-to-run variance? */
    public boolean single() {
        return observation != null || joint();
    }

    /**
     * Implausibility (Vernon, Goldstein &amp; Bower 2010): the distance of the model's expected output from the target
     * in standard deviations of everything that separates them.
     *
     * @param mean     the model's output (a mean over runs)
     * @param ensemble the run-to-run variance of one realisation (used for single observations)
     * @param mc       the Monte Carlo variance of {@code mean}
     * @param emulator the emulator's variance (0 for a simulated point)
     */
    public double implausibility(double mean, double ensemble, double mc, double emulator) {
        if (Double.isNaN(mean)) return Double.POSITIVE_INFINITY;
        double v = tolerance * tolerance + mc + emulator + (single() ? Math.max(0, ensemble) : 0);
        double d = Math.abs(value - mean);
        if (v <= 0) return d == 0 ? 0 : Double.POSITIVE_INFINITY;
        return d / Math.sqrt(v);
    }
}
