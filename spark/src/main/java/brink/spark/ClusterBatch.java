package brink.spark;

import brink.montecarlo.Replication;
import brink.results.Aggregates;
import brink.results.Cells;
import brink.results.Column;
import brink.results.Columns;
import brink.results.Csv;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A job's replications on a cluster. Partition p runs a contiguous slice of the indices, in order; each replication is
 * checked and made into a typed row (runs.parquet) and, optionally, its CSV line (written by the task as part p, so the
 * parts joined in partition order are runs.csv in run order, nothing sorted); each task's aggregates go to the driver
 * through an accumulator. A retried task recomputes the same rows, since a row depends on its index alone.
 */
final class ClusterBatch {
    private ClusterBatch() {
    }

    static final String PARTS = ".runs-csv-parts";

    /** The Spark schema of runs.csv's typed columns (same names; nullable, as a failed run's cells are empty). */
    static StructType schema(Columns columns) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : columns.columns()) {
            DataType t = switch (c.type()) {
                case WHOLE -> DataTypes.LongType;
                case REAL -> DataTypes.DoubleType;
                case TEXT -> DataTypes.StringType;
            };
            fields.add(DataTypes.createStructField(c.name(), t, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Runs the spec into the folder: runs.parquet, and runs.csv when asked; returns the merged aggregates.
     */
    static Aggregates run(SparkSession spark, JobSpec spec, int partitions, HadoopFolder folder, boolean csv) throws IOException {
        JobSpec.Resolved here = spec.resolved();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long total = spec.total();
        Aggregates zero = new Aggregates(here.scenarios().get(0), here.pointValues().size());
        AggregatesAccumulator acc = new AggregatesAccumulator(zero.dims(), Aggregates.sampleThreshold(total, zero.dims().sample()));
        spark.sparkContext().register(acc, "brink aggregates");
        Broadcast<byte[]> shipped = jsc.broadcast(spec.toBytes());
        Broadcast<byte[]> conf = jsc.broadcast(bytes(spark.sparkContext().hadoopConfiguration()));
        String parts = csv ? folder.file(PARTS).toString() : null;

        List<Integer> ids = new ArrayList<>();
        for (int p = 0; p < partitions; p++) ids.add(p);
        JavaRDD<Row> rows = jsc.parallelize(ids, partitions)
                .mapPartitions((FlatMapFunction<Iterator<Integer>, Row>) it -> new Rows(JobSpec.fromBytes(shipped.value()), it.next(), partitions,
                        acc, parts, conf.value()));
        spark.createDataFrame(rows, schema(here.columns())).write().parquet(folder.file("runs.parquet").toString());
        if (csv) joinCsv(folder, here.columns(), partitions);
        shipped.destroy();
        conf.destroy();
        return acc.value();
    }

    /** runs.csv: the header, then the parts in partition order (run order). */
    private static void joinCsv(HadoopFolder folder, Columns columns, int partitions) throws IOException {
        try (OutputStream out = folder.create("runs.csv")) {
            out.write((columns.headerLine() + "\n").getBytes(StandardCharsets.UTF_8));
            for (int p = 0; p < partitions; p++) {
                try (InputStream in = folder.fs.open(new Path(folder.file(PARTS), part(p)))) {
                    in.transferTo(out);
                }
            }
        }
        folder.fs.delete(folder.file(PARTS), true);
    }

    /** Where partition p starts: the runs split as evenly as they go, in order. */
    static long start(long total, int partitions, int p) {
        return total / partitions * p + Math.min(p, total % partitions);
    }

    static String part(int p) {
        return String.format("part-%06d.csv", p);
    }

    static byte[] bytes(Configuration conf) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(b)) {
            conf.write(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    static Configuration conf(byte[] bytes) {
        Configuration c = new Configuration(false);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            c.readFields(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    /** One partition's rows, made as Spark asks for them; at the end its CSV part is put in place and its aggregates sent. */
    private static final class Rows implements Iterator<Row> {
        private final JobSpec.Resolved job;
        private final long from, to;
        private final AggregatesAccumulator acc;
        private final Aggregates mine;
        private final int width;
        private final Csv.Line line = new Csv.Line();
        private OutputStream csv;
        private Path partTmp, partFinal;
        private FileSystem fs;
        private long next;
        private boolean finished;

        Rows(JobSpec spec, int p, int partitions, AggregatesAccumulator acc, String parts, byte[] conf) throws IOException {
            this.job = spec.resolved();
            long total = spec.total();
            this.from = start(total, partitions, p);
            this.to = start(total, partitions, p + 1);
            this.next = from;
            this.acc = acc;
            this.mine = new Aggregates(job.scenarios().get(0), job.pointValues().size());
            mine.limitSample(acc.sampleLimit());
            this.width = job.columns().columns().size();
            if (parts != null) {
                partFinal = new Path(parts, part(p));
                partTmp = new Path(parts, part(p) + "." + TaskContext.get().taskAttemptId() + ".tmp");
                fs = partFinal.getFileSystem(conf(conf));
                csv = new java.io.BufferedOutputStream(fs.create(partTmp, true), 1 << 16);
            }
        }

        @Override
        public boolean hasNext() {
            if (next < to) return true;
            if (!finished) finish();
            return false;
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            long i = next++;
            Replication r = job.columns().checked(job.job().run(i));
            List<String> point = job.pointValues().isEmpty() ? List.of() : job.pointValues().get(r.point());
            Cells.Values values = new Cells.Values(width);
            job.columns().write(r, point, values);
            if (csv != null) {
                Cells.replay(job.columns().columns(), values.values(), line.reset());
                try {
                    csv.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            mine.add(i, r);
            return RowFactory.create(values.values());
        }

        private void finish() {
            finished = true;
            try {
                if (csv != null) {
                    csv.close();
                    fs.delete(partFinal, false);
                    if (!fs.rename(partTmp, partFinal)) throw new IOException("could not move " + partTmp + " to " + partFinal);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            acc.add(mine);
        }
    }
}
