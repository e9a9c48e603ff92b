package brink.spark;

import brink.results.Aggregates;
import org.apache.spark.util.AccumulatorV2;

/**
 * Each task's aggregates, merged on the driver. Spark applies a result stage's accumulator updates once per
 * partition, whatever the retries; the merge is exact and order-free, so the total equals the local engine's.
 */
final class AggregatesAccumulator extends AccumulatorV2<Aggregates, Aggregates> {
    private final Aggregates.Dims dims;
    private final long sampleLimit;
    private Aggregates value;

    AggregatesAccumulator(Aggregates.Dims dims, long sampleLimit) {
        this.dims = dims;
        this.sampleLimit = sampleLimit;
    }

    /** The largest key the merged daily sample keeps: a task's aggregates admit no other run to it. */
    long sampleLimit() {
        return sampleLimit;
    }

    /** Empty aggregates to merge the tasks' into. */
    Aggregates fresh() {
        Aggregates a = Aggregates.empty(dims);
        a.limitSample(sampleLimit);
        return a;
    }

    @Override
    public boolean isZero() {
        return value == null;
    }

    @Override
    public AccumulatorV2<Aggregates, Aggregates> copy() {
        AggregatesAccumulator c = new AggregatesAccumulator(dims, sampleLimit);
        if (value != null) c.value = Aggregates.fromBytes(value.toBytes());
        return c;
    }

    @Override
    public void reset() {
        value = null;
    }

    @Override
    public void add(Aggregates v) {
        if (value == null) value = fresh();
        value.merge(v);
    }

    @Override
    public void merge(AccumulatorV2<Aggregates, Aggregates> other) {
        Aggregates o = ((AggregatesAccumulator) other).value;
        if (o != null) add(o);
    }

    @Override
    public Aggregates value() {
        return value == null ? fresh() : value;
    }
}
