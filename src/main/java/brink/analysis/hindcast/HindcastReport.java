package brink.analysis.hindcast;

import brink.analysis.score.Reliability;
import brink.scenario.Loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The hindcast's table, the library's means next to the references, and its files: hindcast.csv (one row per
 * crisis, every forecaster's scores), hindcast.json, reliability.csv and report.md.
 */
public record HindcastReport(List<Hindcast.Line> lines, List<Hindcast.Mean> means, List<Reliability.Bin> reliability,
                             List<String> skipped, long runsPerCrisis, long seed, String command) {

    /** The per-crisis table: what happened, the probability Brink gave it, and Brink's scores. */
    public List<List<String>> crisisTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("scenario", "ICB", "what happened", "P(Brink)", "Brier", "peak RPS", "severity RPS", "termination Brier",
                "ICB events Brier", "first force CRPS"));
        for (Hindcast.Line l : lines) {
            Verdict b = l.brink();
            rows.add(List.of(l.scenarioId(), l.icb() == null ? "-" : "" + l.icb(),
                    l.outcomeName() + " (" + l.severity() + "; " + l.termination() + ")",
                    pct(b.outcomeProbability()), num(b.outcomeBrier()), num(b.peakRps()), num(b.severityRps()), num(b.terminationBrier()),
                    num(Hindcast.icbEvents(b)), b.firstForceCrps() == null ? "-" : String.format(Locale.ROOT, "%.1f d", b.firstForceCrps())));
        }
        return rows;
    }

    /** The library's means: Brink next to the ICB base rates and the uniform forecast, on the same crises. */
    public List<List<String>> meansTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("score (lower is better)", "crises", "Brink", "ICB base rates", "uniform"));
        for (Hindcast.Mean m : means) {
            rows.add(List.of(m.label().strip(), "" + m.crises(), num(m.brink()), num(m.baseRates()), num(m.uniform())));
        }
        return rows;
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Hindcast of %d cris%s, %,d runs each (master seed %d): what happened and the probability Brink gave it%n%n",
                lines.size(), lines.size() == 1 ? "is" : "es", runsPerCrisis, seed));
        b.append(plain(crisisTable(), 3));
        b.append(String.format(Locale.ROOT, "%nThe library (means over the crises Brink could be scored on; the references on the same crises)%n%n"));
        b.append(plain(meansTable(), 1));
        b.append(notes(false));
        return b.toString();
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("# Hindcast of the crisis library\n\n");
        b.append(String.format(Locale.ROOT, "%d crises with a record, %,d runs each, master seed %d. Reproduce with:%n%n```%n%s%n```%n%n",
                lines.size(), runsPerCrisis, seed, command));
        b.append("## What happened, and the probability Brink gave it\n\n");
        b.append(markdown(crisisTable(), 3));
        b.append("\n## The library against two naive references\n\n");
        b.append("Means over the crises Brink could be scored on, the references computed the same way on the same crises. "
                + "The ICB base rates are the shares of the 377 crises triggered after 1945 in the International Crisis Behavior "
                + "data v14 (full-scale war 14.6%, an agreement 36.1%), the same forecast for every crisis; the uniform forecast "
                + "gives every class of every part the same probability. Brier scores run 0..2, ranked probability scores 0..1, "
                + "CRPS is in days; lower is better.\n\n");
        b.append(markdown(meansTable(), 1));
        b.append(notes(true));
        return b.toString();
    }

    private String notes(boolean md) {
        StringBuilder b = new StringBuilder();
        String bullet = md ? "- " : "  ";
        // the same reason for several crises is said once, with the crises it concerns
        Map<String, List<String>> by = new LinkedHashMap<>();
        for (Hindcast.Line l : lines) for (String n : l.notScored()) by.computeIfAbsent(n, k -> new ArrayList<>()).add(l.scenarioId());
        List<String> not = new ArrayList<>();
        by.forEach((reason, ids) -> not.add(reason + " — " + (ids.size() == lines.size() && lines.size() > 1 ? "all " + ids.size() + " crises" : String.join(", ", ids))));
        if (!not.isEmpty() || !skipped.isEmpty()) b.append(md ? "\n## Not scored\n\n" : "\nNot scored:\n");
        for (String n : not) b.append(bullet).append(n).append('\n');
        for (String s : skipped) b.append(bullet).append(s).append('\n');
        return b.toString();
    }

    /** Writes hindcast.csv, hindcast.json, reliability.csv and report.md into the folder. */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        StringBuilder csv = new StringBuilder("scenario,icb,outcome,severity,termination,peak_rung,runs");
        List<Function<Verdict, Double>> parts = List.of(Verdict::outcomeProbability, Verdict::outcomeBrier, Verdict::outcomeLog, Verdict::peakProbability,
                Verdict::peakRps, Verdict::severityProbability, Verdict::severityRps, Verdict::terminationProbability, Verdict::terminationBrier,
                Verdict::warProbability, Verdict::warBrier, Verdict::agreementProbability, Verdict::agreementBrier, Verdict::firstForceCrps,
                Verdict::resultsBrier);
        List<String> names = List.of("outcome_probability", "outcome_brier", "outcome_log", "peak_probability", "peak_rps", "severity_probability",
                "severity_rps", "termination_probability", "termination_brier", "war_probability", "war_brier", "agreement_probability",
                "agreement_brier", "first_force_crps", "results_brier");
        for (String who : List.of("brink", "base", "uniform")) for (String n : names) csv.append(',').append(who).append('_').append(n);
        csv.append(",not_scored\n");
        for (Hindcast.Line l : lines) {
            csv.append(String.join(",", l.scenarioId(), l.icb() == null ? "" : "" + l.icb(), l.outcome(), l.severity(), l.termination(),
                    l.peakRung() == null ? "" : "" + l.peakRung(), "" + l.runs()));
            for (Verdict v : List.of(l.brink(), l.baseRates(), l.uniform())) for (Function<Verdict, Double> f : parts) csv.append(',').append(raw(f.apply(v)));
            csv.append(',').append(quote(String.join("; ", l.notScored()))).append('\n');
        }
        out.add(write(dir.resolve("hindcast.csv"), csv.toString()));
        StringBuilder rel = new StringBuilder("kind,from,to,events,mean_forecast,happened,observed,low,high\n");
        for (Reliability.Bin x : reliability) {
            rel.append(String.join(",", x.kind(), raw(x.from()), raw(x.to()), "" + x.events(), raw(x.meanForecast()), "" + x.happened(),
                    raw(x.observed().probability()), raw(x.observed().low()), raw(x.observed().high()))).append('\n');
        }
        out.add(write(dir.resolve("reliability.csv"), rel.toString()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runsPerCrisis", runsPerCrisis);
        json.put("seed", seed);
        json.put("command", command);
        json.put("crises", lines);
        json.put("means", means);
        json.put("skipped", skipped);
        json.put("reliability", reliability);
        Path js = dir.resolve("hindcast.json");
        Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(js.toFile(), json);
        out.add(js);
        out.add(write(dir.resolve("report.md"), markdown()));
        return out;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }

    static String plain(List<List<String>> rows, int textColumns) {
        int[] w = new int[rows.get(0).size()];
        for (List<String> r : rows) for (int i = 0; i < r.size(); i++) w[i] = Math.max(w[i], r.get(i).length());
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                // text columns (the first ones) to the left, numbers to the right
                line.append(' ').append(pad(cell, w[i], i >= textColumns)).append(' ');
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    static String markdown(List<List<String>> rows, int textColumns) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            b.append("| ").append(String.join(" | ", rows.get(r).stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
            if (r == 0) {
                List<String> sep = new ArrayList<>();
                for (int i = 0; i < rows.get(0).size(); i++) sep.add(i < textColumns ? "---" : "---:");
                b.append("| ").append(String.join(" | ", sep)).append(" |\n");
            }
        }
        return b.toString();
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(Math.max(0, w - s.length()));
        return right ? fill + s : s + fill;
    }

    static String pct(Double p) {
        return p == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    static String num(Double v) {
        return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String raw(Double v) {
        return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
