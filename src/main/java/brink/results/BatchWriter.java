package brink.results;

import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.scenario.Scenario;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Writes a batch into a results folder: runs.csv row by row in run order, then daily.csv, summary.json and (sweeps)
 * points.csv from the aggregates. The costly part of a row, checking and formatting it, happens on the worker
 * threads ({@link #rows}); the thread that writes in run order only copies bytes and counts. Nothing grows with the
 * number of runs.
 */
public final class BatchWriter implements Consumer<BatchWriter.Row>, AutoCloseable {
    /** A replication made ready for writing on a worker: its place in the batch, its (checked) result and its line. */
    public record Row(long index, Replication replication, byte[] line) {
    }

    private final Path dir;
    private final Scenario scenario;
    private final Columns columns;
    private final OutputStream runs;
    private final Aggregates all;
    private final List<List<String>> pointValues;
    private boolean closed;

    /**
     * @param pointPaths  swept parameters (empty for a plain batch)
     * @param pointValues each point's values, in the order of pointPaths
     */
    public BatchWriter(Path dir, Scenario scenario, List<String> pointPaths, List<List<String>> pointValues) throws IOException {
        this.dir = dir;
        this.scenario = scenario;
        this.columns = new Columns(scenario, pointPaths);
        this.pointValues = pointValues;
        this.all = new Aggregates(scenario, pointValues.size());
        this.runs = new BufferedOutputStream(Files.newOutputStream(dir.resolve("runs.csv")), 1 << 16);
        runs.write((columns.headerLine() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The job's replications made into rows on the worker threads: pass this to {@link Batch#run}. */
    public LongFunction<Row> rows(Batch.Job job) {
        return i -> row(i, job.run(i));
    }

    /** Checks and formats one replication (any thread). */
    public Row row(long index, Replication r) {
        Replication checked = columns.checked(r);
        String line = columns.csv(checked, pointValues.isEmpty() ? List.of() : pointValues.get(checked.point())) + "\n";
        return new Row(index, checked, line.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a row and counts it; rows come in run order. */
    @Override
    public void accept(Row row) {
        try {
            runs.write(row.line());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.add(row.index(), row.replication());
    }

    public Aggregates aggregates() {
        return all;
    }

    public Columns columns() {
        return columns;
    }

    /** Each sweep point's outcome probabilities with intervals (outcomes in scenario order). */
    public List<List<Proportion>> pointOutcomes() {
        return all.pointOutcomes();
    }

    /** The first failures (at most 20), each with the seed that replays it. */
    public List<String> errors() {
        return all.errors();
    }

    /** Closes runs.csv and writes daily.csv, summary.json and (sweeps) points.csv; returns the summary. */
    public Summary finish() throws IOException {
        close();
        return ResultFiles.write(name -> Files.newOutputStream(dir.resolve(name)), scenario, columns, all, pointValues);
    }

    /** Closes runs.csv; safe to call again, and after a failure (a full disk) it does not throw a second time. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        runs.close();
    }
}
