package brink.analysis.score;

/**
 * Proper scores of a probabilistic forecast against what happened (Gneiting &amp; Raftery 2007). Lower is better
 * for all of them. Plain functions of arrays, so they can be checked by hand and used on any forecast.
 */
public final class Scores {
    private Scores() {
    }

    /**
     * Brier's (1950) score of a forecast over K exclusive classes: {@code sum_k (p_k - o_k)^2}, with o the indicator
     * of the class that happened. 0 for a certain, right forecast; 2 for a certain, wrong one.
     */
    public static double brier(double[] p, int observed) {
        check(p, observed);
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            double o = k == observed ? 1 : 0;
            s += (p[k] - o) * (p[k] - o);
        }
        return s;
    }

    /**
     * Ranked probability score of ordered classes (Epstein 1969; Murphy 1971), normalised to [0, 1]:
     * {@code sum_{k<K-1} (P_k - O_k)^2 / (K - 1)}, with P and O the cumulative forecast and observation. Unlike
     * Brier's score it counts a forecast that was one class off as better than one three classes off.
     */
    public static double rankedProbability(double[] p, int observed) {
        check(p, observed);
        if (p.length < 2) return 0;
        double s = 0, cum = 0;
        for (int k = 0; k < p.length - 1; k++) {
            cum += p[k];
            double o = k >= observed ? 1 : 0;
            s += (cum - o) * (cum - o);
        }
        return s / (p.length - 1);
    }

    /**
     * Continuous ranked probability score of a day, in days, over the days 0..H-1 of a horizon of H days (the
     * threshold-weighted CRPS restricted to the horizon, which stays proper when what is beyond is censored):
     * {@code sum_{t=0}^{H-1} (F(t) - 1{y <= t})^2}, with F the forecast's cumulative probability of the event by
     * day t. {@code pmf[t]} is the probability of the event on day t; what is missing to 1 is "not within the
     * horizon". {@code observedDay} is the day it happened, or -1 when it did not happen within the horizon.
     */
    public static double crps(double[] pmf, int observedDay) {
        double s = 0, cum = 0;
        for (int t = 0; t < pmf.length; t++) {
            cum += pmf[t];
            double o = observedDay >= 0 && observedDay <= t ? 1 : 0;
            s += (cum - o) * (cum - o);
        }
        return s;
    }

    /**
     * The logarithmic score (Good 1952): {@code -ln max(p, floor)} of the probability given to what happened.
     * The floor keeps a class no run reached from scoring infinity; say which floor was used next to the score.
     */
    public static double log(double p, double floor) {
        if (!(floor > 0 && floor < 1)) throw new IllegalArgumentException("the log score's floor must be in (0, 1), got " + floor);
        return -Math.log(Math.max(p, floor));
    }

    private static void check(double[] p, int observed) {
        if (observed < 0 || observed >= p.length) throw new IllegalArgumentException("observed class " + observed + " is not one of the " + p.length + " classes");
    }
}
