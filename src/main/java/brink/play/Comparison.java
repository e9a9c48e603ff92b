package brink.play;

import brink.analysis.paired.PairedRuns;
import brink.results.Proportion;
import brink.results.ProportionDifference;
import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;

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

/**
 * Two results folders side by side: for each outcome the change of its probability from A to B with the 95%
 * interval of the difference of two independent proportions (Newcombe's hybrid score interval, from the two Wilson
 * intervals). Outcomes are matched by id.
 */
public record Comparison(Side a, Side b, List<Row> rows, List<String> notes, boolean paired) {

    /** A folder that cannot be compared: the message says why. */
    public static final class BadFolder extends RuntimeException {
        public BadFolder(String message) {
            super(message);
        }
    }

    /** One results folder, as far as the comparison needs it. */
    public record Side(Path dir, String name, String scenarioId, String title, long runs, long failed, Long seed, List<String> injects,
                       List<String> overrides, Boolean complete, Map<String, Long> counts, Map<String, String> names, Map<String, Integer> rungs) {
        String describe() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%,d runs", runs));
            if (seed != null) b.append(", seed ").append(seed);
            b.append(", injects: ").append(injects.isEmpty() ? "none" : String.join(", ", injects));
            if (!overrides.isEmpty()) b.append(", --set ").append(String.join(" ", overrides));
            return b.toString();
        }
    }

    public record Row(String id, String name, int rung, ProportionDifference diff) {
    }

    public static Comparison of(Path dirA, Path dirB) {
        Side a = read(dirA, "A"), b = read(dirB, "B");
        List<String> notes = new ArrayList<>();
        if (!a.scenarioId().equals(b.scenarioId())) {
            notes.add("the folders are of different scenarios (" + a.scenarioId() + " and " + b.scenarioId() + "): outcomes are matched by id");
        }
        if (Boolean.FALSE.equals(a.complete()) || Boolean.FALSE.equals(b.complete())) notes.add("a batch was stopped before its end (manifest complete=false)");
        PairedRuns.Result pairing = null;
        if (a.seed() != null && a.seed().equals(b.seed())) {
            List<String> ids = new ArrayList<>(b.counts().keySet());
            for (String id : a.counts().keySet()) if (!ids.contains(id)) ids.add(id);
            pairing = PairedRuns.compare(a.dir(), b.dir(), ids);
            notes.add(pairing.paired() ? "both batches used master seed " + a.seed() + " (common random numbers): run k of A and run k of B share their seed, "
                    + "so the intervals are Newcombe's for paired data over " + pairing.pairs() + " pairs of runs"
                    : "both batches used master seed " + a.seed() + " (common random numbers) but cannot be paired run by run (" + pairing.reason()
                    + "): the intervals assume independent batches and are conservative");
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(b.counts().keySet());
        for (String id : a.counts().keySet()) if (!ids.contains(id)) ids.add(id);
        for (String id : ids) {
            long ca = a.counts().getOrDefault(id, 0L), cb = b.counts().getOrDefault(id, 0L);
            String name = b.names().getOrDefault(id, a.names().get(id));
            int rung = b.rungs().getOrDefault(id, a.rungs().getOrDefault(id, 0));
            ProportionDifference d = ProportionDifference.of(Proportion.of(ca, a.runs()), Proportion.of(cb, b.runs()));
            if (pairing != null && pairing.paired()) {
                // the shares of the whole batches, the change and its interval from the pairs of runs
                ProportionDifference p = pairing.differences().get(id);
                d = new ProportionDifference(d.a(), d.b(), p.difference(), p.low(), p.high());
            }
            rows.put(id, new Row(id, name, rung, d));
        }
        return new Comparison(a, b, List.copyOf(rows.values()), List.copyOf(notes), pairing != null && pairing.paired());
    }

    static Side read(Path dir, String which) {
        if (!Files.exists(dir)) throw new BadFolder(which + ": no such folder: " + dir);
        if (!Files.isDirectory(dir)) throw new BadFolder(which + ": " + dir + " is a file, not a results folder");
        Path summary = dir.resolve("summary.json");
        if (!Files.isRegularFile(summary)) {
            throw new BadFolder(which + ": " + dir + " is not a results folder (no summary.json); make one with 'brink run --out " + dir + "'");
        }
        JsonNode s;
        try {
            s = Loader.JSON.readTree(summary.toFile());
        } catch (IOException e) {
            throw new BadFolder(which + ": cannot read " + summary + ": " + e.getMessage());
        }
        JsonNode outcomes = s == null ? null : s.get("outcomes");
        if (outcomes == null || !outcomes.isArray() || !s.path("runs").isNumber()) {
            throw new BadFolder(which + ": " + summary + " has no 'runs' and 'outcomes': not a summary written by 'brink run'");
        }
        long runs = s.get("runs").asLong();
        if (runs < 1) throw new BadFolder(which + ": " + summary + " counts no successful runs");
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> rungs = new LinkedHashMap<>();
        for (JsonNode o : outcomes) {
            String id = o.path("id").asText(null);
            if (id == null || !o.path("count").isNumber()) throw new BadFolder(which + ": " + summary + ": an outcome without id or count");
            counts.put(id, o.get("count").asLong());
            names.put(id, o.path("name").asText(id));
            rungs.put(id, o.path("rung").asInt(0));
        }
        JsonNode sc = s.path("scenario");
        String scenarioId = sc.path("id").asText("?"), title = sc.path("title").asText("");
        Long seed = null;
        Boolean complete = null;
        List<String> injects = new ArrayList<>(), overrides = new ArrayList<>();
        Path manifest = dir.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            try {
                JsonNode m = Loader.JSON.readTree(manifest.toFile());
                if (m.path("masterSeed").isNumber()) seed = m.get("masterSeed").asLong();
                if (m.path("complete").isBoolean()) complete = m.get("complete").asBoolean();
                m.path("injects").forEach(x -> injects.add(x.asText()));
                m.path("overrides").forEach(x -> overrides.add(x.asText()));
            } catch (IOException e) {
                throw new BadFolder(which + ": cannot read " + manifest + ": " + e.getMessage());
            }
        }
        Path abs = dir.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
        return new Side(dir, name, scenarioId, title, runs, s.path("failedRuns").asLong(0), seed, List.copyOf(injects), List.copyOf(overrides),
                complete, counts, names, rungs);
    }

    /** The table printed by 'brink compare'. */
    public String table() {
        StringWriter sw = new StringWriter();
        PrintWriter o = new PrintWriter(sw);
        o.printf("Change in outcome probabilities, B − A%n");
        o.printf("  A: %s  (%s)%n", a.dir(), a.describe());
        o.printf("  B: %s  (%s)%n", b.dir(), b.describe());
        o.println();
        o.printf("  %-28s %8s %8s %10s   %-22s%n", "outcome", "A", "B", "B − A", paired ? "95% interval (Newcombe, paired)" : "95% interval (Newcombe)");
        for (Row r : rows) {
            ProportionDifference d = r.diff();
            o.printf(Locale.ROOT, "  %-28s %8s %8s %10s   [%s, %s]%s%n", r.name(), Debrief.pct(d.a().probability()), Debrief.pct(d.b().probability()),
                    points(d.difference()), points(d.low()).replace(" pts", ""), points(d.high()).replace(" pts", ""), d.significant() ? "  *" : "");
        }
        o.println();
        o.println("  differences in percentage points; * = the 95% interval excludes 0");
        for (String n : notes) o.println("  note: " + n);
        o.flush();
        return sw.toString();
    }

    static String points(double d) {
        if (Double.isNaN(d)) return "-";
        String s = String.format(Locale.ROOT, "%+.1f", 100 * d);
        return (s.equals("-0.0") ? "+0.0" : s.replace('-', '−')) + " pts";
    }

    /** compare.csv: one row per outcome. */
    public void writeCsv(Path file) throws IOException {
        StringBuilder b = new StringBuilder("outcome,name,countA,runsA,probabilityA,lowA,highA,countB,runsB,probabilityB,lowB,highB,difference,low,high\n");
        for (Row r : rows) {
            ProportionDifference d = r.diff();
            b.append(String.join(",", r.id(), '"' + r.name().replace("\"", "\"\"") + '"', "" + d.a().count(), "" + d.a().total(), num(d.a().probability()),
                    num(d.a().low()), num(d.a().high()), "" + d.b().count(), "" + d.b().total(), num(d.b().probability()), num(d.b().low()),
                    num(d.b().high()), num(d.difference()), num(d.low()), num(d.high()))).append('\n');
        }
        Files.writeString(file, b.toString());
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }
}
