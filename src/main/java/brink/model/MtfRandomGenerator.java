package brink.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.RandomGenerator;

/** Lets Commons Math distributions draw from a run's MASON generator, so one seed fixes everything a run does. */
final class MtfRandomGenerator implements RandomGenerator {
    private final MersenneTwisterFast r;

    MtfRandomGenerator(MersenneTwisterFast r) {
        this.r = r;
    }

    @Override public void setSeed(int seed) { r.setSeed(seed); }
    @Override public void setSeed(int[] seed) { r.setSeed(seed); }
    @Override public void setSeed(long seed) { r.setSeed(seed); }
    @Override public void nextBytes(byte[] bytes) { r.nextBytes(bytes); }
    @Override public int nextInt() { return r.nextInt(); }
    @Override public int nextInt(int n) { return r.nextInt(n); }
    @Override public long nextLong() { return r.nextLong(); }
    @Override public boolean nextBoolean() { return r.nextBoolean(); }
    @Override public float nextFloat() { return r.nextFloat(); }
    @Override public double nextDouble() { return r.nextDouble(); }
    @Override public double nextGaussian() { return r.nextGaussian(); }
}
