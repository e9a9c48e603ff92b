package brink.analysis.hindcast;

import brink.analysis.RunsTable;
import brink.analysis.score.Forecast;
import brink.analysis.score.Reliability;
import brink.analysis.score.ScoreCard;
import brink.scenario.OutcomeSpec;
import brink.scenario.RecordSpec;
import brink.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A hindcast: each crisis of the library forecast by Brink from its start date, scored against what happened, next
 * to two naive forecasters scored the same way — the ICB base rates ({@link BaseRates}) and a uniform forecast over
 * every part's classes. Scoring many past cases whose endings are known is how forecasts are validated (Brier 1950;
 * Gneiting &amp; Raftery 2007); the references make the engine's skill visible, whatever it is.
 */
public final class Hindcast {
    private Hindcast() {
    }

    public static final String BRINK = "brink", BASE_RATES = "icb-base-rates", UNIFORM = "uniform";

    /** One crisis: its scenario, Brink's forecast from a batch, and Brink's probability of each peak rung. */
    public record Case(Scenario scenario, Forecast forecast, double[] peak) {
    }

    /** One crisis scored: what happened, and the three forecasters' verdicts. */
    public record Line(String scenarioId, String title, Integer icb, String outcome, String outcomeName, String severity,
                       String termination, Integer peakRung, long runs, Verdict brink, Verdict baseRates, Verdict uniform,
                       List<String> notScored) {
    }

    /**
     * A score averaged over the crises on which Brink could be scored (all of them when it could be scored on
     * none), each forecaster's mean over those same crises; null where a forecaster says nothing of that part.
     */
    public record Mean(String score, String label, int crises, Double brink, Double baseRates, Double uniform) {
    }

    /** Reads a batch of the scenario (a results folder of 'brink run') into a case, streaming its runs.csv once. */
    public static Case read(Scenario s, Path batch) {
        List<String> ids = s.outcomes().stream().map(OutcomeSpec::id).toList();
        Forecast.Tally tally = new Forecast.Tally(s.id(), s.horizonDays(), s.startDate(), ids);
        long[] peaks = new long[s.ladder().size()];
        long[] runs = {0};
        RunsTable.stream(batch.resolve("runs.csv"), t -> {
            tally.header(t);
            if (!t.has("peak_rung")) throw new RunsTable.BadTable(t.file() + " has no peak_rung column: not a runs.csv written by Brink");
        }, row -> {
            tally.accept(row);
            if (row.failed()) return;
            int p = (int) row.number("peak_rung");
            if (p < 0 || p >= peaks.length) throw new RunsTable.BadTable("line " + row.line() + ": peak rung " + p + " is not on the ladder of " + s.id());
            peaks[p]++;
            runs[0]++;
        });
        double[] peak = new double[peaks.length];
        for (int i = 0; i < peak.length; i++) peak[i] = (double) peaks[i] / runs[0];
        return new Case(s, tally.forecast(), peak);
    }

    /** The ICB base rates as a forecast of this scenario: the same for every crisis; no outcome classes, no timing. */
    public static Forecast baseRates(Scenario s) {
        Map<String, double[]> results = new LinkedHashMap<>();
        for (String st : s.record().results().keySet()) results.put(st, BaseRates.result());
        return new Forecast(s.id(), 0, s.horizonDays(), s.startDate(), ids(s), null, BaseRates.severity(), BaseRates.termination(),
                null, results, List.of());
    }

    /** Every class of every part equally likely; peak rungs uniform from the initial rung (a run starts there) up. */
    public static Forecast uniform(Scenario s) {
        return Forecast.uniform(s.id(), s.horizonDays(), s.startDate(), ids(s), List.copyOf(s.record().results().keySet()));
    }

    static double[] uniformPeak(Scenario s) {
        int top = s.ladder().size() - 1, from = s.crisis().initialRung();
        double[] p = new double[top + 1];
        for (int r = from; r <= top; r++) p[r] = 1.0 / (top - from + 1);
        return p;
    }

