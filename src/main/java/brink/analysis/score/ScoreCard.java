package brink.analysis.score;

import brink.scenario.ActorResult;
import brink.scenario.RecordSpec;
import brink.scenario.Severity;
import brink.scenario.Termination;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A forecast scored against the record of what happened. Scores that could not be computed are null and
 * {@code notScored} says why; every score is "lower is better".
 *
 * @param outcome                   the outcome class that happened
 * @param outcomeProbability        the probability the forecast gave it
 * @param brier                     Brier score of the outcome classes (0..2)
 * @param log                       log score of the outcome class, with {@code logFloor}
 * @param severity                  the severity that happened
 * @param severityProbability       the probability the forecast gave it
 * @param severityRps               ranked probability score of the four ordered severities (0..1)
 * @param severityLog               log score of the severity
 * @param termination               how the crisis ended
 * @param terminationProbability    the probability the forecast gave it
 * @param terminationBrier          Brier score of the forms of termination (0..2)
 * @param firstForceDay             the day force was first used (0 = the scenario's start), null when not within the horizon
 * @param firstForceCrps            CRPS of the day of first use of force, in days, over the horizon
 * @param resultsBrier              mean over the record's principals of the Brier score of their result (0..2)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreCard(String scenarioId, long runs, double logFloor,
                        String outcome, double outcomeProbability, double brier, double log,
                        String severity, Double severityProbability, Double severityRps, Double severityLog,
                        String termination, Double terminationProbability, Double terminationBrier,
                        Integer firstForceDay, Double firstForceProbability, Double firstForceCrps,
                        Double resultsBrier, List<String> notScored, List<String> notes) {

    /** The log score's floor unless another is asked for: a probability of 1 in 1,000. */
    public static final double DEFAULT_LOG_FLOOR = 1e-3;

    /** Scores the forecast against the record; {@code floor} is the log score's floor. */
    public static ScoreCard score(Forecast f, RecordSpec r, double floor) {
        List<String> notScored = new ArrayList<>(), notes = new ArrayList<>();
        int o = f.outcomeIds().indexOf(r.outcome());
        if (o < 0) throw new IllegalArgumentException("the record's outcome '" + r.outcome() + "' is not one of the batch's outcome classes " + f.outcomeIds());
        double po = f.outcome()[o];
        double brier = Scores.brier(f.outcome(), o), log = Scores.log(po, floor);

        Double sp = null, rps = null, slog = null;
        if (f.severity() == null) notScored.add(missing(f, "severity"));
        else {
            int k = r.severity().ordinal();
            sp = f.severity()[k];
            rps = Scores.rankedProbability(f.severity(), k);
            slog = Scores.log(sp, floor);
        }

        Double tp = null, tb = null;
        if (f.termination() == null) notScored.add(missing(f, "termination"));
        else {
            int k = r.termination().ordinal();
            tp = f.termination()[k];
            tb = Scores.brier(f.termination(), k);
        }

        Integer day = null;
        Double fp = null, crps = null;
        if (r.firstForceDate() != null) {
            int d = (int) (r.firstForceDate().toEpochDay() - f.startDate().toEpochDay());
            if (d >= 0 && d < f.horizonDays()) day = d;
            else notes.add("force was first used on " + r.firstForceDate() + ", outside the batch's " + f.horizonDays() + "-day horizon: scored as none within it");
        }
        if (f.firstForce() == null) notScored.add(missing(f, "first use of force"));
        else {
            crps = Scores.crps(f.firstForce(), day == null ? -1 : day);
            double within = 0;
            for (double p : f.firstForce()) within += p;
            fp = day == null ? 1 - within : cumulative(f.firstForce(), day);
        }

        Double rb = null;
        if (!r.results().isEmpty()) {
            double sum = 0;
            int n = 0;
            for (Map.Entry<String, ActorResult> e : r.results().entrySet()) {
                double[] p = f.results().get(e.getKey());
                if (p == null) {
                    notScored.add("result of " + e.getKey() + ": the batch has no result_" + e.getKey() + " column" + (f.severity() == null ? " (made before Model v2)" : ""));
                    continue;
                }
                sum += Scores.brier(p, e.getValue().ordinal());
                n++;
            }
            if (n > 0) rb = sum / n;
        }
        return new ScoreCard(f.scenarioId(), f.runs(), floor, r.outcome(), po, brier, log, r.severity().label(), sp, rps, slog,
                r.termination().label(), tp, tb, day, fp, crps, rb, notScored, notes);
    }

    /** P(event by day d): the forecast's cumulative probability. */
    private static double cumulative(double[] pmf, int d) {
        double c = 0;
        for (int t = 0; t <= d; t++) c += pmf[t];
        return c;
    }

    private static String missing(Forecast f, String what) {
        return f.missing().stream().filter(m -> m.startsWith(what)).findFirst().orElse(what + ": not in the forecast");
    }

    /** The events "class k happened" with the probability the forecast gave them: the data of a reliability diagram. */
    public static List<Reliability.Event> events(Forecast f, RecordSpec r) {
        List<Reliability.Event> out = new ArrayList<>();
        for (int k = 0; k < f.outcome().length; k++) out.add(new Reliability.Event("outcome", f.outcome()[k], f.outcomeIds().get(k).equals(r.outcome())));
        if (f.severity() != null) {
            for (Severity s : Severity.values()) out.add(new Reliability.Event("severity", f.severity()[s.ordinal()], s == r.severity()));
        }
        if (f.termination() != null) {
            for (Termination t : Termination.values()) out.add(new Reliability.Event("termination", f.termination()[t.ordinal()], t == r.termination()));
        }
        return out;
    }
}
