package brink.analysis.condition;

import brink.model.CrisisModel;
import brink.model.RunRecord;
import brink.scenario.Scenario;

import java.util.Arrays;

/**
 * A particle of the filter, kept as the recipe that rebuilds it rather than as a live model: the run seed it started
 * from and, for each time it was copied at resampling, the day and the child seed its random streams took after
 * that day ({@link CrisisModel#reseed}). Replaying the recipe gives the same run on any thread, in any order.
 */
public record Particle(long seed, int[] days, long[] reseeds) {

    public static Particle of(long seed) {
        return new Particle(seed, new int[0], new long[0]);
    }

    /** A copy that takes a fresh future after this day. */
    public Particle branch(int day, long child) {
        int[] d = Arrays.copyOf(days, days.length + 1);
        long[] r = Arrays.copyOf(reseeds, reseeds.length + 1);
        d[days.length] = day;
        r[reseeds.length] = child;
        return new Particle(seed, d, r);
    }

    /** The run replayed through the end of {@code day} (or to its end if it ended before). */
    public CrisisModel replay(Scenario s, int day) {
        CrisisModel m = new CrisisModel(s, seed, false);
        m.start();
        int j = 0;
        while (m.view().day() < day && m.stepDay()) {
            while (j < days.length && days[j] == m.view().day()) m.reseed(reseeds[j++]);
        }
        return m;
    }

    /** The whole run. */
    public RunRecord run(Scenario s) {
        CrisisModel m = replay(s, Integer.MAX_VALUE);
        m.finish();
        return m.record();
    }

    /** How to replay it: "seed" or "seed; day d: child, ...". */
    public String recipe() {
        StringBuilder b = new StringBuilder(Long.toString(seed));
        for (int i = 0; i < days.length; i++) b.append("; day ").append(days[i]).append(": ").append(reseeds[i]);
        return b.toString();
    }
}
