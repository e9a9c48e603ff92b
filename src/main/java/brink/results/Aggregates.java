package brink.results;

import brink.model.RunRecord;
import brink.model.world.TalkResult;
import brink.montecarlo.Replication;
import brink.scenario.ActorResult;
import brink.scenario.EventSpec;
import brink.scenario.Severity;
import brink.scenario.Termination;
import brink.scenario.OutcomeSpec;
import brink.scenario.Rung;
import brink.scenario.Scenario;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a batch keeps of its runs besides the rows: exact counts (outcomes, the day each rung is first reached, the
 * rung on each day, talks' results, each sweep point's outcomes), a bottom-k sample of daily paths for the percentile
 * bands, and the first failures. Made of {@link Part}s that merge exactly and do not depend on run order, so threads,
 * shards ({@code brink merge}) and a cluster's partitions add up to the same summary.json and daily.csv. Memory is
 * fixed by the scenario and the sample's size, never by the number of runs.
 *
 * <p>To add an aggregate: a field made with {@code part(new Counts(n))} (or another {@link Part}), one line in
 * {@link #add} that feeds it from the run, and its use in {@link #summary}. Merging and storing follow.
 */
public final class Aggregates implements Serializable {
    /** Runs kept for the daily percentile bands: every run up to this many. */
    public static final int SAMPLE = 10_000;
    static final double[] QUANTILES = {5, 25, 50, 75, 95};
    private static final int FIRST_FAILURES = 20;
    private static final long MAGIC = 0x4252494E4B414747L; // "BRINKAGG"
    private static final int VERSION = 2;

    /** The sizes the parts are made for; aggregates merge only when these agree. */
    public record Dims(int horizon, int rungs, int outcomes, int talks, int principals, int points, int sample, int lead) implements Serializable {
        static Dims of(Scenario s, int points, int sample) {
            int lead = s.crisis().triggerDate() == null ? 0 : Math.max(0, -s.day(s.crisis().triggerDate()));
            return new Dims(s.horizonDays(), s.ladder().size(), s.outcomes().size(),
                    (int) s.events().stream().filter(e -> e.type().isBargaining()).count(), s.principals().size(), points, sample, lead);
        }

        /** Durations a run can have: from 1 day to the lead before day 0 plus the horizon. */
        int durations() {
            return lead + horizon + 1;
        }
    }

    /** First-force hazard windows, days. */
    public static final int WINDOW = 10;

    private final Dims dims;
    private final transient List<Part> parts = new ArrayList<>();
    /** [0] runs that finished, [1] runs that failed. */
    private final Counts tally;
    private final Counts outcomes;
    /** [rung * horizon + day]: runs that first reached the rung on that day. */
    private final Counts reachedByDay;
    /** [day * rungs + rung]: runs standing on the rung on that day. */
    private final Counts rungByDay;
    /** [talk * (results + 1) + result + 1]: result 0 is "not held". */
    private final Counts talks;
    /** [point * outcomes + outcome] (a plain batch is one point). */
    private final Counts pointOutcomes;
    private final DailySample daily;
    private final FirstFailures failures;
    // Model v2's endings, in the codes of crisis data (ICB)
    /** [severity - 1] */
    private final Counts severity;
    /** [Termination ordinal] */
    private final Counts termination;
    /** [principal * 4 + ActorResult ordinal] */
    private final Counts actorResults;
    /** [duration]: runs whose crisis ended after that many days, and runs still open that were observed that long. */
    private final Counts ended, open;
    /** [day]: first use of force that day; runs with none, observed until that day. */
    private final Counts forceByDay, noForceUntil;
    /** [0] major moves, [1] those worth less than the best everyday move. */
    private final Counts majorMoves;

    /** @param points the number of sweep points, 0 for a plain batch */
    public Aggregates(Scenario scenario, int points) {
        this(scenario, points, SAMPLE);
    }

    /** With a daily sample of another size (tests). */
    Aggregates(Scenario scenario, int points, int sample) {
        this(Dims.of(scenario, points, sample));
        principalIndex = scenario.principals().stream().mapToInt(p -> scenario.states().indexOf(p)).toArray();
    }

    /** Each principal's index among the scenario's states (run records list results by state). */
    private transient int[] principalIndex = new int[0];

    private Aggregates(Dims d) {
        dims = d;
        tally = part(new Counts(2));
        outcomes = part(new Counts(d.outcomes()));
        reachedByDay = part(new Counts(d.rungs() * d.horizon()));
        rungByDay = part(new Counts(d.horizon() * d.rungs()));
        talks = part(new Counts(d.talks() * (TalkResult.values().length + 1)));
        pointOutcomes = part(new Counts(Math.max(1, d.points()) * d.outcomes()));
        daily = part(new DailySample(d.sample(), d.horizon(), 1 + d.principals()));
        failures = part(new FirstFailures(FIRST_FAILURES));
        severity = part(new Counts(4));
        termination = part(new Counts(Termination.values().length));
        actorResults = part(new Counts(d.principals() * ActorResult.values().length));
        ended = part(new Counts(d.durations()));
        open = part(new Counts(d.durations()));
        forceByDay = part(new Counts(d.horizon()));
        noForceUntil = part(new Counts(d.horizon()));
        majorMoves = part(new Counts(2));
    }

    /** Empty aggregates of these sizes, to merge others into (runs are added only to aggregates made from their scenario). */
    public static Aggregates empty(Dims dims) {
        return new Aggregates(dims);
    }

    /**
     * Admits to the daily sample only runs whose key is at most {@code maxKey} (unsigned): with
     * {@link #sampleThreshold} of the whole batch, each part keeps only runs that the merged sample keeps, so a
     * cluster's partitions send no more than the sample's size in all. The merged result is the same.
     */
    public void limitSample(long maxKey) {
        daily.limit(maxKey);
    }

    /** The largest key among the daily sample of a batch of {@code runs} runs (indices 0..runs-1). */
    public static long sampleThreshold(long runs, int sample) {
        return DailySample.threshold(runs, sample);
    }

    private <P extends Part> P part(P p) {
        parts.add(p);
        return p;
    }

    public Dims dims() {
        return dims;
    }

    /**
     * Adds replication {@code index} of the batch (its place in the flattened order: point × runs per point + run
     * for a sweep). Any order, any split, the same totals.
     */
    public void add(long index, Replication r) {
        RunRecord rec = r.record();
        if (rec == null) {
            tally.add(1);
            failures.add(index, "run " + r.run() + (dims.points() > 0 ? " of point " + r.point() : "") + " (seed " + r.seed() + "): " + r.error());
            return;
        }
        if (principalIndex.length != dims.principals()) {
            throw new IllegalStateException("aggregates made without their scenario can merge but not add runs: make them with new Aggregates(scenario, points)");
        }
        tally.add(0);
        outcomes.add(rec.outcomeIndex());
        pointOutcomes.add(r.point() * dims.outcomes() + rec.outcomeIndex());
        for (int k = 0; k < dims.rungs(); k++) {
            int d = rec.firstDay()[k];
            if (d >= 0) reachedByDay.add(k * dims.horizon() + d);
        }
        int results = TalkResult.values().length + 1;
        for (int t = 0; t < dims.talks(); t++) talks.add(t * results + rec.talkResults()[t] + 1);
        byte[] path = rec.rungByDay();
        for (int d = 0; d < dims.horizon(); d++) rungByDay.add(d * dims.rungs() + path[d]);
        daily.add(index, rec);
        severity.add(rec.severity() - 1);
        termination.add(rec.termination().ordinal());
        for (int i = 0; i < dims.principals(); i++) {
            ActorResult ar = rec.results()[principalIndex[i]];
            if (ar != null) actorResults.add(i * ActorResult.values().length + ar.ordinal());
        }
        int dur = Math.max(0, Math.min(dims.durations() - 1, rec.durationDays()));
        (rec.termination() == Termination.NONE ? open : ended).add(dur);
        int last = Math.max(0, Math.min(dims.horizon() - 1, rec.endDay()));
        if (rec.firstForceDay() >= 0) forceByDay.add(Math.min(dims.horizon() - 1, rec.firstForceDay()));
        else noForceUntil.add(last);
        majorMoves.add(0, rec.majorMoves());
        majorMoves.add(1, rec.majorMovesWorse());
    }

    /** Adds another batch's aggregates (another thread's, shard's or partition's runs of the same scenario). */
    public void merge(Aggregates other) {
        if (!dims.equals(other.dims)) throw new IllegalArgumentException("aggregates of different shapes: " + dims + " and " + other.dims);
        for (int i = 0; i < parts.size(); i++) parts.get(i).merge(other.parts.get(i));
    }

    public long runs() {
        return tally.get(0);
    }

    public long failed() {
        return tally.get(1);
    }

    /** The first failures (at most 20, by run), each with the seed that replays it. */
    public List<String> errors() {
        return failures.list();
    }

    public Proportion outcome(int i) {
        return Proportion.of(outcomes.get(i), runs());
    }

    /** The widest half-interval over the outcome probabilities: what --precision compares against. */
    public double widestHalfInterval() {
        double w = 0;
        for (int i = 0; i < dims.outcomes(); i++) w = Math.max(w, outcome(i).halfWidth());
        return runs() == 0 ? Double.POSITIVE_INFINITY : w;
    }

    private long reached(int rung) {
        return reachedByDay.sum(rung * dims.horizon(), dims.horizon());
    }

    public KaplanMeier timeTo(int rung) {
        long[] censored = new long[dims.horizon()];
        censored[dims.horizon() - 1] = runs() - reached(rung);
        return new KaplanMeier(reachedByDay.slice(rung * dims.horizon(), dims.horizon()), censored);
    }

    /** Each sweep point's outcome probabilities with intervals (outcomes in scenario order). */
    public List<List<Proportion>> pointOutcomes() {
        List<List<Proportion>> out = new ArrayList<>();
        for (int p = 0; p < Math.max(1, dims.points()); p++) {
            long n = pointOutcomes.sum(p * dims.outcomes(), dims.outcomes());
            List<Proportion> row = new ArrayList<>();
            for (int o = 0; o < dims.outcomes(); o++) row.add(Proportion.of(pointOutcomes.get(p * dims.outcomes() + o), n));
            out.add(row);
        }
        return out;
    }

    /** The class most runs escalate into: the likeliest outcome on a rung above the start, else the likeliest. */
    /**
     * The likeliest outcome (between equally likely ones, the calmer): what a report leads with. It used to be the
     * likeliest above the starting rung, which analysed a crisis that mostly settles through its minority ending.
     */
    String mainOutcome(Scenario scenario) {
        List<OutcomeSpec> os = scenario.outcomes();
        int best = 0;
        for (int i = 1; i < os.size(); i++) {
            long c = outcomes.get(i), b = outcomes.get(best);
            if (c > b || c == b && os.get(i).rung() < os.get(best).rung()) best = i;
        }
        return os.get(best).id();
    }

    /** summary.json's content, for the scenario these aggregates were made for. */
    public Summary summary(Scenario s, List<Integer> keyRungs) {
        check(s);
        long runs = runs();
        List<Summary.Outcome> outcomeList = new ArrayList<>();
        for (int i = 0; i < s.outcomes().size(); i++) {
            OutcomeSpec o = s.outcomes().get(i);
            Proportion p = outcome(i);
            outcomeList.add(new Summary.Outcome(o.id(), o.name(), o.rung(), p.count(), estimate(p), interval(p)));
        }
        List<Summary.RungReached> rungList = new ArrayList<>();
        for (int k = 0; k < dims.rungs(); k++) {
            Rung r = s.ladder().get(k);
            Proportion p = Proportion.of(reached(k), runs);
            KaplanMeier km = timeTo(k);
            List<Summary.SurvivalPoint> curve = new ArrayList<>();
            for (int d = 0; d < dims.horizon(); d++) {
                curve.add(new Summary.SurvivalPoint(d, s.date(d), round(1 - km.survival(d)), round(1 - km.upper(d)), round(1 - km.lower(d))));
            }
            int median = runs == 0 ? -1 : km.median();
            rungList.add(new Summary.RungReached(k, r.name(), p.count(), estimate(p), interval(p),
                    median < 0 ? null : median, median < 0 ? null : s.date(median), curve));
        }
        List<Summary.Talk> talkList = new ArrayList<>();
        List<EventSpec> talkSpecs = s.events().stream().filter(e -> e.type().isBargaining()).toList();
        int results = TalkResult.values().length + 1;
        for (int t = 0; t < talkSpecs.size(); t++) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (TalkResult tr : TalkResult.values()) shares.put(tr.label(), share(talks.get(t * results + tr.ordinal() + 1)));
            shares.put(TalkResult.NOT_HELD, share(talks.get(t * results)));
            EventSpec e = talkSpecs.get(t);
            talkList.add(new Summary.Talk(e.id(), e.name(), e.date(), shares));
        }
        List<Summary.Event> events = s.events().stream()
                .map(e -> new Summary.Event(e.id(), e.name(), e.date(), s.day(e.date()), e.type().label())).toList();
        List<Summary.Share> sev = new ArrayList<>();
        for (Severity v : Severity.values()) sev.add(Summary.Share.of(v.label(), severity.get(v.icb - 1), runs));
        List<Summary.Share> term = new ArrayList<>();
        for (Termination t : Termination.values()) term.add(Summary.Share.of(t.label(), termination.get(t.ordinal()), runs));
        Map<String, List<Summary.Share>> res = new LinkedHashMap<>();
        var principals = s.principals();
        for (int i = 0; i < principals.size(); i++) {
            List<Summary.Share> l = new ArrayList<>();
            long n = actorResults.sum(i * ActorResult.values().length, ActorResult.values().length);
            for (ActorResult a : ActorResult.values()) l.add(Summary.Share.of(a.label(), actorResults.get(i * ActorResult.values().length + a.ordinal()), n));
            res.put(principals.get(i).id(), l);
        }
        long major = majorMoves.get(0), worse = majorMoves.get(1);
        return new Summary(new Summary.ScenarioInfo(s.id(), s.title(), s.description(), s.startDate(), s.horizonDays(), s.sources()),
                runs, failed(), runs == 0 ? null : mainOutcome(s), keyRungs, outcomeList, rungList, talkList, events,
                sev, term, res, duration(), firstForceHazard(), new Summary.MajorMoves(major, worse, major == 0 ? null : round((double) worse / major)));
    }

    /**
     * The crisis's duration from its trigger: Kaplan-Meier quartiles over runs, a run whose crisis had not ended counted as
     * censored at the days it was observed (null where the curve never falls that low), and how many were censored.
     */
    Summary.Duration duration() {
        long runs = runs();
        if (runs == 0) return new Summary.Duration(null, null, null, 0);
        KaplanMeier km = new KaplanMeier(ended.slice(0, dims.durations()), open.slice(0, dims.durations()));
        return new Summary.Duration(quantileDay(km, 0.5), quantileDay(km, 0.75), quantileDay(km, 0.25),
                open.sum(0, dims.durations()));
    }

    /** First day t with S(t) at or below the level (0.5 the median; 0.75 the first quartile), null when never. */
    private static Integer quantileDay(KaplanMeier km, double level) {
        for (int t = 0; t < km.days(); t++) if (km.survival(t) <= level + 1e-12) return t;
        return null;
    }

    /**
     * The daily hazard of a first use of force by window of WINDOW days: among runs with no force before the window
     * and still observed at its start (a run that ended is censored at its last day), the share with a first use of
     * force in the window, with a Wilson interval (the hazard of the window; per day divide by its length).
     */
    List<Summary.HazardWindow> firstForceHazard() {
        List<Summary.HazardWindow> out = new ArrayList<>();
        int h = dims.horizon();
        for (int from = 0; from < h; from += WINDOW) {
            int to = Math.min(h, from + WINDOW);
            long atRisk = forceByDay.sum(from, h - from) + noForceUntil.sum(from, h - from);
            long events = forceByDay.sum(from, to - from);
            Proportion p = Proportion.of(events, atRisk);
            out.add(new Summary.HazardWindow(from, to - 1, atRisk, events, atRisk == 0 ? null : round(p.probability()),
                    atRisk == 0 ? null : round(p.low()), atRisk == 0 ? null : round(p.high())));
        }
        return out;
    }

    /** A proportion's estimate, or null when there were no runs to estimate it from (never NaN in a file). */
    private static Double estimate(Proportion p) {
        return p.total() == 0 ? null : p.probability();
    }

    private static double[] interval(Proportion p) {
        return p.total() == 0 ? null : new double[]{p.low(), p.high()};
    }

    private void check(Scenario s) {
        if (!Dims.of(s, dims.points(), dims.sample()).equals(dims)) throw new IllegalArgumentException("aggregates of " + dims + " do not fit scenario " + s.id());
    }

    private double share(long count) {
        return runs() == 0 ? 0 : round((double) count / runs());
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /**
     * daily.csv: per day the share of runs on each rung and percentile bands of tension and the principals' forces
     * (doubles, from the daily sample). Days are computed in parallel; the text does not depend on it.
     */
    public void writeDaily(Scenario scenario, Writer w) throws IOException {
        check(scenario);
        var principals = scenario.principals();
        List<String> h = new ArrayList<>(List.of("day", "date"));
        for (int k = 0; k < dims.rungs(); k++) h.add("share_rung_" + k);
        for (double q : QUANTILES) h.add("tension_p" + (int) q);
        for (var s : principals) for (double q : QUANTILES) h.add("forces_" + s.id() + "_p" + (int) q);
        w.write(Csv.line(h));
        w.write('\n');
        double[][][] paths = daily.paths();
        long runs = runs();
        String[] lines = IntStream.range(0, dims.horizon()).parallel().mapToObj(d -> {
            StringBuilder b = new StringBuilder();
            b.append(d).append(',').append(scenario.date(d));
            for (int k = 0; k < dims.rungs(); k++) b.append(',').append(runs == 0 ? "" : fmt((double) rungByDay.get(d * dims.rungs() + k) / runs));
            Percentile pct = new Percentile();
            double[] values = new double[paths.length];
            for (int s = 0; s <= principals.size(); s++) {
                for (int i = 0; i < paths.length; i++) values[i] = paths[i][s][d];
                percentiles(pct, values, b);
            }
            return b.append('\n').toString();
        }).toArray(String[]::new);
        for (String line : lines) w.write(line);
    }

    private static void percentiles(Percentile pct, double[] values, StringBuilder b) {
        if (values.length == 0) {
            b.append(",".repeat(QUANTILES.length));
            return;
        }
        pct.setData(values);
        for (double q : QUANTILES) b.append(',').append(fmt(pct.evaluate(q)));
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) throw new IllegalStateException("refusing to write " + v + " in daily.csv or points.csv");
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Writes every part (compressed), for a shard's folder or a cluster's task result. */
    public void write(OutputStream os) throws IOException {
        DataOutputStream head = new DataOutputStream(os);
        head.writeLong(MAGIC);
        head.writeInt(VERSION);
        head.writeInt(dims.horizon());
        head.writeInt(dims.rungs());
        head.writeInt(dims.outcomes());
        head.writeInt(dims.talks());
        head.writeInt(dims.principals());
        head.writeInt(dims.points());
        head.writeInt(dims.sample());
        head.writeInt(dims.lead());
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        try {
            java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(os, deflater, 1 << 16);
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(z, 1 << 16));
            for (Part p : parts) p.write(out);
            out.flush();
            z.finish();
            head.flush();
        } finally {
            deflater.end();
        }
    }

    /** Reads what {@link #write} wrote; an IOException says what does not fit. */
    public static Aggregates read(InputStream is) throws IOException {
        DataInputStream head = new DataInputStream(is);
        if (head.readLong() != MAGIC) throw new IOException("not a Brink aggregates file");
        int version = head.readInt();
        if (version != VERSION) throw new IOException("aggregates format " + version + "; this Brink reads format " + VERSION);
        Dims d = new Dims(head.readInt(), head.readInt(), head.readInt(), head.readInt(), head.readInt(), head.readInt(), head.readInt(), head.readInt());
        if (d.horizon() < 1 || d.rungs() < 1 || d.outcomes() < 1 || d.talks() < 0 || d.principals() < 0 || d.points() < 0 || d.sample() < 1
                || d.lead() < 0 || d.lead() > 1 << 20) {
            throw new IOException("aggregates of impossible sizes " + d);
        }
        long cells = (long) d.horizon() * d.rungs() + (long) Math.max(1, d.points()) * d.outcomes() + (long) d.talks() * 8;
        if (d.horizon() > brink.scenario.ScenarioInputs.maxHorizon() || cells > 1 << 26 || d.sample() > 1 << 24) {
            throw new IOException("aggregates of implausible sizes " + d);
        }
        Aggregates a = new Aggregates(d);
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new java.util.zip.InflaterInputStream(is, inflater, 1 << 16), 1 << 16));
            for (Part p : a.parts) p.read(in);
        } finally {
            inflater.end();
        }
        return a;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    public static Aggregates fromBytes(byte[] bytes) {
        try {
            return read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Java serialization (a cluster's task results) goes through the same compact format. */
    private Object writeReplace() throws ObjectStreamException {
        return new Serialized(toBytes());
    }

    private record Serialized(byte[] bytes) implements Serializable {
        private Object readResolve() throws ObjectStreamException {
            return fromBytes(bytes);
        }
    }
}
