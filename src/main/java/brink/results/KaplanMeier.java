package brink.results;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Kaplan–Meier estimate of the time to an event (reaching a rung) from counts by day: events on each day and runs
 * censored after each day. Confidence bands by Greenwood's variance on the log(-log) scale, which stays in [0, 1].
 */
public final class KaplanMeier {
    private final double[] survival;
    private final double[] low;
    private final double[] high;

    /**
     * @param events   events on day t (t = 0..n-1)
     * @param censored runs whose observation ended on day t without the event (at risk on day t, not after)
     */
    public KaplanMeier(long[] events, long[] censored) {
        int n = events.length;
        survival = new double[n];
        low = new double[n];
        high = new double[n];
        long atRisk = 0;
        for (int t = 0; t < n; t++) atRisk += events[t] + censored[t];
        double s = 1, greenwood = 0;
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        for (int t = 0; t < n; t++) {
            if (atRisk > 0 && events[t] > 0) {
                s *= 1 - (double) events[t] / atRisk;
                if (atRisk > events[t]) greenwood += (double) events[t] / ((double) atRisk * (atRisk - events[t]));
            }
            survival[t] = s;
            if (s <= 0 || s >= 1 || greenwood == 0) {
                low[t] = s;
                high[t] = s;
            } else {
                double se = Math.sqrt(greenwood) / Math.abs(Math.log(s));
                // S^exp(±z·se): the upper bound of S uses the lower exponent
                low[t] = Math.pow(s, Math.exp(z * se));
                high[t] = Math.pow(s, Math.exp(-z * se));
            }
            atRisk -= events[t] + censored[t];
        }
    }

    /** S(t): the probability that the event has not happened by the end of day t. */
    public double survival(int t) {
        return survival[t];
    }

    public double lower(int t) {
        return low[t];
    }

    public double upper(int t) {
        return high[t];
    }

    /** The first day on which S(t) is at most one half, or -1 when it never is (the median is censored). */
    public int median() {
        for (int t = 0; t < survival.length; t++) if (survival[t] <= 0.5) return t;
        return -1;
    }

    public int days() {
        return survival.length;
    }
}
