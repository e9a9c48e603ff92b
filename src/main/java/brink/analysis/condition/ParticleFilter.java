package brink.analysis.condition;

import brink.model.CrisisModel;
import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.montecarlo.Seeds;
import brink.scenario.Observation;
import brink.scenario.Scenario;
import ec.util.MersenneTwisterFast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Forecasts given what was observed, by sequential importance resampling (a particle filter over days; Gordon,
 * Salmond &amp; Smith 1993; Doucet, de Freitas &amp; Gordon 2001). N runs start as the first N runs of 'brink run' with the
 * same master seed. At each day that carries observations, every run is played to that day and weighted 1 if it
 * agrees with them, 0 if not; the effective sample size is the number that agree. If some disagree, N runs are drawn
 * again from those that agree (systematic resampling): the first copy of each keeps its own future, the others take
 * fresh ones by re-seeding their random streams after that day, so unlikely observations still leave N runs. The
 * forecast is the distribution of outcomes of the N runs played to the end. When no run agrees, the filter has
 * collapsed and says what to try.
 */
public final class ParticleFilter {
    private final Scenario scenario;
    private final Evidence evidence;
    private final long master;
    private List<Particle> particles = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private int assimilated = -1;

    /** What happened at one day with observations. */
    public record Stage(int day, LocalDate date, List<String> observations, int particles, int agreeing, boolean resampled) {
        /** The effective sample size of the weights (with weights 0 and 1, the number of runs that agree). */
        public double ess() {
            return agreeing;
        }

        /** The share of runs that agreed: an estimate of the probability of these observations given the earlier ones. */
        public double share() {
            return (double) agreeing / particles;
        }
    }

    /** No run agreed with the observations of a day. */
    public static final class Collapse extends RuntimeException {
        public final Stage stage;

        Collapse(Stage stage, String message) {
            super(message);
            this.stage = stage;
        }
    }

    public ParticleFilter(Scenario scenario, List<Observation> observations, long master, int n) {
        if (n < 1) throw new IllegalArgumentException("the filter needs at least one run");
        this.scenario = scenario;
        this.evidence = new Evidence(scenario, observations);
        this.master = master;
        for (int k = 0; k < n; k++) particles.add(Particle.of(Seeds.run(master, k)));
    }

    public Evidence evidence() {
        return evidence;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public int size() {
        return particles.size();
    }

    /**
     * Assimilates every observation dated on or before {@code day} not yet used, in date order.
     *
     * @param progress told how many runs have been replayed in this call
     * @throws Collapse when no run agrees with the observations of a day
     */
    public List<Stage> assimilateThrough(int day, Batch batch, LongConsumer progress) {
        List<Stage> out = new ArrayList<>();
        long[] done = {0};
        for (int d : evidence.days()) {
            if (d <= assimilated || d > day) continue;
            out.add(assimilate(d, batch, k -> progress.accept(done[0] + k)));
            done[0] += particles.size();
            assimilated = d;
        }
        return out;
    }

    private Stage assimilate(int day, Batch batch, LongConsumer progress) {
        int n = particles.size();
        boolean[] agree = new boolean[n];
        int block = Math.max(256, batch.threads() * 64);
        for (int from = 0; from < n; from += block) {
            int start = from, size = Math.min(block, n - from);
            List<Boolean> r = batch.map(size, i -> evidence.agrees(day, particles.get(start + i).replay(scenario, day).view()));
            for (int i = 0; i < size; i++) agree[start + i] = r.get(i);
            progress.accept(start + size);
        }
        List<Integer> alive = new ArrayList<>();
        for (int i = 0; i < n; i++) if (agree[i]) alive.add(i);
        List<String> what = evidence.on(day).stream().map(Evidence::describe).toList();
        Stage stage = new Stage(day, scenario.date(day), what, n, alive.size(), alive.size() < n && !alive.isEmpty());
        if (alive.isEmpty()) {
            stages.add(stage);
            throw new Collapse(stage, "none of the " + n + " runs agrees with what was observed on " + scenario.date(day) + " (" + String.join("; ", what)
                    + ")" + (stages.size() > 1 ? " given the earlier observations" : "") + ". The forecast cannot be conditioned on it. Try: more runs (--runs; "
                    + "the model may give this history a probability below 1 in " + n + "); check the observation against the scenario (its ids, a talk's date, "
                    + "a forces range in thousand troops) and against a plain batch ('brink run', then 'brink narrate' a run); widen a forces or rung range; "
                    + "or leave the observation out and see which one the model cannot reproduce");
        }
        if (alive.size() < n) particles = resample(alive, day);
        stages.add(stage);
        return stage;
    }

    /** Systematic resampling of n runs from the agreeing ones (all of equal weight). */
    private List<Particle> resample(List<Integer> alive, int day) {
        int n = particles.size(), m = alive.size();
        MersenneTwisterFast rng = new MersenneTwisterFast(Seeds.run(master ^ 0x5E1EC7L, day));
        double u = rng.nextDouble();
        int[] copies = new int[m];
        List<Particle> next = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = (int) Math.min(m - 1, Math.floor((u + i) * m / n));
            Particle p = particles.get(alive.get(j));
            next.add(copies[j]++ == 0 ? p : p.branch(day, Seeds.run(Seeds.run(master ^ 0xC0FFEEL, day), i)));
        }
        return next;
    }

    /** The final runs: replication k is particle k played to the end (its seed column: the run it started as). */
    public Batch.Job job() {
        List<Particle> ps = List.copyOf(particles);
        return k -> {
            Particle p = ps.get((int) k);
            try {
                return new Replication(0, k, p.seed(), p.run(scenario), null);
            } catch (RuntimeException | StackOverflowError e) {
                return new Replication(0, k, p.seed(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        };
    }

    public List<Particle> particles() {
        return List.copyOf(particles);
    }

    /** A model replayed to a day, for tests and inspection. */
    CrisisModel replay(int k, int day) {
        return particles.get(k).replay(scenario, day);
    }
}
