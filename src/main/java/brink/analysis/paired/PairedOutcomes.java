package brink.analysis.paired;

import brink.montecarlo.Replication;
import brink.results.ProportionDifference;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The change of each outcome's probability from a baseline sweep point to every other point, run by run: with
 * common random numbers run k of every point has the same seed, so the runs pair up and the difference gets
 * Newcombe's paired interval; with independent seeds the pairing means nothing and the interval is that of two
 * independent proportions. Streams: it keeps one small number per run of the baseline, not the runs.
 * The baseline's runs must arrive before the other points' (a sweep hands runs over in point order).
 */
public final class PairedOutcomes implements Consumer<Replication> {
    private final int outcomes, baseline;
    private final boolean paired;
    private final byte[] base;
    /** [point][outcome][both, only baseline, only point, neither] */
    private final long[][][] tables;
    private final long[][] counts;
    private final long[] runs;

    /**
     * @param paired whether run k of every point shares its seed (common random numbers)
     */
    public PairedOutcomes(int outcomes, int points, long runsPerPoint, int baseline, boolean paired) {
        if (outcomes > 127) throw new IllegalArgumentException("at most 127 outcome classes");
        if (runsPerPoint > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many runs per point to pair");
        this.outcomes = outcomes;
        this.baseline = baseline;
        this.paired = paired;
        this.base = new byte[(int) runsPerPoint];
        Arrays.fill(base, (byte) -2);
        this.tables = new long[points][outcomes][4];
        this.counts = new long[points][outcomes];
        this.runs = new long[points];
    }

    @Override
    public void accept(Replication r) {
        int p = r.point(), o = r.failed() ? -1 : r.record().outcomeIndex();
        if (p == baseline) base[(int) r.run()] = (byte) o;
        if (o >= 0) {
            counts[p][o]++;
            runs[p]++;
        }
        if (!paired || p == baseline) return;
        int b = base[(int) r.run()];
        if (b == -2) throw new IllegalStateException("run " + r.run() + " of point " + p + " arrived before the baseline's");
        if (b < 0 || o < 0) return;
        for (int k = 0; k < outcomes; k++) {
            boolean inA = b == k, inB = o == k;
            tables[p][k][inA ? (inB ? 0 : 1) : (inB ? 2 : 3)]++;
        }
    }

    public boolean paired() {
        return paired;
    }

    public int baseline() {
        return baseline;
    }

    /** Point minus baseline for an outcome: paired when the seeds are common, else independent. */
    public ProportionDifference difference(int point, int outcome) {
        if (paired) {
            long[] t = tables[point][outcome];
            return ProportionDifference.paired(t[0], t[1], t[2], t[3]);
        }
        return ProportionDifference.of(counts[baseline][outcome], runs[baseline], counts[point][outcome], runs[point]);
    }

    /** Over how many runs a point's difference is measured: the pairs, or the smaller of the two batches. */
    private long runs(ProportionDifference d) {
        return paired ? d.a().total() : Math.min(d.a().total(), d.b().total());
    }

    /** paired.csv: one row per point other than the baseline and outcome. */
    public void writeCsv(java.nio.file.Path file, java.util.List<String> paths, java.util.List<java.util.List<String>> values, java.util.List<String> outcomeIds)
            throws java.io.IOException {
        StringBuilder b = new StringBuilder("point");
        for (String path : paths) b.append(',').append(csv(path));
        b.append(",baseline,outcome,probability_baseline,probability,difference,low,high,runs,paired\n");
        for (int p = 0; p < tables.length; p++) {
            if (p == baseline) continue;
            for (int k = 0; k < outcomes; k++) {
                ProportionDifference d = difference(p, k);
                b.append(p);
                for (String v : values.get(p)) b.append(',').append(csv(v));
                b.append(',').append(baseline).append(',').append(outcomeIds.get(k));
                for (double v : new double[]{d.a().probability(), d.b().probability(), d.difference(), d.low(), d.high()}) b.append(',').append(Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%.6f", v));
                b.append(',').append(runs(d)).append(',').append(paired).append('\n');
            }
        }
        java.nio.file.Files.writeString(file, b);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
