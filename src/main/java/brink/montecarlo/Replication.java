package brink.montecarlo;

import brink.model.CrisisModel;
import brink.model.RunRecord;
import brink.scenario.Scenario;

/** A finished replication: its record, or the error it threw, with the indices and seed that replay it. */
public record Replication(int point, long run, long seed, RunRecord record, String error) {

    public static Replication of(Scenario scenario, int point, long run, long seed) {
        try {
            return new Replication(point, run, seed, new CrisisModel(scenario, seed, false).run(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Replication(point, run, seed, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The same replication, failed with this error (its record dropped). */
    public Replication failedWith(String error) {
        return new Replication(point, run, seed, null, error);
    }

    public boolean failed() {
        return record == null;
    }
}
