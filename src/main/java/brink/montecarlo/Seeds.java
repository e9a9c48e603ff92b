package brink.montecarlo;

/**
 * The seeding rule shared by batches, sweeps and replays: a run's seed is a hash (SplitMix64) of the master seed
 * and the run's indices alone, so a row never depends on which thread ran it or on the runs before it.
 */
public final class Seeds {
    private Seeds() {
    }

    /** Seed of run {@code run} of a batch with this master seed. */
    public static long run(long master, long run) {
        return mix(master ^ mix(run + 0x9E3779B97F4A7C15L));
    }

    /** Seed of run {@code run} of sweep point {@code point}. */
    public static long sweep(long master, long point, long run) {
        return run(run(master, point) ^ 0x5DEECE66DL, run);
    }

    /** SplitMix64's finalizer: a bijection of 64-bit values, so distinct inputs never collide. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
