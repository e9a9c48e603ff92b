package brink.montecarlo;

import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Runs replications on a pool of threads, one fresh SimState each, and hands them to a consumer in run order.
 * Work goes in chunks: memory stays bounded whatever the number of runs, and order needs no reordering buffer.
 */
public final class Batch implements AutoCloseable {
    /** Stops the batch between chunks (Ctrl-C); what finished is kept. */
    public final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService pool;
    private final int threads;

    public Batch(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "brink-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() {
        return threads;
    }

    /** What replication {@code i} of a job is: its scenario, point and run index and seed. */
    public interface Job extends LongFunction<Replication> {
        Replication run(long index);

        @Override
        default Replication apply(long index) {
            return run(index);
        }
    }

    /**
     * Runs items from..to-1 of a job on the workers and hands them to the consumer in index order; returns how many
     * were handed over. The next chunk is computed while the consumer works through the last one, so writing overlaps
     * simulating; whatever the job does besides simulating (checking and formatting a row) is done on the workers too.
     */
    public <T> long run(LongFunction<T> job, long from, long to, Consumer<? super T> consumer) {
        int chunk = Math.max(64, threads * 128);
        long done = 0;
        Chunk<T> pending = stop.get() || from >= to ? null : submit(job, from, (int) Math.min(chunk, to - from));
        while (pending != null) {
            long next = pending.start + pending.out.length;
            Chunk<T> following = next < to && !stop.get() ? submit(job, next, (int) Math.min(chunk, to - next)) : null;
            pending.await();
            for (Object r : pending.out) {
                @SuppressWarnings("unchecked") T t = (T) r;
                consumer.accept(t);
            }
            done += pending.out.length;
            pending = following;
        }
        return done;
    }

    private record Chunk<T>(long start, Object[] out, List<Future<?>> futures) {
        void await() {
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException("a worker failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
    }

    private <T> Chunk<T> submit(LongFunction<T> job, long start, int size) {
        Object[] out = new Object[size];
        return new Chunk<>(start, out, fill(out, i -> job.apply(start + i)));
    }

    /** Workers take the next free index until all of out is filled. */
    private <T> List<Future<?>> fill(T[] out, java.util.function.IntFunction<T> job) {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < out.length; ) out[i] = job.apply(i);
            }));
        }
        return futures;
    }

    /**
     * Any k independent jobs (continuations of a played game, say) on the pool, returned in index order, so the
     * result never depends on the number of threads.
     */
    public <T> List<T> map(int k, java.util.function.IntFunction<T> job) {
        Object[] out = new Object[k];
        new Chunk<T>(0, out, fill(out, job::apply)).await();
        List<T> list = new ArrayList<>(k);
        for (Object o : out) {
            @SuppressWarnings("unchecked") T v = (T) o;
            list.add(v);
        }
        return list;
    }

    /** {@link #map} on a pool of its own, closed when done. */
    public static <T> List<T> parallel(int k, int threads, java.util.function.IntFunction<T> job) {
        try (Batch b = new Batch(Math.max(1, Math.min(threads, k)))) {
            return b.map(k, job);
        }
    }

    /** A job of plain replications of one scenario. */
    public static Job of(Scenario scenario, long master) {
        return k -> Replication.of(scenario, 0, k, Seeds.run(master, k));
    }

    /**
     * A sweep flattened into one index: position q = i / runsPerPoint holds the baseline point first, then the others
     * in order, and replication i is run i % runsPerPoint of that point. With common random numbers run k has the seed
     * of run k of a plain batch at every point, so points differ only where their parameters make them differ;
     * otherwise each point has seeds of its own. Either way a replication depends on its index alone, so any slice of
     * the index can be computed anywhere.
     */
    public static Job sweep(List<Scenario> points, long runsPerPoint, long master, boolean common, int baseline) {
        return i -> {
            long q = i / runsPerPoint;
            int p = q == 0 ? baseline : q <= baseline ? (int) q - 1 : (int) q;
            long k = i % runsPerPoint;
            return Replication.of(points.get(p), p, k, common ? Seeds.run(master, k) : Seeds.sweep(master, p, k));
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
