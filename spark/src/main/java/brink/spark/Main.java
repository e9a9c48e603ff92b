package brink.spark;

import brink.analysis.calibrate.Calibration;
import brink.analysis.calibrate.ModelSimulator;
import brink.analysis.calibrate.Simulator;
import brink.analysis.design.Evaluation;
import brink.analysis.design.Metric;
import brink.analysis.design.ModelEvaluator;
import brink.analysis.design.Tally;
import brink.cli.CalibrateCommand;
import brink.cli.SensitivityCommand;
import brink.cli.Version;
import brink.montecarlo.SweepPlan;
import brink.results.Aggregates;
import brink.results.Manifest;
import brink.results.ResultFiles;
import brink.scenario.Labels;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioInputs;
import brink.scenario.Uncertain;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Brink's batches, sweeps, sensitivity designs and calibration waves on an Apache Spark cluster, submitted with
 * spark-submit. Rows, a design's outputs and a calibration's waves are identical to
 * the local commands' with the same seed; files go through Hadoop's FileSystem (local paths, HDFS,
 * S3 with the cluster's connector). Exit codes as the core's: 0 success, 2 bad input, 1 internal error.
 */
@Command(name = "brink-spark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Brink on Apache Spark: the replications of a batch or a sweep spread over a cluster's executors, with rows identical to 'brink run' and 'brink sweep'. Writes runs.parquet (typed), summary.json, daily.csv, manifest.json (engine, Spark version, master, partitions) and, with --csv, runs.csv in run order; 'brink chart' draws the folder.",
                "The runs of 'brink sensitivity' designs and of 'brink calibrate' waves too, with the same options, files and numbers as on one machine."},
        subcommands = {Main.Run.class, Main.Sweep.class, Main.Sensitivity.class, Main.Calibrate.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  spark-submit --class brink.spark.Main brink-spark.jar run scenario.json --runs 1000000 --seed 7 --partitions 200 --out hdfs:///brink/r1",
                "  spark-submit --class brink.spark.Main brink-spark.jar sensitivity scenario.json --method sobol --samples 1024 --runs 500 --out hdfs:///brink/sobol",
                "  spark-submit --class brink.spark.Main brink-spark.jar calibrate a.json b.json --range parameters.rationality=5:30 --target share:severity=full-scale-war,0.19,0.05 --out hdfs:///brink/cal"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = execute(args);
        scala.Option<SparkSession> session = SparkSession.getDefaultSession();
        if (session.isDefined()) session.get().stop();
        if (code != 0) System.exit(code);
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            if (e instanceof ScenarioException se) {
                se.problems().forEach(p -> line.getErr().println(p));
                line.getErr().println(se.problems().size() + " problem" + (se.problems().size() == 1 ? "" : "s") + " found; nothing was written.");
                return 2;
            }
            if (e instanceof brink.cli.Main.BadInput || e instanceof picocli.CommandLine.ParameterException) {
                line.getErr().println("error: " + e.getMessage());
                return 2;
            }
            line.getErr().println("internal error: " + e);
            e.printStackTrace(line.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    /** Where the scenario comes from: the file and what changes it, as in the core's commands. */
    static final class Source {
        @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.json, .yaml): a path or a URI the cluster's file systems read (hdfs://, s3a://...).")
        String file;

        @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value of the scenario (repeatable), as in 'brink run'.")
        List<String> set = new ArrayList<>();

        @Option(names = "--inject", paramLabel = "FILE", description = "Events to add to every replication (repeatable).")
        List<String> injects = new ArrayList<>();

        @Option(names = "--horizon", paramLabel = "DAYS", description = "Days to simulate (default: the scenario's horizon).")
        Integer horizon;

        ScenarioInputs inputs(Configuration conf) {
            List<ScenarioInputs.Document> docs = new ArrayList<>();
            for (String f : injects) docs.add(read(f, conf));
            return new ScenarioInputs(read(file, conf), set, docs, horizon);
        }
    }

    /** Where a job runs and writes. */
    static final class Cluster {
        @Option(names = "--partitions", paramLabel = "P", description = "Partitions (tasks) to split the runs into (default: 4 per core of the cluster).")
        Integer partitions;

        @Option(names = "--out", paramLabel = "URI", required = true, description = "Results folder (a path or a URI); must not exist.")
        String out;

        /** Checked before the session starts (exit 2). */
        void check() {
            if (partitions != null && partitions < 1) throw new brink.cli.Main.BadInput("--partitions must be at least 1, got " + partitions);
        }

        /** The partitions for a job of {@code total} runs: as asked, or 4 per core, never more than the runs. */
        int partitions(SparkSession spark, long total) {
            return (int) Math.max(1, Math.min(total, partitions != null ? partitions : 4L * spark.sparkContext().defaultParallelism()));
        }
    }

    /** The options every batch and sweep shares. */
    static final class Common {
        @Mixin
        Source source;

        @Mixin
        Cluster cluster;

        @Option(names = "--seed", paramLabel = "S", description = "Master seed (default ${DEFAULT-VALUE}, as 'brink run').", defaultValue = "20220107")
        long seed;

        @Option(names = "--csv", description = "Also write runs.csv, in run order (runs.parquet is always written).")
        boolean csv;
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Replications of a scenario, as 'brink run'.")
    static final class Run implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--runs", paramLabel = "N", description = "Replications (default ${DEFAULT-VALUE}).", defaultValue = "1000")
        long runs;

        @Override
        public Integer call() throws IOException {
            if (runs < 1) throw new brink.cli.Main.BadInput("--runs must be at least 1, got " + runs);
            return job(common, "run", runs, null, true, 0, null);
        }
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true, description = "A parameter sweep, as 'brink sweep': points × runs flattened into one index.")
    static final class Sweep implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--vary", paramLabel = "PATH=V1,V2,...", description = "Values of a parameter for the grid (repeatable).")
        List<String> vary = new ArrayList<>();

        @Option(names = "--sample", paramLabel = "lhs", description = "Sampling design instead of a grid: lhs (Latin hypercube).")
        String sample;

        @Option(names = "--points", paramLabel = "K", description = "Points of the Latin hypercube.")
        Integer points;

        @Option(names = "--range", paramLabel = "PATH=LOW:HIGH", description = "Range of a parameter for the Latin hypercube (repeatable).")
        List<String> ranges = new ArrayList<>();

        @Option(names = "--runs", paramLabel = "N", description = "Replications per point (default ${DEFAULT-VALUE}).", defaultValue = "200")
        long runs;

        @Option(names = "--seeding", paramLabel = "common|independent", description = "As 'brink sweep' (default ${DEFAULT-VALUE}).", defaultValue = "common")
        String seeding;

        @Option(names = "--baseline", paramLabel = "P", description = "The point the others are compared with (default ${DEFAULT-VALUE}).", defaultValue = "0")
        int baseline;

        @Override
        public Integer call() throws IOException {
            SweepPlan plan;
            try {
                plan = SweepPlan.parse(vary, sample, points, ranges, common.seed);
            } catch (IllegalArgumentException e) {
                throw new brink.cli.Main.BadInput(e.getMessage());
            }
            if (!seeding.equals("common") && !seeding.equals("independent")) throw new brink.cli.Main.BadInput("--seeding must be common or independent, got '" + seeding + "'");
            if (baseline < 0 || baseline >= plan.points().size()) throw new brink.cli.Main.BadInput("--baseline must be a point from 0 to " + (plan.points().size() - 1) + ", got " + baseline);
            if (runs < 1) throw new brink.cli.Main.BadInput("--runs must be at least 1, got " + runs);
            return job(common, "sweep", runs, plan, seeding.equals("common"), baseline, sample == null ? vary : ranges);
        }
    }

    @Command(name = "sensitivity", mixinStandardHelpOptions = true,
            description = {"A sensitivity analysis, as 'brink sensitivity' (same options, same files and numbers): the design's points x runs spread over the cluster's executors, "
                    + "each point's outputs summed exactly and joined on the driver, which analyses them. Writes design.csv, outputs.csv, sensitivity.csv, "
                    + "sensitivity.json (its settings name the engine), charts and report.html into --out."})
    static final class Sensitivity implements Callable<Integer> {
        @Mixin
        Source source;

        @Mixin
        SensitivityCommand.Study study;

        @Mixin
        Cluster cluster;

        @Override
        public Integer call() throws IOException {
            study.check();
            cluster.check();
            SparkSession spark = SparkSession.builder().appName("brink sensitivity").getOrCreate();
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            ScenarioInputs inputs = source.inputs(conf);
            SensitivityCommand.Study.Plan plan = study.plan(inputs);
            HadoopFolder folder = HadoopFolder.create(cluster.out, conf);
            study.announce(plan);
            return filled(folder, () -> {
                int partitions = cluster.partitions(spark, plan.runs());
                List<List<String>> points = new ArrayList<>();
                for (int p = 0; p < plan.design().size(); p++) points.add(plan.assignments(p));
                long t0 = System.nanoTime();
                Tally.Summary[] cells = ClusterDesign.run(spark, new ClusterDesign.Points(UUID.randomUUID().toString(), inputs, points,
                        plan.metrics().stream().map(Metric::spec).toList(), study.runs(), study.seed()), partitions);
                ran(spark, "sensitivity", plan.runs(), System.nanoTime() - t0, partitions, study.quiet());
                Evaluation eval = ModelEvaluator.evaluation(plan.metrics(), cells, study.runs());
                written(folder, dir -> study.write(plan, eval, dir, source.file, Map.of("engine", engine(spark, partitions))));
            });
        }
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = {"History matching in waves, as 'brink calibrate' (same options, same files and numbers): each wave's parameter sets x scenarios x runs spread over "
                    + "the cluster's executors, the waves' choices made on the driver. Writes region.json (naming the engine), waves.csv, accepted.csv, the chart "
                    + "and each scenario's calibrated file into --out."})
    static final class Calibrate implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenarios calibrated jointly: paths or URIs the cluster's file systems read.")
        List<String> files = new ArrayList<>();

        @Mixin
        CalibrateCommand.Study study;

        @Mixin
        Cluster cluster;

        @Override
        public Integer call() throws IOException {
            study.check();
            cluster.check();
            SparkSession spark = SparkSession.builder().appName("brink calibrate").getOrCreate();
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            List<ScenarioInputs> inputs = new ArrayList<>();
            for (String f : files) inputs.add(new ScenarioInputs(read(f, conf), study.overrides(), List.of(), null));
            CalibrateCommand.Study.Plan plan = study.plan(inputs);
            HadoopFolder folder = HadoopFolder.create(cluster.out, conf);
            study.announce(plan);
            return filled(folder, () -> {
                int partitions = cluster.partitions(spark, plan.runsPerWave());
                String id = UUID.randomUUID().toString();
                ModelSimulator outputs = plan.simulator(null, null);
                Simulator onCluster = (points, wave) -> {
                    long t0 = System.nanoTime();
                    Tally.Summary[] cells = ClusterDesign.run(spark, new ClusterDesign.Wave(id + "/" + wave, inputs, study, points), partitions);
                    ran(spark, "wave " + wave, (long) points.size() * inputs.size() * study.runs(), System.nanoTime() - t0, partitions, study.quiet());
                    return outputs.outputs(cells, points.size());
                };
                Calibration cal = study.calibrate(plan, onCluster, w -> { });
                written(folder, dir -> study.write(plan, cal, dir, engine(spark, partitions)));
                study.print(cal);
            });
        }
    }

    /** What fills a results folder. */
    interface Filler {
        void fill() throws IOException;
    }

    /** Fills the folder and publishes it, or leaves nothing when anything fails; 0 when published. */
    static int filled(HadoopFolder folder, Filler filler) throws IOException {
        try {
            filler.fill();
            folder.publish();
        } catch (RuntimeException | IOException | Error e) {
            folder.discard();
            throw e;
        }
        System.out.println("results: " + folder.target);
        return 0;
    }

    /** Writes a study's files with the core's code (which writes local files) into a local temporary folder, then into the results folder. */
    interface Writer {
        void write(java.nio.file.Path dir) throws IOException;
    }

    static void written(HadoopFolder folder, Writer writer) throws IOException {
        java.nio.file.Path tmp = Files.createTempDirectory("brink-spark-");
        try {
            writer.write(tmp);
            folder.upload(tmp);
        } finally {
            try (var files = Files.walk(tmp)) {
                for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
    }

    /** Which engine ran a study: recorded in its files. */
    static Map<String, Object> engine(SparkSession spark, int partitions) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", "spark");
        e.put("version", Version.get());
        e.put("sparkVersion", spark.version());
        e.put("sparkMaster", spark.sparkContext().master());
        e.put("cores", spark.sparkContext().defaultParallelism());
        e.put("partitions", partitions);
        return e;
    }

    static void ran(SparkSession spark, String what, long runs, long nanos, int partitions, boolean quiet) {
        if (quiet) return;
        double secs = nanos / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%s: %,d runs on %s in %.1f s (%,.0f runs/s, %d partitions)%n", what, runs, spark.sparkContext().master(), secs,
                runs / Math.max(secs, 1e-9), partitions);
    }

    static int job(Common c, String kind, long runsPerPoint, SweepPlan plan, boolean commonSeeds, int baseline, List<String> described) throws IOException {
        c.cluster.check();
        SparkSession spark = SparkSession.builder().appName("brink " + kind).getOrCreate();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        ScenarioInputs inputs = c.source.inputs(conf);
        JobSpec spec = new JobSpec(UUID.randomUUID().toString(), kind, inputs, c.seed, runsPerPoint, plan, commonSeeds, baseline);
        JobSpec.Resolved resolved = spec.resolved();
        Scenario s = resolved.scenarios().get(0);
        long total = spec.total();
        int partitions = c.cluster.partitions(spark, total);
        HadoopFolder folder = HadoopFolder.create(c.cluster.out, conf);
        String startedAt = Instant.now().toString();
        long t0 = System.nanoTime();
        try {
            Aggregates all = ClusterBatch.run(spark, spec, partitions, folder, c.csv);
            double simSecs = (System.nanoTime() - t0) / 1e9;
            long done = all.runs() + all.failed();
            if (done != total) throw new IllegalStateException("the cluster counted " + done + " runs of " + total);
            ResultFiles.write(folder, s, resolved.columns(), all, resolved.pointValues());
            ResultFiles.writeScenarioCopy(folder, inputs);
            List<String> labelled = new ArrayList<>(Uncertain.of(s).keySet());
            if (plan != null) labelled.addAll(plan.paths());
            Manifest m = new Manifest("brink", Version.get(), "spark", kind, true, s.id(), s.title(), name(inputs.document().name()), inputs.sha256(),
                    inputs.overrides(), inputs.injectNames().stream().map(Main::name).toList(), c.seed, total, null, null, done, all.failed(), null,
                    plan == null ? null : plan.points().size(), plan == null ? null : runsPerPoint, described, spark.sparkContext().defaultParallelism(),
                    s.horizonDays(), s.startDate().toString(), startedAt, Instant.now().toString(), round((System.nanoTime() - t0) / 1e9),
                    round(done / Math.max(simSecs, 1e-9)), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), null,
                    spark.version(), spark.sparkContext().master(), partitions, null, Labels.of(s, labelled), null, null);
            try (OutputStream o = folder.create("manifest.json")) {
                Loader.JSON.writeValue(o, m);
            }
            folder.publish();
            System.out.printf("%s: %,d runs (%,d failed) on %s in %.1f s (%,.0f runs/s, %d partitions)%nresults: %s%n", kind, done, all.failed(),
                    spark.sparkContext().master(), simSecs, done / Math.max(simSecs, 1e-9), partitions, folder.target);
            return 0;
        } catch (RuntimeException | IOException | Error e) {
            folder.discard();
            throw e;
        }
    }

    /** A file as the manifest names it: its name alone, no machine path. */
    static String name(String file) {
        return new Path(file).getName();
    }

    /** A scenario or inject file's text, through Hadoop's FileSystem; UTF-8 only. */
    static ScenarioInputs.Document read(String file, Configuration conf) {
        Loader.mapperFor(java.nio.file.Path.of(new Path(file).getName()));
        byte[] bytes;
        try {
            Path p = new Path(file);
            FileSystem fs = p.getFileSystem(conf);
            try (FSDataInputStream in = fs.open(p)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new ScenarioException(file, "cannot read the file: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        return ScenarioInputs.Document.of(file, bytes);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
