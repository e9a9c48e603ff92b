package brink.model.world;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * One random stream of a run: SplitMix64 (Steele, Lea & Flood 2014), a 64-bit state advanced by a fixed odd
 * increment and scrambled by the MurmurHash3 finaliser. It passes BigCrush, costs one multiply-xorshift chain per
 * draw, allocates nothing and can be re-seeded in place, so a run can hold one stream per purpose cheaply.
 * It is a Commons Math generator, so the scenario's distributions draw from it directly.
 */
public final class Stream extends AbstractRandomGenerator implements java.io.Serializable {
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    public Stream() {
    }

    public Stream(long seed) {
        state = seed;
    }

    @Override
    public void setSeed(long seed) {
        clear();
        state = seed;
    }

    @Override
    public long nextLong() {
        return mix(state += GOLDEN);
    }

    /** A uniform draw in [0, 1) with 53 random bits. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** The SplitMix64 / MurmurHash3 64-bit finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
