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
    public interface Job {
        Replication run(long index);
    }

    /**
     * Runs replications from..to-1 of the job; returns how many were handed to the consumer. The next chunk is
     * computed while the consumer works through the last one, so writing overlaps simulating.
     */
    public long run(Job job, long from, long to, Consumer<Replication> consumer) {
        int chunk = Math.max(64, threads * 128);
        long done = 0;
        Chunk pending = stop.get() || from >= to ? null : submit(job, from, (int) Math.min(chunk, to - from));
        while (pending != null) {
            long next = pending.start + pending.out.length;
            Chunk following = next < to && !stop.get() ? submit(job, next, (int) Math.min(chunk, to - next)) : null;
            pending.await();
            for (Replication r : pending.out) consumer.accept(r);
            done += pending.out.length;
            pending = following;
        }
        return done;
    }

    private record Chunk(long start, Replication[] out, List<Future<?>> futures) {
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

    private Chunk submit(Job job, long start, int size) {
        Replication[] out = new Replication[size];
        return new Chunk(start, out, fill(out, i -> job.run(start + i)));
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
        new Chunk(0, new Replication[0], fill(out, job::apply)).await();
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

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
