package brink.model.world;

import java.nio.charset.StandardCharsets;

/**
 * The random streams of one run, one per purpose, each seeded from the run's seed and its purpose (and, for keyed
 * purposes, the id of the state, alliance or parameter it serves). Two batches with the same master seed then draw
 * the same numbers for the same purpose, so they differ only where their inputs differ: common random numbers for
 * sweeps, sensitivity analysis and paired comparisons. MASON's own generator ({@code SimState.random}) is the
 * stream of the schedule's shuffles.
 * <p>
 * Purposes: {@code parameter:<path>} (drawn once at the start), {@code decision:<state>}, {@code sanctions:<alliance>},
 * {@code talks}, {@code events}, {@code incidents}, {@code war}.
 */
public final class Streams implements java.io.Serializable {
    private long runSeed;
    /** Results of talks. */
    public final Stream talks = new Stream();
    /** Chance in scheduled events and injects. */
    public final Stream events = new Stream();
    /** Incidents between forces in contact and other chance accidents. */
    public final Stream incidents = new Stream();
    /** Daily battles of conflicts. */
    public final Stream war = new Stream();
    private Stream[] decisions = new Stream[0], sanctions = new Stream[0];
    /** The hashes of the keyed purposes (decision:STATE, sanctions:ALLIANCE), worked out once when keyed. */
    private long[] decisionHashes = new long[0], sanctionsHashes = new long[0];

    public Streams(long runSeed) {
        reseed(runSeed);
    }

    public long runSeed() {
        return runSeed;
    }

    /** Re-seeds every stream of the run from a new seed (parameters already drawn stay as they are). */
    public void reseed(long seed) {
        runSeed = seed;
        talks.setSeed(derive(seed, TALKS));
        events.setSeed(derive(seed, EVENTS));
        incidents.setSeed(derive(seed, INCIDENTS));
        war.setSeed(derive(seed, WAR));
        for (int i = 0; i < decisions.length; i++) decisions[i].setSeed(derive(seed, decisionHashes[i]));
        for (int i = 0; i < sanctions.length; i++) sanctions[i].setSeed(derive(seed, sanctionsHashes[i]));
    }

    /** One decision stream per state and one sanctions stream per alliance, keyed by their ids. */
    void key(String[] states, String[] alliances) {
        decisions = new Stream[states.length];
        sanctions = new Stream[alliances.length];
        decisionHashes = new long[states.length];
        sanctionsHashes = new long[alliances.length];
        for (int i = 0; i < states.length; i++) {
            decisions[i] = new Stream();
            decisionHashes[i] = hash("decision", states[i]);
        }
        for (int i = 0; i < alliances.length; i++) {
            sanctions[i] = new Stream();
            sanctionsHashes[i] = hash("sanctions", alliances[i]);
        }
        reseed(runSeed);
    }

    public Stream decision(int state) {
        return decisions[state];
    }

    public Stream sanctions(int alliance) {
        return sanctions[alliance];
    }

    /** A fresh stream for one uncertain parameter, by its --set path. */
    public Stream parameter(String path) {
        return new Stream(derive(runSeed, "parameter", path));
    }

    /** The seed of a purpose's stream: the run seed mixed with a 64-bit hash (FNV-1a) of the purpose and key. */
    public static long derive(long runSeed, String purpose, String key) {
        return derive(runSeed, hash(purpose, key));
    }

    private static long derive(long runSeed, long purposeHash) {
        return Stream.mix(runSeed ^ Stream.mix(purposeHash + Stream.GOLDEN));
    }

    /** FNV-1a over purpose:key, remembered (a run keys dozens of streams, a batch the same ones every run). */
    private static long hash(String purpose, String key) {
        String text = purpose + ':' + key;
        Long known = HASHES.get(text);
        if (known != null) return known;
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001B3L;
        }
        if (HASHES.size() < 100_000) HASHES.put(text, h);
        return h;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Long> HASHES = new java.util.concurrent.ConcurrentHashMap<>();
    // after HASHES: static fields are set in the order they are written
    private static final long TALKS = hash("talks", ""), EVENTS = hash("events", ""), INCIDENTS = hash("incidents", ""), WAR = hash("war", "");
}
