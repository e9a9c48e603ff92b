package brink.results;

import brink.model.RunRecord;
import brink.montecarlo.Seeds;
import brink.scenario.StateSpec;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The daily paths (tension, each principal's forces) of a sample of runs, for the percentile bands of daily.csv: a
 * bottom-k sample, the k runs whose keys (a hash of the run's index) are smallest. Which runs are kept depends on
 * their indices alone, never on the order they arrive in or on how the batch was split, so merging samples is exact;
 * with at most k runs every run is kept. (A reservoir fed in run order could not be merged: it differed between one
 * machine, shards and a cluster beyond k runs.)
 */
final class DailySample implements Part {
    private static final Comparator<Entry> LARGEST_KEY_FIRST = (a, b) -> Long.compareUnsigned(b.key, a.key);

    private record Entry(long key, double[][] paths) {
    }

    private final int capacity, horizon, series;
    private final PriorityQueue<Entry> heap;
    private long maxKey = -1L; // unsigned maximum: no limit

    /** @param series the daily series kept per run: tension, then each principal's forces */
    DailySample(int capacity, int horizon, int series) {
        this.capacity = capacity;
        this.horizon = horizon;
        this.series = series;
        this.heap = new PriorityQueue<>(LARGEST_KEY_FIRST);
    }

    /** A run's key: SplitMix64's finalizer of its index, a bijection, so two runs never tie. */
    static long key(long index) {
        return Seeds.mix(index + 0x6A09E667F3BCC909L);
    }

    void add(long index, RunRecord r) {
        double[][] paths = new double[series][];
        paths[0] = r.tensionByDay();
        for (int s = 1; s < series; s++) paths[s] = r.principalForcesByDay()[s - 1];
        offer(new Entry(key(index), paths));
    }

    /** Admits only keys at most this (unsigned); see {@link Aggregates#limitSample}. */
    void limit(long maxKey) {
        this.maxKey = maxKey;
    }

    /** The capacity-th smallest key over indices 0..runs-1 (the largest key the sample of such a batch keeps). */
    static long threshold(long runs, int capacity) {
        if (runs <= capacity) return -1L; // unsigned maximum: every run is kept
        // a max-heap of the smallest keys so far, on primitives (runs may be in the hundreds of millions)
        long[] heap = new long[capacity];
        for (int i = 0; i < capacity; i++) {
            heap[i] = key(i);
            for (int c = i; c > 0 && Long.compareUnsigned(heap[(c - 1) / 2], heap[c]) < 0; c = (c - 1) / 2) swap(heap, c, (c - 1) / 2);
        }
        for (long i = capacity; i < runs; i++) {
            long k = key(i);
            if (Long.compareUnsigned(k, heap[0]) >= 0) continue;
            heap[0] = k;
            for (int c = 0; ; ) {
                int l = 2 * c + 1, r = l + 1, big = c;
                if (l < capacity && Long.compareUnsigned(heap[l], heap[big]) > 0) big = l;
                if (r < capacity && Long.compareUnsigned(heap[r], heap[big]) > 0) big = r;
                if (big == c) break;
                swap(heap, c, big);
                c = big;
            }
        }
        return heap[0];
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private void offer(Entry e) {
        if (Long.compareUnsigned(e.key, maxKey) > 0) return;
        if (heap.size() < capacity) heap.add(e);
        else if (Long.compareUnsigned(e.key, heap.peek().key) < 0) {
            heap.poll();
            heap.add(e);
        }
    }

    int size() {
        return heap.size();
    }

    /** The sampled paths, in no particular order: paths[i][series][day]. */
    double[][][] paths() {
        return heap.stream().map(Entry::paths).toArray(double[][][]::new);
    }

    @Override
    public void merge(Part other) {
        for (Entry e : ((DailySample) other).heap) offer(e);
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        Entry[] sorted = heap.toArray(new Entry[0]);
        Arrays.sort(sorted, LARGEST_KEY_FIRST.reversed());
        out.writeInt(sorted.length);
        for (Entry e : sorted) {
            out.writeLong(e.key);
            for (double[] path : e.paths) for (int d = 0; d < horizon; d++) out.writeDouble(path[d]);
        }
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > capacity) throw new IOException("a daily sample of " + n + " runs; at most " + capacity + " expected");
        for (int i = 0; i < n; i++) {
            long key = in.readLong();
            double[][] paths = new double[series][horizon];
            for (double[] path : paths) for (int d = 0; d < horizon; d++) path[d] = in.readDouble();
            offer(new Entry(key, paths));
        }
    }

    /** Where a run's daily paths hold a NaN or an infinity ("forces_X on day 3 = Infinity"), or null. */
    static String nonFinite(RunRecord r, List<StateSpec> principals) {
        for (int d = 0; d < r.tensionByDay().length; d++) {
            if (!Double.isFinite(r.tensionByDay()[d])) return "tension on day " + d + " = " + r.tensionByDay()[d];
        }
        double[][] forces = r.principalForcesByDay();
        for (int s = 0; s < forces.length; s++) {
            for (int d = 0; d < forces[s].length; d++) {
                if (!Double.isFinite(forces[s][d])) return "forces_" + principals.get(s).id() + " on day " + d + " = " + forces[s][d];
            }
        }
        return null;
    }
}
