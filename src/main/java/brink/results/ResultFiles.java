package brink.results;

import brink.scenario.Loader;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files made from a batch's aggregates: daily.csv, summary.json and, for sweeps, points.csv. Written the same
 * way by a local batch, by {@code brink merge} and by a cluster job, which differ only in where files go.
 */
public final class ResultFiles {
    /** Opens a new file of the results folder by name (a local folder, a Hadoop file system...). */
    public interface Folder {
        OutputStream create(String name) throws IOException;
    }

    private ResultFiles() {
    }

    /** Writes daily.csv, summary.json and (sweeps) points.csv; returns the summary. */
    public static Summary write(Folder folder, Scenario scenario, Columns columns, Aggregates all, List<List<String>> pointValues) throws IOException {
        try (Writer w = writer(folder, "daily.csv")) {
            all.writeDaily(scenario, w);
        }
        Summary summary = all.summary(scenario, columns.keyRungs());
        try (OutputStream o = folder.create("summary.json")) {
            Loader.JSON.writeValue(o, summary);
        }
        if (!pointValues.isEmpty()) {
            try (Writer w = writer(folder, "points.csv")) {
                writePoints(w, scenario, columns.pointPaths(), pointValues, all);
            }
        }
        return summary;
    }

    /**
     * Keeps the scenario document as run (before overrides and injects, which the manifest lists) in the folder, as
     * scenario.json, .yaml or .yml.
     */
    public static void writeScenarioCopy(Folder folder, ScenarioInputs inputs) throws IOException {
        String n = inputs.document().name().toLowerCase(java.util.Locale.ROOT);
        String ext = n.endsWith(".yaml") ? ".yaml" : n.endsWith(".yml") ? ".yml" : ".json";
        try (OutputStream o = folder.create("scenario" + ext)) {
            o.write(inputs.document().text().getBytes(StandardCharsets.UTF_8));
        }
    }

    static Writer writer(Folder folder, String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(folder.create(name), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void writePoints(Writer w, Scenario scenario, List<String> paths, List<List<String>> pointValues, Aggregates all) throws IOException {
        StringBuilder h = new StringBuilder("point");
        paths.forEach(p -> h.append(',').append(Csv.escape(p)));
        h.append(",runs");
        for (OutcomeSpec o : scenario.outcomes()) {
            for (String suffix : List.of("", "_low", "_high")) h.append(',').append(Csv.escape("p_" + o.id() + suffix));
        }
        w.write(h.append('\n').toString());
        List<List<Proportion>> points = all.pointOutcomes();
        for (int p = 0; p < pointValues.size(); p++) {
            List<Proportion> row = points.get(p);
            StringBuilder b = new StringBuilder().append(p);
            pointValues.get(p).forEach(v -> b.append(',').append(Csv.escape(v)));
            b.append(',').append(row.isEmpty() ? 0 : row.get(0).total());
            for (Proportion pr : row) {
                // a point whose runs all failed has no estimate: empty cells, never NaN
                if (pr.total() == 0) b.append(",,,");
                else b.append(',').append(Aggregates.fmt(pr.probability())).append(',').append(Aggregates.fmt(pr.low())).append(',').append(Aggregates.fmt(pr.high()));
            }
            w.write(b.append('\n').toString());
        }
    }
}
