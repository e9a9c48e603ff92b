package brink.spark;

import brink.montecarlo.Batch;
import brink.montecarlo.SweepPlan;
import brink.results.Columns;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;

import java.io.Serializable;
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

    byte[] toBytes() {
        return Bytes.of(this);
    }

    static JobSpec fromBytes(byte[] bytes) {
        return Bytes.read(bytes);
    }
}
