package brink.analysis.calibrate;

import brink.analysis.design.Input;
import brink.scenario.Dist;
import brink.scenario.Loader;
import brink.scenario.Overrides;
import brink.scenario.Problem;
import brink.scenario.ScenarioException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A finished calibration: the table, region.json, waves.csv, accepted.csv, and the calibrated scenario files. */
public record Calibration(List<Input> params, List<Target> targets, HistoryMatching.Settings settings, HistoryMatching.Result result) {

    /** A parameter's plausible values: the accepted sets' range, mean and standard deviation, in the parameter's units. */
    public record Fitted(String path, double priorLow, double priorHigh, double low, double high, double mean, double sd) {
    }

    public List<Fitted> fitted() {
        List<HistoryMatching.Point> acc = result.accepted();
        List<Fitted> out = new ArrayList<>();
        for (int j = 0; j < params.size(); j++) {
            Input in = params.get(j);
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, s = 0, s2 = 0;
            for (HistoryMatching.Point p : acc) {
                double v = in.value(p.unit()[j]);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                s += v;
                s2 += v * v;
            }
            int n = acc.size();
            double mean = s / n, sd = n < 2 ? 0 : Math.sqrt(Math.max(0, (s2 - n * mean * mean) / (n - 1)));
            out.add(new Fitted(in.path(), in.low(), in.high(), lo, hi, mean, sd));
        }
        return out;
    }

