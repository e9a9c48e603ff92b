package brink.results;

import brink.TestScenarios;
import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Aggregates merge exactly: any split of the runs, in any order, gives the summary and daily bands of one pass. */
class AggregatesTest {
    static final Scenario S = TestScenarios.fictional();
    static final int RUNS = 240;
    static final List<Replication> REPS = runs();

    static List<Replication> runs() {
        Batch.Job job = Batch.of(S, 77);
        List<Replication> out = new ArrayList<>();
        for (long i = 0; i < RUNS; i++) out.add(job.run(i));
        return out;
    }

    static String text(Aggregates a) throws Exception {
        StringWriter w = new StringWriter();
        a.writeDaily(S, w);
        return Loader.JSON.writeValueAsString(a.summary(S, List.of(1, 2))) + "\n" + w;
    }

    /** A sample smaller than the number of runs, so that which runs are kept matters. */
    static Aggregates fresh() {
        return new Aggregates(S, 0, 50);
    }

    @Test
    void anySplitInAnyOrderMergesToTheSameSummaryAndDailyBands() throws Exception {
        Aggregates whole = fresh();
        for (int i = 0; i < RUNS; i++) whole.add(i, REPS.get(i));
        String expected = text(whole);

        Random random = new Random(3);
        for (int trial = 0; trial < 4; trial++) {
            int parts = 2 + trial;
            List<Aggregates> split = new ArrayList<>();
            for (int p = 0; p < parts; p++) split.add(fresh());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) order.add(i);
            Collections.shuffle(order, random);
            for (int i : order) split.get(random.nextInt(parts)).add(i, REPS.get(i));
            Collections.shuffle(split, random);
            Aggregates merged = fresh();
            for (Aggregates a : split) merged.merge(a);
            assertEquals(expected, text(merged), "split into " + parts);
        }
    }

    @Test
    void theDailySampleIsTheRunsWithTheSmallestKeys() throws Exception {
        // the 50 runs whose keys are smallest, fed alone, give the same bands as all 240
        List<Long> kept = LongStream.range(0, RUNS).boxed()
                .sorted((a, b) -> Long.compareUnsigned(DailySample.key(a), DailySample.key(b))).limit(50).toList();
        Aggregates all = fresh(), only = fresh();
        for (int i = 0; i < RUNS; i++) all.add(i, REPS.get(i));
        for (long i : kept) only.add(i, REPS.get((int) i));
        assertEquals(dailyBands(all), dailyBands(only));
        Aggregates others = fresh();
        for (int i = 0; i < 50; i++) others.add(i, REPS.get(i));
        assertNotEquals(dailyBands(all), dailyBands(others), "another set of runs, other bands");
    }

    /** daily.csv without the rung shares (which count every run). */
    private static String dailyBands(Aggregates a) throws Exception {
        StringWriter w = new StringWriter();
        a.writeDaily(S, w);
        StringBuilder b = new StringBuilder();
        int rungs = S.ladder().size();
        for (String line : w.toString().split("\n")) {
            String[] c = line.split(",");
            b.append(String.join(",", java.util.Arrays.copyOfRange(c, 2 + rungs, c.length))).append('\n');
        }
        return b.toString();
    }

    @Test
    void partsLimitedToTheBatchThresholdMergeToTheSameSample() throws Exception {
        Aggregates whole = fresh();
        for (int i = 0; i < RUNS; i++) whole.add(i, REPS.get(i));
        long max = Aggregates.sampleThreshold(RUNS, 50);
        List<Long> keys = LongStream.range(0, RUNS).map(DailySample::key).boxed().sorted(Long::compareUnsigned).toList();
        assertEquals(keys.get(49), max, "the 50th smallest key");
        Aggregates merged = fresh();
        for (int p = 0; p < 4; p++) {
            Aggregates part = fresh();
            part.limitSample(max);
            for (int i = p * 60; i < (p + 1) * 60; i++) part.add(i, REPS.get(i));
            merged.merge(Aggregates.fromBytes(part.toBytes()));
        }
        assertEquals(text(whole), text(merged));
        assertEquals(-1L, Aggregates.sampleThreshold(50, 50), "no limit when every run is kept");
    }

    @Test
    void upToTheSampleSizeEveryRunIsKept() throws Exception {
        // with a sample as big as the batch, the bands are those of all runs: the same as with the full-size sample
        Aggregates small = new Aggregates(S, 0, RUNS), big = new Aggregates(S, 0);
        for (int i = 0; i < RUNS; i++) {
            small.add(i, REPS.get(i));
            big.add(i, REPS.get(i));
        }
        StringWriter a = new StringWriter(), b = new StringWriter();
        small.writeDaily(S, a);
        big.writeDaily(S, b);
        assertEquals(a.toString(), b.toString());
        // and the median tension on day 5 is the median of the 240 runs' values (Commons Math, legacy estimate)
        double[] day5 = REPS.stream().filter(r -> !r.failed()).mapToDouble(r -> r.record().tensionByDay()[5]).toArray();
        double median = new org.apache.commons.math3.stat.descriptive.rank.Percentile().evaluate(day5, 50);
        String[] line = a.toString().split("\n")[6].split(",");
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", median), line[2 + S.ladder().size() + 2]);
    }

    @Test
    void storedAndSerializedAggregatesReadBackTheSame() throws Exception {
        Aggregates a = fresh();
        for (int i = 0; i < RUNS; i++) a.add(i, REPS.get(i));
        assertEquals(text(a), text(Aggregates.fromBytes(a.toBytes())));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(a);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(text(a), text((Aggregates) in.readObject()));
        }
        byte[] broken = a.toBytes();
        broken[3] ^= 1;
        assertThrows(java.io.UncheckedIOException.class, () -> Aggregates.fromBytes(broken));
    }

    @Test
    void aggregatesOfAnotherShapeDoNotMerge() {
        Aggregates a = fresh(), other = new Aggregates(TestScenarios.seed(), 0, 50);
        assertThrows(IllegalArgumentException.class, () -> a.merge(other));
        assertThrows(IllegalArgumentException.class, () -> a.merge(new Aggregates(S, 0, 51)));
    }

    @Test
    void failuresAreCountedAndTheFirstOnesKeptByRun() throws Exception {
        Aggregates a = fresh(), b = fresh();
        for (int i = 30; i >= 0; i--) (i % 2 == 0 ? a : b).add(i, REPS.get(i).failedWith("boom " + i));
        a.merge(b);
        assertEquals(31, a.failed());
        assertEquals(0, a.runs());
        assertEquals(20, a.errors().size());
        assertTrue(a.errors().get(0).startsWith("run 0 (seed "), a.errors().get(0));
        assertTrue(a.errors().get(19).endsWith("boom 19"), a.errors().get(19));
        // no run finished: no estimate, and no NaN in summary.json
        String json = Loader.JSON.writeValueAsString(a.summary(S, List.of(1)));
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
        assertTrue(json.contains("\"probabilityReached\" : null"), json);
    }
}
