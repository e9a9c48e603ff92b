package brink.cli;

import brink.montecarlo.Batch;
import brink.results.BatchWriter;
import brink.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(header = "Measure throughput: runs/s at 1 thread and at all cores, speed-up, peak heap.", name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput as 'brink run' records it in manifest.json (runsPerSecond): replications per second through the same batch runner and results writer, into a temporary folder that is deleted afterwards. First a warm-up (the JIT compiles the hot loop), then --repeats rounds that each measure 1 thread and T threads side by side; prints the median and the range (lowest–highest) of runs/s and of the speed-up, agent-steps/s and the peak heap.",
                "",
                "On a machine shared with other work the range shows how much the figures moved; compare speed-ups measured in one session."},
        footer = {"", "Examples:", "  brink bench", "  brink bench --runs 8000 --repeats 7", "  brink bench my-crisis.json --threads 4"})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per measurement (default ${DEFAULT-VALUE}).", defaultValue = "4000")
    long runs;

    @Option(names = "--repeats", paramLabel = "R", description = "Measurements of each thread count after the warm-up (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int repeats;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for the parallel measurement (default: all cores).")
    Integer threads;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "Least time spent warming up before measuring (default ${DEFAULT-VALUE}).", defaultValue = "3")
    double warmup;

    /** One measurement: runs/s and agent-steps/s. */
    record Rate(double runsPerSecond, double agentStepsPerSecond) {
    }

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || runs > 100_000_000L) throw new Main.BadInput("--runs must be 1 to 100,000,000, got " + runs);
        if (repeats < 1 || repeats > 1000) throw new Main.BadInput("--repeats must be 1 to 1,000, got " + repeats);
        if (!(warmup >= 0 && warmup <= 3600)) throw new Main.BadInput("--warmup must be 0 to 3,600 seconds, got " + warmup);
        Scenario s = scenario.load();
        int cores = Threads.resolve(threads);
        System.out.printf(Locale.ROOT, "scenario %s: %d states, %d alliances, %d days; %,d runs per measurement, %d repeats, 1 and %d threads%n",
                s.id(), s.states().size(), s.alliances().size(), s.horizonDays(), runs, repeats, cores);
        Path tmp = Files.createTempDirectory("brink-bench-");
        try {
            long warmRuns = Math.max(100, runs / 4);
            long t0 = System.nanoTime();
            int rounds = 0;
            do {
                measure(s, 1, warmRuns, tmp);
                measure(s, cores, warmRuns, tmp);
                rounds++;
            } while ((System.nanoTime() - t0) / 1e9 < warmup && rounds < 100);
            System.out.printf(Locale.ROOT, "warm-up: %d round%s in %.1f s%n", rounds, rounds == 1 ? "" : "s", (System.nanoTime() - t0) / 1e9);
            double[] one = new double[repeats], all = new double[repeats], speedUp = new double[repeats];
            double[] stepsOne = new double[repeats], stepsAll = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                Rate a = measure(s, 1, runs, tmp);
                Rate b = measure(s, cores, runs, tmp);
                one[i] = a.runsPerSecond();
                all[i] = b.runsPerSecond();
                stepsOne[i] = a.agentStepsPerSecond();
                stepsAll[i] = b.agentStepsPerSecond();
                speedUp[i] = b.runsPerSecond() / a.runsPerSecond();
            }
            System.out.printf(Locale.ROOT, "%-10s %22s %24s%n", "threads", "runs/s median (range)", "agent-steps/s median");
            System.out.printf(Locale.ROOT, "%-10d %22s %24s%n", 1, figure(one), String.format(Locale.ROOT, "%,.0f", median(stepsOne)));
            System.out.printf(Locale.ROOT, "%-10d %22s %24s%n", cores, figure(all), String.format(Locale.ROOT, "%,.0f", median(stepsAll)));
            System.out.printf(Locale.ROOT, "speed-up 1 → %d threads: %.2f (range %.2f–%.2f over %d repeats)%n", cores, median(speedUp),
                    min(speedUp), max(speedUp), repeats);
        } finally {
            delete(tmp);
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load > Runtime.getRuntime().availableProcessors()) {
            System.out.printf(Locale.ROOT, "warning: the machine was busy (load average %.1f on %d cores): other work shared the cores, "
                    + "so these figures, and the speed-up most, are lower and noisier than on a quiet machine%n", load, Runtime.getRuntime().availableProcessors());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf(Locale.ROOT, "peak heap: %.1f MB (max heap %.0f MB)%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    private static String figure(double[] v) {
        return String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", median(v), min(v), max(v));
    }

    /**
     * Runs/s of a batch as 'brink run' times it: from starting the pool until the last run is written to runs.csv
     * (daily.csv and summary.json, written once at the end, are not part of the rate).
     */
    private static Rate measure(Scenario s, int threads, long n, Path tmp) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "run-");
        long[] days = new long[1];
        long t0 = System.nanoTime();
        try (Batch b = new Batch(threads); BatchWriter writer = new BatchWriter(dir, s, List.of(), List.of())) {
            b.run(writer.rows(Batch.of(s, 1)), 0, n, r -> {
                writer.accept(r);
                if (r.replication().record() != null) days[0] += r.replication().record().endDay() + 1;
            });
            double secs = (System.nanoTime() - t0) / 1e9;
            return new Rate(n / secs, days[0] * (double) (s.states().size() + s.alliances().size()) / secs);
        } finally {
            delete(dir);
        }
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static void delete(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
