package brink.analysis.score;

import brink.scenario.Loader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores of several batches: the printed table and the files (scores.csv, scores.json, reliability.csv). */
public record ScoreReport(List<String> batches, List<ScoreCard> cards, List<Reliability.Bin> reliability) {

    public String table() {
        StringWriter sw = new StringWriter();
        PrintWriter o = new PrintWriter(sw);
        double floor = cards.isEmpty() ? ScoreCard.DEFAULT_LOG_FLOOR : cards.get(0).logFloor();
        o.printf(Locale.ROOT, "Scores against the record of what happened (lower is better; log scores floored at p = %s)%n", java.math.BigDecimal.valueOf(floor).stripTrailingZeros().toPlainString());
        for (int i = 0; i < cards.size(); i++) {
            ScoreCard c = cards.get(i);
            o.println();
            o.printf(Locale.ROOT, "%s  (%s, %,d runs)%n", batches.get(i), c.scenarioId(), c.runs());
            o.printf(Locale.ROOT, "  %-13s %-32s Brier %.3f   log %.3f%n", "outcome", c.outcome() + ": " + pct(c.outcomeProbability()), c.brier(), c.log());
            if (c.severityRps() != null) {
                o.printf(Locale.ROOT, "  %-13s %-32s RPS   %.3f   log %.3f%n", "severity", c.severity() + ": " + pct(c.severityProbability()), c.severityRps(), c.severityLog());
            }
            if (c.terminationBrier() != null) {
                o.printf(Locale.ROOT, "  %-13s %-32s Brier %.3f%n", "termination", c.termination() + ": " + pct(c.terminationProbability()), c.terminationBrier());
            }
            if (c.firstForceCrps() != null) {
                String what = c.firstForceDay() == null ? "none in horizon: " + pct(c.firstForceProbability()) : "day " + c.firstForceDay() + ", by then " + pct(c.firstForceProbability());
                o.printf(Locale.ROOT, "  %-13s %-32s CRPS  %.2f days%n", "first force", what, c.firstForceCrps());
            }
            if (c.resultsBrier() != null) o.printf(Locale.ROOT, "  %-13s %-32s Brier %.3f%n", "results", "(mean over principals)", c.resultsBrier());
            for (String n : c.notScored()) o.println("  not scored: " + n);
            for (String n : c.notes()) o.println("  note: " + n);
        }
        if (cards.size() > 1) {
            o.println();
            o.printf(Locale.ROOT, "Mean over %d batches: outcome Brier %.3f, log %.3f%s%n", cards.size(), mean(cards, ScoreCard::brier), mean(cards, ScoreCard::log),
                    cards.stream().allMatch(c -> c.severityRps() != null) ? String.format(Locale.ROOT, ", severity RPS %.3f", mean(cards, c -> c.severityRps())) : "");
        }
        o.flush();
        return sw.toString();
    }

    private static double mean(List<ScoreCard> cards, java.util.function.ToDoubleFunction<ScoreCard> f) {
        return cards.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    /** Writes scores.csv, scores.json and reliability.csv into the folder. */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("batch,scenario,runs,log_floor,outcome,outcome_probability,brier,log,severity,severity_probability,severity_rps,severity_log,"
                + "termination,termination_probability,termination_brier,first_force_day,first_force_probability,first_force_crps,results_brier,not_scored\n");
        for (int i = 0; i < cards.size(); i++) {
            ScoreCard c = cards.get(i);
            b.append(String.join(",", csv(batches.get(i)), csv(c.scenarioId()), "" + c.runs(), num(c.logFloor()), csv(c.outcome()), num(c.outcomeProbability()),
                    num(c.brier()), num(c.log()), csv(c.severity()), num(c.severityProbability()), num(c.severityRps()), num(c.severityLog()),
                    csv(c.termination()), num(c.terminationProbability()), num(c.terminationBrier()), c.firstForceDay() == null ? "" : "" + c.firstForceDay(),
                    num(c.firstForceProbability()), num(c.firstForceCrps()), num(c.resultsBrier()), csv(String.join("; ", c.notScored())))).append('\n');
        }
        Path scores = dir.resolve("scores.csv");
        Files.writeString(scores, b);
        StringBuilder r = new StringBuilder("kind,from,to,events,mean_forecast,happened,observed,low,high\n");
        for (Reliability.Bin x : reliability) {
            r.append(String.join(",", x.kind(), num(x.from()), num(x.to()), "" + x.events(), num(x.meanForecast()), "" + x.happened(),
                    num(x.observed().probability()), num(x.observed().low()), num(x.observed().high()))).append('\n');
        }
        Path rel = dir.resolve("reliability.csv");
        Files.writeString(rel, r);
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("batch", batches.get(i));
            m.put("scores", cards.get(i));
            list.add(m);
        }
        json.put("batches", list);
        json.put("reliability", reliability);
        Path js = dir.resolve("scores.json");
        Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(js.toFile(), json);
        return List.of(scores, js, rel);
    }

    static String pct(Double p) {
        return p == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    static String num(Double v) {
        return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    static String csv(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
