package brink.analysis.hindcast;

import brink.analysis.score.Forecast;
import brink.analysis.score.ScoreCard;
import brink.analysis.score.Scores;
import brink.scenario.ActorResult;
import brink.scenario.RecordSpec;
import brink.scenario.Severity;
import brink.scenario.Termination;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * What one forecaster said of one crisis, scored against its record with the scores of {@code brink score}: each
 * part is null where the forecaster said nothing of it. Besides the parts of a {@link ScoreCard}, two binary events
 * in ICB's codes that every forecaster can be judged on — full-scale war (severity 4) and an agreement (a formal or
 * semi-formal one) — and the peak rung of the scenario's ladder (ranked probability score over its rungs).
 * Lower is better for every score; Brier scores run 0..2, ranked probability scores 0..1, CRPS is in days.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verdict(String forecaster,
                      Double outcomeProbability, Double outcomeBrier, Double outcomeLog,
                      Double peakProbability, Double peakRps,
                      Double severityProbability, Double severityRps,
                      Double terminationProbability, Double terminationBrier,
                      Double warProbability, Double warBrier,
                      Double agreementProbability, Double agreementBrier,
                      Double firstForceCrps, Double resultsBrier) {

    /**
     * Scores a forecast. {@code peak} is the probability of each peak rung of the scenario's ladder, or null. A
     * forecast without outcome classes (the base rates, which name no scenario's classes) is scored on the rest.
     */
    public static Verdict of(String forecaster, Forecast f, double[] peak, RecordSpec r, double floor) {
        Double po = null, ob = null, ol = null, sp = null, srps = null, tp = null, tb = null, crps = null, rb = null;
        if (f.outcome() != null) {
            ScoreCard c = ScoreCard.score(f, r, floor);
            po = c.outcomeProbability();
            ob = c.brier();
            ol = c.log();
            sp = c.severityProbability();
            srps = c.severityRps();
            tp = c.terminationProbability();
            tb = c.terminationBrier();
            crps = c.firstForceCrps();
            rb = c.resultsBrier();
        } else {
            // the same scores as ScoreCard's, for a forecast that names no outcome class
            if (f.severity() != null) {
                sp = f.severity()[r.severity().ordinal()];
                srps = Scores.rankedProbability(f.severity(), r.severity().ordinal());
            }
            if (f.termination() != null) {
                tp = f.termination()[r.termination().ordinal()];
                tb = Scores.brier(f.termination(), r.termination().ordinal());
            }
            rb = resultsBrier(f.results(), r.results());
        }
        Double pp = null, prps = null;
        if (peak != null && r.peakRung() != null && r.peakRung() < peak.length) {
            pp = peak[r.peakRung()];
            prps = Scores.rankedProbability(peak, r.peakRung());
        }
        Double pw = null, wb = null, pa = null, ab = null;
        if (f.severity() != null) {
            pw = f.severity()[Severity.FULL_SCALE_WAR.ordinal()];
            wb = binaryBrier(pw, r.severity() == Severity.FULL_SCALE_WAR);
        }
        if (f.termination() != null) {
            pa = f.termination()[Termination.FORMAL_AGREEMENT.ordinal()] + f.termination()[Termination.SEMI_FORMAL_AGREEMENT.ordinal()];
            ab = binaryBrier(pa, agreement(r.termination()));
        }
        return new Verdict(forecaster, po, ob, ol, pp, prps, sp, srps, tp, tb, pw, wb, pa, ab, crps, rb);
    }

    /** Brier's score of a yes/no event on the same 0..2 scale as the class scores: 2 (p - o)^2. */
    static double binaryBrier(double p, boolean happened) {
        return Scores.brier(new double[]{1 - p, p}, happened ? 1 : 0);
    }

    static boolean agreement(Termination t) {
        return t == Termination.FORMAL_AGREEMENT || t == Termination.SEMI_FORMAL_AGREEMENT;
    }

    private static Double resultsBrier(Map<String, double[]> forecast, Map<String, ActorResult> record) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, ActorResult> e : record.entrySet()) {
            double[] p = forecast.get(e.getKey());
            if (p == null) continue;
            sum += Scores.brier(p, e.getValue().ordinal());
            n++;
        }
        return n == 0 ? null : sum / n;
    }
}
