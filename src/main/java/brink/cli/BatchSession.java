package brink.cli;

import brink.chart.ChartBook;
import brink.montecarlo.Batch;
import brink.results.BatchWriter;
import brink.results.Manifest;
import brink.results.ResultsFolder;
import brink.results.Shards;
import brink.results.Summary;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What run and sweep share: a results folder that appears only when complete, Ctrl-C that keeps what finished,
 * the manifest, the charts, and the table at the end.
 */
final class BatchSession {
    private BatchSession() {
    }

    static Path defaultOut(Scenario s) {
        return Places.results().resolve(s.id() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    /** The body of a batch: runs replications into the writer and returns the number of runs asked for. */
    interface Body {
        long run(Batch batch, BatchWriter writer, Progress progress);

        /** The body's own files, written into the folder before it is published. */
        default void write(Path work) throws IOException {
        }

        /** The body's own lines, printed after the tables at the end. */
        default void print(PrintStream o) {
        }
    }

    /** @param runsFrom a shard's first run index, or null for a whole batch (then runsTo is null too) */
    record Settings(String kind, Scenario scenario, ScenarioInputs inputs, long seed,
                    int threads, Path out, boolean charts, boolean quiet, Double precision, Integer points, Long runsPerPoint,
                    List<String> vary, List<String> pointPaths, List<List<String>> pointValues, Long runsFrom, Long runsTo) {
        boolean shard() {
            return runsFrom != null;
        }
    }

    static int execute(Settings st, Body body) throws IOException {
        Scenario s = st.scenario();
        if (st.threads() < 1) throw new Main.BadInput("--threads must be at least 1, got " + st.threads());
        Path out = st.out() != null ? st.out() : defaultOut(s);
        ResultsFolder folder = ResultsFolder.create(out);
        PrintStream o = System.out;
        if (!st.quiet()) o.printf("%s: %s%nmaster seed %d, %d thread%s, horizon %d days%n", st.kind(), s.title(), st.seed(), st.threads(),
                st.threads() == 1 ? "" : "s", s.horizonDays());
        String startedAt = Instant.now().toString();
        long t0 = System.nanoTime();
        java.util.concurrent.CountDownLatch saved = new java.util.concurrent.CountDownLatch(1);
        Summary summary;
        long asked;
        boolean complete;
        BatchWriter writer = null;
        try (Batch batch = new Batch(st.threads())) {
            // Ctrl-C: stop between chunks and let the main thread save what finished before the JVM goes
            Thread hook = new Thread(() -> {
                batch.stop.set(true);
                try {
                    saved.await(120, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                writer = new BatchWriter(folder.work(), s, st.pointPaths(), st.pointValues());
                Progress progress = new Progress(st.kind().equals("sweep") ? "sweep runs" : "runs", st.quiet());
                asked = body.run(batch, writer, progress);
                complete = !batch.stop.get();
                progress.done(writer.aggregates().runs() + writer.aggregates().failed());
                summary = writer.finish();
                if (st.shard()) Shards.save(folder.work(), st.inputs(), writer.aggregates());
                body.write(folder.work());
            } catch (RuntimeException | IOException | Error e) {
                if (writer != null) {
                    try {
                        writer.close();
                    } catch (IOException again) {
                        e.addSuppressed(again);
                    }
                }
                folder.discard();
                saved.countDown();
                throw e;
            } finally {
                if (!batch.stop.get()) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException e) {
                        // already shutting down
                    }
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long done = writer.aggregates().runs() + writer.aggregates().failed();
        Manifest m = new Manifest("brink", Version.get(), "local", st.kind(), complete, s.id(), s.title(),
                st.inputs().document().name(), st.inputs().sha256(), st.inputs().overrides(), st.inputs().injectNames(), st.seed(), asked,
                st.runsFrom(), st.runsTo(), done,
                writer.aggregates().failed(), st.precision(), st.points(), st.runsPerPoint(), st.vary(), st.threads(), s.horizonDays(),
                s.startDate().toString(), startedAt, Instant.now().toString(), round(secs), round(done / Math.max(secs, 1e-9)),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), null, null, null, null);
        Path dir;
        try {
            Loader.JSON.writeValue(folder.work().resolve("manifest.json").toFile(), m);
            dir = folder.publish();
        } finally {
            if (!complete) saved.countDown();
        }
        if (!complete) {
            System.err.printf("stopped: %d of %d runs finished; kept in %s (marked incomplete)%n", done, asked, dir);
            return 130;
        }
        if (!st.quiet()) {
            Table.print(o, summary, s);
            if (!st.pointValues().isEmpty()) Table.printPoints(o, s, st.pointPaths(), st.pointValues(), writer.pointOutcomes());
            body.print(o);
        }
        if (!writer.errors().isEmpty()) {
            System.err.printf("%d run%s failed and %s recorded in runs.csv with %s seed; the batch went on. First failures:%n",
                    writer.aggregates().failed(), writer.aggregates().failed() == 1 ? "" : "s", writer.aggregates().failed() == 1 ? "is" : "are",
                    writer.aggregates().failed() == 1 ? "its" : "their");
            writer.errors().forEach(e -> System.err.println("  " + e));
        }
        if (st.charts()) charts(dir, st.quiet());
        o.println("results: " + dir);
        return 0;
    }

    /** Draws the charts and report of a published folder; a failure to draw leaves the results as they are. */
    static void charts(Path dir, boolean quiet) {
        try {
            ChartBook.drawAll(dir);
            if (!quiet) System.out.println("charts and report: " + dir.resolve("report.html"));
        } catch (RuntimeException e) {
            System.err.println("charts could not be drawn (" + e.getMessage() + "); the results are complete, retry with: brink chart " + dir);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static <T> List<String> strings(List<T> list, Function<T, String> f) {
        return list == null ? List.of() : list.stream().map(f).toList();
    }

    static String pct(double p) {
        return Double.isNaN(p) ? "  -  " : String.format(Locale.ROOT, "%5.1f%%", 100 * p);
    }
}
