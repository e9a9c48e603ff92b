package brink.spark;

import brink.montecarlo.Batch;
import brink.montecarlo.SweepPlan;
import brink.results.Columns;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A batch or a sweep as text and numbers: what the driver ships to the executors. The scenario travels as its
 * inputs (document text, overrides, injects, horizon) and is resolved once per executor JVM, the same way the
 * command line resolves it; replication i is {@link Batch#of} or {@link Batch#sweep}'s, so a row depends on its index
 * alone and a retried task writes the same rows.
 *
 * @param plan the sweep's points, or null for a plain batch
 */
record JobSpec(String id, String kind, ScenarioInputs inputs, long seed, long runsPerPoint, SweepPlan plan, boolean common, int baseline)
        implements Serializable {

    private static final ConcurrentHashMap<String, Resolved> RESOLVED = new ConcurrentHashMap<>();

    /** The scenario of each point, the columns and the job, resolved from the spec. */
    record Resolved(List<Scenario> scenarios, Columns columns, Batch.Job job, List<List<String>> pointValues) {
    }

    long total() {
        return runsPerPoint * (plan == null ? 1 : plan.points().size());
    }

    /** Resolved once per JVM (an executor runs many tasks of the same job). */
    Resolved resolved() {
        return RESOLVED.computeIfAbsent(id, k -> resolve());
    }

    Resolved resolve() {
        if (plan == null) {
            Scenario s = inputs.resolve();
            return new Resolved(List.of(s), new Columns(s, List.of()), Batch.of(s, seed), List.of());
        }
        List<Scenario> scenarios = inputs.resolveAll(plan.assignments());
        return new Resolved(scenarios, new Columns(scenarios.get(0), plan.paths()), Batch.sweep(scenarios, runsPerPoint, seed, common, baseline),
                plan.points());
    }

    /** Java serialization to bytes: what is broadcast, whatever serializer the cluster is configured with. */
    byte[] toBytes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            o.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    static JobSpec fromBytes(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (JobSpec) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