    /** The distribution a calibrated parameter takes: a normal fitted to the accepted sets, cut to their range. */
    public static Dist distribution(Fitted f) {
        double span = Math.max(f.high() - f.low(), 1e-9 * Math.max(1, Math.abs(f.mean())));
        double sd = f.sd() > 0 ? f.sd() : span / 4;
        double lo = f.low(), hi = f.high();
        if (!(lo < hi)) {
            lo = f.mean() - span / 2;
            hi = f.mean() + span / 2;
        }
        return new Dist("normal", null, null, f.mean(), sd, lo, hi, null, null, null, null, null, "calibrated");
    }

    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "History matching against %d target%s, cut-off %.1f%n", targets.size(), targets.size() == 1 ? "" : "s", settings.cutoff()));
        for (Target t : targets) b.append(String.format(Locale.ROOT, "  %-60s %s %.4g ± %.3g%n", t.name(), t.single() ? "observed:" : "target", t.value(), t.tolerance()));
        b.append(String.format(Locale.ROOT, "%n  %-5s %7s %10s %12s%n", "wave", "points", "plausible", "not ruled out"));
        for (HistoryMatching.Wave w : result.waves()) {
            b.append(String.format(Locale.ROOT, "  %-5d %7d %10d %11.1f%%%n", w.wave(), w.points().size(), w.plausible(), 100 * w.nroyShare()));
        }
        b.append("  stopped: ").append(result.stopped()).append(String.format("%n%n"));
        b.append(String.format(Locale.ROOT, "  %-36s %23s %23s %10s%n", "parameter", "prior", "plausible", "mean"));
        for (Fitted f : fitted()) {
            b.append(String.format(Locale.ROOT, "  %-36s [%10.4g, %10.4g] [%10.4g, %10.4g] %10.4g%n", f.path(), f.priorLow(), f.priorHigh(), f.low(), f.high(), f.mean()));
        }
        return b.toString();
    }

    /** waves.csv (every evaluated set), accepted.csv (the plausible sets of the last wave that had any), region.json. */
    public void write(Path dir) throws IOException {
        write(dir, Map.of());
    }

    /** As {@link #write(Path)}, region.json also saying which engine ran the waves when {@code engine} is not empty (a cluster's). */
    public void write(Path dir, Map<String, Object> engine) throws IOException {
        StringBuilder h = new StringBuilder("wave,point");
        for (Input in : params) h.append(',').append(in.path());
        h.append(",implausibility,plausible");
        for (Target t : targets) h.append(',').append(csv("output:" + t.name()));
        h.append('\n');
        StringBuilder all = new StringBuilder(h), acc = new StringBuilder(h);
        List<HistoryMatching.Point> accepted = result.accepted();
        for (HistoryMatching.Wave w : result.waves()) {
            for (int i = 0; i < w.points().size(); i++) {
                HistoryMatching.Point p = w.points().get(i);
                StringBuilder r = new StringBuilder().append(w.wave()).append(',').append(i);
                for (int j = 0; j < params.size(); j++) r.append(',').append(num(params.get(j).value(p.unit()[j])));
                r.append(',').append(num(p.implausibility())).append(',').append(p.plausible());
                for (double m : p.mean()) r.append(',').append(num(m));
                r.append('\n');
                all.append(r);
                if (accepted.contains(p)) acc.append(r);
            }
        }
        Files.writeString(dir.resolve("waves.csv"), all);
        Files.writeString(dir.resolve("accepted.csv"), acc);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("method", "history matching in waves (Vernon et al. 2010); implausibility cut-off " + settings.cutoff());
        j.put("settings", settings);
        j.put("targets", targets.stream().map(t -> Map.of("name", t.name(), "value", t.value(), "tolerance", t.tolerance(), "kind", t.single() ? "observation" : "rate",
                "source", t.source() == null ? "" : t.source())).toList());
        j.put("waves", result.waves().stream().map(w -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wave", w.wave());
            m.put("points", w.points().size());
            m.put("plausible", w.plausible());
            m.put("notRuledOutShare", w.nroyShare());
            Map<String, double[]> ranges = new LinkedHashMap<>();
            for (int i = 0; i < params.size(); i++) ranges.put(params.get(i).path(), new double[]{params.get(i).value(w.low()[i]), params.get(i).value(w.high()[i])});
            m.put("ranges", ranges);
            return m;
        }).toList());
        j.put("stopped", result.stopped());
        j.put("parameters", fitted());
        if (!engine.isEmpty()) j.put("engine", engine);
        Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("region.json").toFile(), j);
    }

    /**
     * The scenario document with each calibrated parameter replaced by its fitted distribution (source: calibrated)
     * and a source that records the targets; checked before it is written. Returns the file written.
     */
    public Path writeScenario(String name, String text, List<String> overrides, Path dir, String id) throws IOException {
        JsonNode tree = Loader.readTree(name, text);
        List<Overrides.Assignment> as = new ArrayList<>(overrides.stream().map(Overrides.Assignment::parse).toList());
        for (Fitted f : fitted()) as.add(new Overrides.Assignment(f.path(), Loader.JSON.writeValueAsString(distribution(f))));
        List<Problem> problems = Overrides.apply(tree, as);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        ObjectNode root = (ObjectNode) tree;
        ArrayNode sources = root.has("sources") ? (ArrayNode) root.get("sources") : root.putArray("sources");
        String sid = "calibration";
        for (int i = 2; contains(sources, sid); i++) sid = "calibration-" + i;
        ObjectNode src = sources.addObject();
        src.put("id", sid);
        src.put("citation", "brink calibrate: history matching in " + result.waves().size() + " waves (Vernon et al. 2010), implausibility cut-off " + settings.cutoff()
                + ", " + result.accepted().size() + " plausible parameter sets; parameters marked source: calibrated are normal distributions fitted to them");
        src.put("note", "targets: " + String.join("; ", targets.stream().map(t -> String.format(Locale.ROOT, "%s = %.4g ± %.3g (%s)", t.name(), t.value(), t.tolerance(),
                t.source() == null ? "" : t.source())).toList()));
        Path file = dir.resolve(id + ".calibrated.json");
        String out = Loader.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        var check = Loader.check(file.toString(), Loader.readTree(file.toString(), out), List.of());
        if (!check.ok()) throw new ScenarioException(check.problems());
        Files.writeString(file, out);
        return file;
    }

    private static boolean contains(ArrayNode sources, String id) {
        for (JsonNode s : sources) if (id.equals(s.path("id").asText())) return true;
        return false;
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%.6g", v);
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
