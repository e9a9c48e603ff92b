package brink.spark;

import brink.analysis.design.DesignRuns;
import brink.analysis.design.Metric;
import brink.analysis.design.ModelEvaluator;
import brink.analysis.design.Tally;
import brink.cli.CalibrateCommand;
import brink.scenario.Overrides;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs of a design (a sensitivity analysis's points, a calibration wave's parameter sets) on a cluster. The design
 * travels as a recipe of text and numbers and is rebuilt once per executor JVM into the same {@link DesignRuns} the
 * local engine runs; partition p runs a contiguous slice of the items ({@link DesignRuns#slice}), summarising the
 * cells it ran whole and sending the tallies of the cells it shares with a neighbour; the driver joins the slices.
 * Tallies hold exact sums, so every cell's summary is the local engine's bit for bit, and a retried task gives the
 * same slice.
 */
final class ClusterDesign {
    private ClusterDesign() {
    }

    /** What the executors rebuild a design's runs from. */
    interface Recipe extends Serializable {
        /** Unique per job: the executors' cache key. */
        String id();

        int cells();

        long runs();

        DesignRuns build();
    }

    private static final ConcurrentHashMap<String, DesignRuns> BUILT = new ConcurrentHashMap<>();

    /**
     * A sensitivity design: the scenario's inputs, each point as --set assignments (PATH=VALUE), the outputs' specs;
     * run k of every point has the seed of run k of 'brink run', as {@link ModelEvaluator#runs} gives it.
     */
    record Points(String id, ScenarioInputs inputs, List<List<String>> points, List<String> outputs, long runs, long seed) implements Recipe {
        @Override
        public int cells() {
            return points.size();
        }

        @Override
        public DesignRuns build() {
            Scenario base = inputs.resolve();
            List<Metric> metrics = outputs.stream().map(o -> Metric.parse(o, base)).toList();
            return ModelEvaluator.runs(points.size(), p -> inputs.resolve(points.get(p).stream().map(Overrides.Assignment::parse).toList()), metrics, runs, seed);
        }
    }

    /** A calibration wave: the scenarios' inputs and the calibration's options (the same parameters and targets), the wave's sets. */
    record Wave(String id, List<ScenarioInputs> inputs, CalibrateCommand.Study study, List<double[]> points) implements Recipe {
        @Override
        public int cells() {
            return points.size() * inputs.size();
        }

        @Override
        public long runs() {
            return study.runs();
        }

        @Override
        public DesignRuns build() {
            return study.plan(inputs).simulator(null, null).runs(points);
        }
    }

    /** Every cell's summary, from {@code partitions} tasks. */
    static Tally.Summary[] run(SparkSession spark, Recipe recipe, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long total = recipe.cells() * recipe.runs();
        int parts = (int) Math.max(1, Math.min(total, partitions));
        Broadcast<byte[]> shipped = jsc.broadcast(Bytes.of(recipe));
        List<Integer> ids = new ArrayList<>();
        for (int p = 0; p < parts; p++) ids.add(p);
        List<byte[]> slices = jsc.parallelize(ids, parts).map((Function<Integer, byte[]>) p -> {
            Recipe r = Bytes.read(shipped.value());
            DesignRuns job = BUILT.computeIfAbsent(r.id(), k -> r.build());
            return Bytes.of(DesignRuns.slice(job, ClusterBatch.start(total, parts, p), ClusterBatch.start(total, parts, p + 1)));
        }).collect();
        shipped.destroy();
        List<DesignRuns.Slice> read = new ArrayList<>();
        for (byte[] b : slices) read.add(Bytes.read(b));
        return DesignRuns.join(recipe.cells(), read);
    }
}
