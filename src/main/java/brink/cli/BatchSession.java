package brink.cli;

import brink.chart.ChartBook;
import brink.montecarlo.Batch;
import brink.results.BatchWriter;
import brink.results.Manifest;
import brink.results.ResultFiles;
import brink.results.ResultsFolder;
import brink.results.Shards;
import brink.results.Summary;
import brink.scenario.Labels;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import brink.scenario.Uncertain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * What run and sweep share: a results folder that appears only when complete (charts included), a signal (Ctrl-C,
 * SIGTERM) that keeps what finished and says where, the manifest, and the table at the end.
 */
final class BatchSession {
    /** How long a signal waits for the batch to save what finished; saving takes a second or two. */
    static final long SIGNAL_WAIT_SECONDS = 60;

    private BatchSession() {
    }

    /** results/ID-yyyyMMdd-HHmmss, the id reduced to characters that are safe in a folder name. */
    static Path defaultOut(Scenario s) {
        return Places.results().resolve(safeName(s.id()) + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    static String safeName(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[.]+", "");
        if (safe.length() > 64) safe = safe.substring(0, 64);
        return safe.isEmpty() ? "scenario" : safe;
    }

    /** The body of a batch: runs replications into the writer and returns the number of runs it meant to run. */
    interface Body {
        long run(Batch batch, BatchWriter writer, Progress progress);

        /** The body's own files, written into the folder before it is published. */
        default void write(Path work) throws IOException {
        }

        /** The body's own lines, printed after the tables at the end. */
        default void print(PrintStream o) {
        }
    }

    /**
     * @param runsFrom      a shard's first run index, or null for a whole batch (then runsTo is null too)
     * @param driverOutcome the outcome whose drivers the drivers chart shows, or null for the likeliest
     */
    record Settings(String kind, Scenario scenario, ScenarioInputs inputs, long seed,
                    int threads, Path out, boolean charts, boolean quiet, Double precision, Integer points, Long runsPerPoint,
                    List<String> vary, List<String> pointPaths, List<List<String>> pointValues, Long runsFrom, Long runsTo,
                    String driverOutcome) {
        boolean shard() {
            return runsFrom != null;
        }
    }

    static int execute(Settings st, Body body) throws IOException {
        Scenario s = st.scenario();
        Threads.check(st.threads());
        ResultsFolder folder = st.out() != null ? ResultsFolder.create(st.out(), true) : ResultsFolder.create(defaultOut(s), false);
        PrintStream o = System.out;
        if (!st.quiet()) {
            o.printf("%s: %s%nmaster seed %d, %d thread%s, horizon %d days%n", st.kind(), s.title(), st.seed(), st.threads(),
                    st.threads() == 1 ? "" : "s", s.horizonDays());
        }
        String startedAt = Instant.now().toString();
        long t0 = System.nanoTime();
        // A signal stops the batch between chunks and waits until the main thread has saved what finished and said
        // where; the main thread lets it go as soon as it is done, whatever happened.
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        BatchWriter writer = null;
        boolean published = false;
        try (Batch batch = new Batch(st.threads())) {
            Interrupt.Handle signals = Interrupt.answer(() -> {
                signalled.set(true);
                batch.stop.set(true);
                try {
                    finished.await(SIGNAL_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                writer = new BatchWriter(folder.work(), s, st.pointPaths(), st.pointValues());
                Progress progress = new Progress(st.kind().equals("sweep") ? "sweep runs" : "runs", st.quiet());
                long asked = body.run(batch, writer, progress);
                double simSecs = (System.nanoTime() - t0) / 1e9;
                long done = writer.aggregates().runs() + writer.aggregates().failed();
                boolean complete = done >= asked;
                double rate = round(done / Math.max(simSecs, 1e-9));
                progress.done(done, simSecs);
                Summary summary = writer.finish();
                if (st.shard()) Shards.save(folder.work(), st.inputs(), writer.aggregates());
                body.write(folder.work());
                writer.close();
                Manifest m = manifest(st, complete, asked, done, writer.aggregates().failed(), startedAt, (System.nanoTime() - t0) / 1e9, rate);
                ResultFiles.writeScenarioCopy(name -> Files.newOutputStream(folder.work().resolve(name)), st.inputs());
                Path manifestFile = folder.work().resolve("manifest.json");
                Loader.JSON.writeValue(manifestFile.toFile(), m);
                String missing = null;
                if (!complete) {
                    missing = "the batch was stopped";
                } else if (!st.charts()) {
                    missing = null;
                } else if (signalled.get()) {
                    missing = "stopped by a signal before the charts were drawn";
                } else {
                    missing = drawCharts(folder.work(), st, signalled);
                }
                if (missing != null && st.charts()) {
                    Loader.JSON.writeValue(manifestFile.toFile(), m.withMissing(List.of("charts/", "report.html"), missing));
                }
                Path dir = folder.publish();
                published = true;
                if (folder.notice() != null) System.err.println("warning: " + folder.notice());
                if (!complete || signalled.get()) {
                    String what = complete ? String.format(Locale.ROOT, "all %,d runs finished", done)
                            : String.format(Locale.ROOT, "%,d of %,d runs finished", done, asked);
                    System.err.printf("stopped: %s; kept in %s (%s)%s%n", what, dir, complete ? "complete" : "marked incomplete",
                            st.charts() ? "; draw the charts with: brink chart " + dir : "");
                    System.err.flush();
                    return 130;
                }
                if (!st.quiet()) {
                    if (st.pointValues().isEmpty()) Table.print(o, summary, s);
                    else Table.printPoints(o, s, st.pointPaths(), st.pointValues(), writer.pointOutcomes());
                    body.print(o);
                }
                failures(writer);
                if (missing != null && st.charts()) {
                    System.err.println("charts could not be drawn (" + missing + "); the results are complete, retry with: brink chart " + dir);
                } else if (st.charts() && !st.quiet()) {
                    o.println("charts and report: " + dir.resolve("report.html"));
                }
                o.println("results: " + dir);
                return 0;
            } catch (RuntimeException | IOException | Error e) {
                if (writer != null) closeQuietly(writer, e);
                if (!published) folder.discard();
                IOException io = e instanceof IOException x ? x : e instanceof java.io.UncheckedIOException u ? u.getCause() : null;
                if (io != null && !published) {
                    // a full disk, a folder made read-only meanwhile: say where, and that nothing half-written is left
                    throw new java.nio.file.FileSystemException(folder.target().toString(), null,
                            "cannot write the results: " + Failure.describe(io) + "; nothing was kept");
                }
                throw e;
            } finally {
                folder.close();
                System.out.flush();
                System.err.flush();
                finished.countDown();
                if (!signalled.get()) signals.close();
            }
        }
    }

    /** Draws charts and report into the work folder, before it is published; returns why they are missing, or null. */
    private static String drawCharts(Path work, Settings st, AtomicBoolean signalled) {
        try {
            ChartBook.drawAll(work, new ChartBook.Options(st.driverOutcome(), signalled::get));
            return null;
        } catch (RuntimeException e) {
            // once a signal came, whatever stopped the drawing (our flag, or the JVM refusing work while it shuts down) was the signal
            return signalled.get() ? "stopped by a signal while the charts were drawn" : Failure.oneLine(e.getMessage());
        }
    }

    private static Manifest manifest(Settings st, boolean complete, long asked, long done, long failed, String startedAt, double secs, double rate)
            throws IOException {
        Scenario s = st.scenario();
        List<String> labelled = new ArrayList<>(Uncertain.of(s).keySet());
        labelled.addAll(st.pointPaths());
        ScenarioInputs in = st.inputs();
        return new Manifest("brink", Version.get(), "local", st.kind(), complete, s.id(), s.title(), Places.shown(Path.of(in.document().name())),
                in.sha256(), in.overrides(), in.injectNames().stream().map(n -> Places.shown(Path.of(n))).toList(), st.seed(), asked,
                st.runsFrom(), st.runsTo(), done, failed, st.precision(), st.points(), st.runsPerPoint(), st.vary(), st.threads(), s.horizonDays(),
                s.startDate().toString(), startedAt, Instant.now().toString(), round(secs), rate, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), null, null, null, null, st.driverOutcome(), Labels.of(s, labelled), null, null);
    }

    private static void failures(BatchWriter writer) {
        long failed = writer.aggregates().failed();
        if (writer.errors().isEmpty()) return;
        System.err.printf("%d run%s failed and %s recorded in runs.csv with %s seed; the batch went on. First failures:%n",
                failed, failed == 1 ? "" : "s", failed == 1 ? "is" : "are", failed == 1 ? "its" : "their");
        writer.errors().forEach(e -> System.err.println("  " + Failure.oneLine(e)));
    }

    /** Closes after a failure; a second failure (the disk is still full) must not hide the first or skip the clean-up. */
    private static void closeQuietly(BatchWriter writer, Throwable first) {
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            first.addSuppressed(e);
        }
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

    /** The scenario document as run, kept in every results folder (ResultFiles.writeScenarioCopy). */
    static final String SCENARIO_COPY = "scenario";

    /** The copy of its scenario a results folder keeps, if any. */
    static java.util.Optional<Path> scenarioCopy(Path dir) {
        for (String ext : List.of(".json", ".yaml", ".yml")) {
            Path p = dir.resolve(SCENARIO_COPY + ext);
            if (Files.isRegularFile(p)) return java.util.Optional.of(p);
        }
        return java.util.Optional.empty();
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
