package brink.analysis.hindcast;

import brink.scenario.ActorResult;
import brink.scenario.Severity;
import brink.scenario.Termination;

/**
 * The naive reference that knows only history: the shares of the International Crisis Behavior data (v14;
 * Brecher, Wilkenfeld et al. 2021) among the 377 crises triggered after 1945, used as the same forecast for every
 * crisis. Counted from icb1v14.csv (system level) and icb2v14.csv (actor level) as shared/data/icb/README.md
 * describes; {@code BaseRatesTest} recounts them when the files are at hand.
 *
 * <p>Severity is SEVVIOSY. The form of termination is FOROUT mapped onto the record's codes: 1 formal and 2
 * semi-formal agreement as they are, 3 tacit understanding with 7 (the crisis faded), 4 unilateral act, 5 imposed,
 * and 6 (other) as "none", the one code for a crisis that did not end in one of the five forms; so the probability
 * of an agreement is the README's 36.1% and that of full-scale war its 14.6%. Principals' results are OUTCOM over the
 * 811 actors of those crises with a result coded 1-4.
 */
public final class BaseRates {
    private BaseRates() {
    }

    /** Crises triggered after 1945 (YRTRIG >= 1946). */
    public static final int CRISES = 377;

    /** SEVVIOSY 1..4: none, minor clashes, serious clashes, full-scale war. */
    static final long[] SEVERITY = {150, 67, 105, 55};

    /** In the order of {@link Termination}: formal (1), semi-formal (2), tacit (3 + 7), unilateral (4), imposed (5), none (6). */
    static final long[] TERMINATION = {80, 56, 23 + 31, 137, 17, 33};

    /** In the order of {@link ActorResult}: victory, compromise, stalemate, defeat (OUTCOM 1-4). */
    static final long[] RESULTS = {287, 190, 214, 120};

    public static double[] severity() {
        return shares(SEVERITY, Severity.values().length);
    }

    public static double[] termination() {
        return shares(TERMINATION, Termination.values().length);
    }

    public static double[] result() {
        return shares(RESULTS, ActorResult.values().length);
    }

    private static double[] shares(long[] counts, int k) {
        if (counts.length != k) throw new IllegalStateException("base rates for " + counts.length + " classes, the codes have " + k);
        long n = 0;
        for (long c : counts) n += c;
        double[] p = new double[k];
        for (int i = 0; i < k; i++) p[i] = (double) counts[i] / n;
        return p;
    }
}
