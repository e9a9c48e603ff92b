package brink.results;

import brink.montecarlo.Replication;
import brink.scenario.Loader;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams replications (in run order) to runs.csv as they arrive and keeps the streaming aggregates; at the end
 * writes daily.csv, summary.json and, for sweeps, points.csv. Nothing grows with the number of runs.
 */
public final class BatchWriter implements Consumer<Replication>, AutoCloseable {
    private final Path dir;
    private final Scenario scenario;
    private final Columns columns;
    private final Writer runs;
    private final Aggregates all;
    private final List<List<String>> pointValues;
    private final long[][] pointOutcomes;
    private final List<String> errors = new ArrayList<>();

    /**
     * @param pointPaths  swept parameters (empty for a plain batch)
     * @param pointValues each point's values, in the order of pointPaths
     */
    public BatchWriter(Path dir, Scenario scenario, List<String> pointPaths, List<List<String>> pointValues, long seed) throws IOException {
        this.dir = dir;
        this.scenario = scenario;
        this.columns = new Columns(scenario, pointPaths);
        this.pointValues = pointValues;
        this.pointOutcomes = new long[Math.max(1, pointValues.size())][scenario.outcomes().size()];
        this.all = new Aggregates(scenario, seed);
        this.runs = Files.newBufferedWriter(dir.resolve("runs.csv"), StandardCharsets.UTF_8);
        runs.write(String.join(",", columns.header()));
        runs.write('\n');
    }

    @Override
    public void accept(Replication r) {
        try {
            runs.write(columns.row(r, pointValues.isEmpty() ? List.of() : pointValues.get(r.point())));
            runs.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.add(r.record());
        if (r.failed()) {
            if (errors.size() < 20) errors.add("run " + r.run() + (pointValues.isEmpty() ? "" : " of point " + r.point()) + " (seed " + r.seed() + "): " + r.error());
        } else {
            pointOutcomes[r.point()][r.record().outcomeIndex()]++;
        }
    }

    /** Each sweep point's outcome probabilities with intervals (outcomes in scenario order). */
    public List<List<Proportion>> pointOutcomes() {
        List<List<Proportion>> out = new ArrayList<>();
        for (long[] counts : pointOutcomes) {
            long n = 0;
            for (long c : counts) n += c;
            List<Proportion> row = new ArrayList<>();
            for (long c : counts) row.add(Proportion.of(c, n));
            out.add(row);
        }
        return out;
    }

    public Aggregates aggregates() {
        return all;
    }

    /** The first failures (at most 20), each with the seed that replays it. */
    public List<String> errors() {
        return errors;
    }

    /** Writes daily.csv, summary.json and (sweeps) points.csv; returns the summary. */
    public Summary finish() throws IOException {
        runs.flush();
        try (Writer w = Files.newBufferedWriter(dir.resolve("daily.csv"), StandardCharsets.UTF_8)) {
            all.writeDaily(w);
        }
        Summary summary = all.summary(columns.keyRungs());
        Loader.JSON.writeValue(dir.resolve("summary.json").toFile(), summary);
        if (!pointValues.isEmpty()) writePoints();
        return summary;
    }

    private void writePoints() throws IOException {
        List<String> paths = columns.header().stream().filter(h -> h.startsWith("point:")).map(h -> h.substring(6)).toList();
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("points.csv"), StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("point");
            paths.forEach(p -> h.append(',').append(Csv.escape(p)));
            h.append(",runs");
            for (OutcomeSpec o : scenario.outcomes()) h.append(",p_").append(o.id()).append(",p_").append(o.id()).append("_low,p_").append(o.id()).append("_high");
            w.write(h.append('\n').toString());
            for (int p = 0; p < pointValues.size(); p++) {
                long n = 0;
                for (long c : pointOutcomes[p]) n += c;
                StringBuilder b = new StringBuilder().append(p);
                pointValues.get(p).forEach(v -> b.append(',').append(Csv.escape(v)));
                b.append(',').append(n);
                for (int o = 0; o < scenario.outcomes().size(); o++) {
                    Proportion pr = Proportion.of(pointOutcomes[p][o], n);
                    b.append(',').append(Aggregates.fmt(pr.probability())).append(',').append(Aggregates.fmt(pr.low())).append(',').append(Aggregates.fmt(pr.high()));
                }
                w.write(b.append('\n').toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        runs.close();
    }
}
