package brink.analysis.design;

import brink.montecarlo.Batch;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The runs of an evaluated design: {@link #runs()} replications of each cell (a point of a design, or a point of one of
 * several calibrated scenarios), each giving a value per output. Item i of the job is run {@code i % runs} of cell
 * {@code i / runs} and depends on that alone, so any slice of the items can be run anywhere; a cell's runs add up in a
 * {@link Tally}, which merges exactly. This machine's threads run them with {@link #onThreads}; a cluster runs slices
 * of the same items on its executors and merges their tallies.
 */
public interface DesignRuns {
    int cells();

    long runs();

    /** Per output: summarised by its median day (true) or by mean and variance. */
    boolean[] medians();

    /** Run k of a cell: each output's value (NaN: the run does not count for it), or null when the run failed. */
    double[] run(int cell, long k);

    /** Every run of the cell is done here: what was kept to run it may go. */
    default void release(int cell) {
    }

    default long total() {
        return cells() * runs();
    }

    /** The evaluation was stopped (Ctrl-C) before every run was done. */
    final class Stopped extends RuntimeException {
        public Stopped(long done, long total) {
            super("stopped after " + done + " of " + total + " runs");
        }
    }

    /**
     * Runs every item on the batch's threads and summarises each cell as soon as its last run is in (runs come in item
     * order), so only one cell's tally is held whatever the size of the design.
     *
     * @param progress told the number of runs done so far
     * @throws Stopped when the batch was stopped first
     */
    static Tally.Summary[] onThreads(DesignRuns job, Batch batch, LongConsumer progress) {
        long runs = job.runs(), total = job.total();
        Tally.Summary[] out = new Tally.Summary[job.cells()];
        Tally[] live = {null};
        long[] done = {0};
        batch.run(i -> job.run((int) (i / runs), i % runs), 0, total, values -> {
            long i = done[0]++;
            if (live[0] == null) live[0] = new Tally(job.medians());
            live[0].add(values);
            if (i % runs == runs - 1) {
                int cell = (int) (i / runs);
                out[cell] = live[0].summary();
                live[0] = null;
                job.release(cell);
            }
            progress.accept(done[0]);
        });
        if (done[0] < total) throw new Stopped(done[0], total);
        return out;
    }

    /**
     * What a slice of the items gives (a cluster's task, say): the summaries of the cells whose runs all fell in it, and
     * the tallies of the cells it shares with other slices.
     */
    record Slice(Map<Integer, Tally.Summary> whole, Map<Integer, Tally> shared) implements Serializable {
    }

    /** Runs items from..to-1 in order, here, holding one cell's tally at a time. */
    static Slice slice(DesignRuns job, long from, long to) {
        long runs = job.runs();
        Map<Integer, Tally.Summary> whole = new TreeMap<>();
        Map<Integer, Tally> shared = new TreeMap<>();
        long i = from;
        while (i < to) {
            int cell = (int) (i / runs);
            long end = Math.min(to, (cell + 1) * runs);
            boolean all = i == cell * runs && end == (cell + 1) * runs;
            Tally t = new Tally(job.medians());
            for (; i < end; i++) t.add(job.run(cell, i % runs));
            job.release(cell);
            if (all) whole.put(cell, t.summary());
            else shared.put(cell, t);
        }
        return new Slice(whole, shared);
    }

    /**
     * Every cell's summary from slices that together hold each item once, in any order: shared cells' tallies are
     * merged (exactly) and summarised.
     */
    static Tally.Summary[] join(int cells, Collection<Slice> slices) {
        Tally.Summary[] out = new Tally.Summary[cells];
        Map<Integer, Tally> shared = new TreeMap<>();
        for (Slice s : slices) {
            s.whole().forEach((c, sum) -> out[c] = sum);
            s.shared().forEach((c, t) -> shared.merge(c, t, (a, b) -> {
                a.merge(b);
                return a;
            }));
        }
        shared.forEach((c, t) -> out[c] = t.summary());
        for (int c = 0; c < cells; c++) if (out[c] == null) throw new IllegalStateException("no slice ran cell " + c);
        return out;
    }
}