    private static List<String> ids(Scenario s) {
        return s.outcomes().stream().map(OutcomeSpec::id).toList();
    }

    /** Scores a case: Brink's forecast and the two references against the scenario's record. */
    public static Line line(Case c, double floor) {
        Scenario s = c.scenario();
        RecordSpec r = s.record();
        if (r == null) throw new IllegalArgumentException(s.id() + " has no record of what happened");
        Verdict brink = Verdict.of(BRINK, c.forecast(), c.peak(), r, floor);
        Verdict base = Verdict.of(BASE_RATES, baseRates(s), null, r, floor);
        Verdict uniform = Verdict.of(UNIFORM, uniform(s), uniformPeak(s), r, floor);
        String name = s.outcomes().stream().filter(o -> o.id().equals(r.outcome())).map(OutcomeSpec::name).findFirst().orElse(r.outcome());
        List<String> notScored = new ArrayList<>(c.forecast().missing());
        if (r.peakRung() == null) notScored.add("peak rung: the record gives no peakRung");
        return new Line(s.id(), s.title(), r.icb(), r.outcome(), name, r.severity().label(), r.termination().label(), r.peakRung(),
                c.forecast().runs(), brink, base, uniform, notScored);
    }

    /** Brink's forecast events of every crisis, pooled for the library's reliability diagram. */
    public static List<Reliability.Event> events(List<Case> cases) {
        List<Reliability.Event> out = new ArrayList<>();
        for (Case c : cases) out.addAll(ScoreCard.events(c.forecast(), c.scenario().record()));
        return out;
    }

    /** The scores averaged over the library, in the order they are reported. */
    public static List<Mean> means(List<Line> lines) {
        List<Mean> out = new ArrayList<>();
        out.add(mean(lines, "icb-events", "ICB events (full-scale war, agreement), Brier", Hindcast::icbEvents));
        out.add(mean(lines, "war", "  full-scale war, Brier", Verdict::warBrier));
        out.add(mean(lines, "agreement", "  agreement (formal or semi-formal), Brier", Verdict::agreementBrier));
        out.add(mean(lines, "outcome", "outcome classes, Brier", Verdict::outcomeBrier));
        out.add(mean(lines, "outcome-log", "outcome classes, log score", Verdict::outcomeLog));
        out.add(mean(lines, "peak", "peak rung, ranked probability score", Verdict::peakRps));
        out.add(mean(lines, "severity", "severity of violence, ranked probability score", Verdict::severityRps));
        out.add(mean(lines, "termination", "form of termination, Brier", Verdict::terminationBrier));
        out.add(mean(lines, "results", "principals' results, Brier", Verdict::resultsBrier));
        out.add(mean(lines, "first-force", "day of first use of force, CRPS (days)", Verdict::firstForceCrps));
        return out;
    }

    /** The headline: the mean of the two ICB events' Brier scores, where both were forecast. */
    static Double icbEvents(Verdict v) {
        return v.warBrier() == null || v.agreementBrier() == null ? null : (v.warBrier() + v.agreementBrier()) / 2;
    }

    private static Mean mean(List<Line> lines, String score, String label, Function<Verdict, Double> f) {
        List<Line> on = lines.stream().filter(l -> f.apply(l.brink()) != null).toList();
        if (on.isEmpty()) on = lines;
        return new Mean(score, label, on.size(), average(on, Line::brink, f), average(on, Line::baseRates, f), average(on, Line::uniform, f));
    }

    private static Double average(List<Line> lines, Function<Line, Verdict> who, Function<Verdict, Double> f) {
        if (lines.isEmpty()) return null;
        double sum = 0;
        for (Line l : lines) {
            Double v = f.apply(who.apply(l));
            if (v == null) return null;
            sum += v;
        }
        return sum / lines.size();
    }
}
