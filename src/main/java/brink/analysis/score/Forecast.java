package brink.analysis.score;

import brink.analysis.RunsTable;
import brink.scenario.ActorResult;
import brink.scenario.Loader;
import brink.scenario.Severity;
import brink.scenario.Termination;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch forecast, as probabilities: of each outcome class, each severity and form of termination, each
 * principal's result, and the day of first use of force. A part is null (or absent from {@code results}) when the
 * batch did not record it, and {@code missing} says what and why. Built from a results folder, from rows, or
 * directly (a naive reference forecast such as base rates or a uniform one).
 *
 * @param outcomeIds  the scenario's outcome classes, in its order
 * @param outcome     probability of each outcome class
 * @param severity    probability of each {@link Severity}, in declaration order, or null
 * @param termination probability of each {@link Termination}, in declaration order, or null
 * @param firstForce  probability that force is first used on day t, t = 0..horizonDays-1 (the rest: not within the
 *                    horizon), or null
 * @param results     per state, the probability of each {@link ActorResult} in declaration order
 */
public record Forecast(String scenarioId, long runs, int horizonDays, LocalDate startDate, List<String> outcomeIds, double[] outcome,
                       double[] severity, double[] termination, double[] firstForce, Map<String, double[]> results, List<String> missing) {

    public Forecast {
        outcomeIds = List.copyOf(outcomeIds);
        results = results == null ? Map.of() : Map.copyOf(results);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** A forecast that gives every class of each part the same probability: the reference "knows nothing". */
    public static Forecast uniform(String scenarioId, int horizonDays, LocalDate startDate, List<String> outcomeIds, List<String> states) {
        double[] pmf = new double[horizonDays];
        Arrays.fill(pmf, 1.0 / (horizonDays + 1));
        Map<String, double[]> res = new LinkedHashMap<>();
        for (String s : states) res.put(s, flat(ActorResult.values().length));
        return new Forecast(scenarioId, 0, horizonDays, startDate, outcomeIds, flat(outcomeIds.size()), flat(Severity.values().length),
                flat(Termination.values().length), pmf, res, List.of());
    }

    private static double[] flat(int k) {
        double[] p = new double[k];
        Arrays.fill(p, 1.0 / k);
        return p;
    }

    /** The probability given to an outcome class, 0 if the forecast does not know it. */
    public double outcomeProbability(String id) {
        int i = outcomeIds.indexOf(id);
        return i < 0 ? 0 : outcome[i];
    }

    /** Reads a results folder written by 'brink run': summary.json for the scenario, runs.csv streamed for the counts. */
    public static Forecast read(Path dir) {
        Path summary = dir.resolve("summary.json");
        if (!Files.isRegularFile(summary)) throw new RunsTable.BadTable(dir + " is not a results folder (no summary.json); make one with 'brink run --out " + dir + "'");
        JsonNode s;
        try {
            s = Loader.JSON.readTree(summary.toFile());
        } catch (IOException e) {
            throw new RunsTable.BadTable("cannot read " + summary + ": " + e.getMessage());
        }
        JsonNode sc = s.path("scenario");
        if (!sc.path("horizonDays").isInt() || !sc.path("startDate").isTextual() || !s.path("outcomes").isArray()) {
            throw new RunsTable.BadTable(summary + " lacks scenario.horizonDays, scenario.startDate or outcomes: not a summary written by 'brink run'");
        }
        List<String> ids = new ArrayList<>();
        s.get("outcomes").forEach(o -> ids.add(o.path("id").asText()));
        Tally t = new Tally(sc.path("id").asText("?"), sc.get("horizonDays").asInt(), LocalDate.parse(sc.get("startDate").asText()), ids);
        RunsTable.stream(dir.resolve("runs.csv"), t::header, t);
        return t.forecast();
    }

    /** Counts rows of runs.csv (failed runs are left out) into a forecast. */
    public static final class Tally implements java.util.function.Consumer<RunsTable.Row> {
        private final String scenarioId;
        private final int horizon;
        private final LocalDate start;
        private final List<String> ids;
        private final long[] outcome;
        private final long[] severity = new long[Severity.values().length], termination = new long[Termination.values().length];
        private final long[] firstForce;
        private final Map<String, long[]> results = new LinkedHashMap<>();
        private boolean hasSeverity, hasTermination, hasFirstForce, hasOutcome;
        private long runs;

        public Tally(String scenarioId, int horizonDays, LocalDate startDate, List<String> outcomeIds) {
            this.scenarioId = scenarioId;
            this.horizon = horizonDays;
            this.start = startDate;
            this.ids = List.copyOf(outcomeIds);
            this.outcome = new long[ids.size()];
            this.firstForce = new long[horizonDays];
        }

        /** Which columns the rows will have: call before the first row. */
        public void header(RunsTable t) {
            if (t.has("point")) throw new RunsTable.BadTable(t.file() + " is from a sweep (it has a point column): score a batch from 'brink run'");
            hasOutcome = t.has("outcome");
            if (!hasOutcome) throw new RunsTable.BadTable(t.file() + " has no outcome column: not a runs.csv written by Brink");
            hasSeverity = t.has("severity");
            hasTermination = t.has("termination");
            hasFirstForce = t.has("first_force_day");
            for (String c : t.header()) if (c.startsWith("result_")) results.put(c.substring("result_".length()), new long[ActorResult.values().length]);
        }

        @Override
        public void accept(RunsTable.Row r) {
            if (r.failed()) return;
            runs++;
            int o = ids.indexOf(r.get("outcome"));
            if (o < 0) throw new RunsTable.BadTable("line " + r.line() + ": outcome '" + r.get("outcome") + "' is not one of the batch's outcomes " + ids);
            outcome[o]++;
            if (hasSeverity) severity[code(Severity.values(), r.get("severity"), Severity::label, r, "severity")]++;
            if (hasTermination) termination[code(Termination.values(), r.get("termination"), Termination::label, r, "termination")]++;
            if (hasFirstForce) {
                int d = r.day("first_force_day");
                if (d >= 0 && d < horizon) firstForce[d]++;
            }
            for (var e : results.entrySet()) {
                String v = r.get("result_" + e.getKey());
                if (v != null && !v.isEmpty()) e.getValue()[code(ActorResult.values(), v, ActorResult::label, r, "result_" + e.getKey())]++;
            }
        }

        private static <E> int code(E[] values, String label, java.util.function.Function<E, String> name, RunsTable.Row r, String column) {
            for (int i = 0; i < values.length; i++) if (name.apply(values[i]).equals(label)) return i;
            throw new RunsTable.BadTable("line " + r.line() + ": column " + column + " holds '" + label + "', expected one of "
                    + Arrays.stream(values).map(name).toList());
        }

        public Forecast forecast() {
            List<String> missing = new ArrayList<>();
            if (runs == 0) throw new RunsTable.BadTable("no successful runs to score");
            if (!hasSeverity) missing.add("severity: the batch has no severity column (made before Model v2)");
            if (!hasTermination) missing.add("termination: the batch has no termination column (made before Model v2)");
            if (!hasFirstForce) missing.add("first use of force: the batch has no first_force_day column (made before Model v2)");
            Map<String, double[]> res = new LinkedHashMap<>();
            for (var e : results.entrySet()) res.put(e.getKey(), share(e.getValue()));
            return new Forecast(scenarioId, runs, horizon, start, ids, share(outcome), hasSeverity ? share(severity) : null,
                    hasTermination ? share(termination) : null, hasFirstForce ? share(firstForce) : null, res, missing);
        }

        private double[] share(long[] counts) {
            double[] p = new double[counts.length];
            for (int i = 0; i < p.length; i++) p[i] = (double) counts[i] / runs;
            return p;
        }
    }
}
