package brink.cli;

import brink.montecarlo.Batch;
import brink.results.Aggregates;
import brink.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Callable;

@Command(header = "Measure throughput: runs/s at 1 thread and at all cores, speed-up, peak heap.", name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput: runs/s of a scenario at 1 thread and at all cores, the speed-up, agent-steps/s and peak heap. Runs go through the same batch runner and streaming aggregates as 'brink run', without writing files."},
        footer = {"", "Example:", "  brink bench --runs 5000"})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per measurement (default ${DEFAULT-VALUE}).", defaultValue = "4000")
    long runs;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for the parallel measurement (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        Scenario s = scenario.load();
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        System.out.printf("scenario %s: %d states, %d alliances, %d days; %d runs per measurement%n", s.id(), s.states().size(),
                s.alliances().size(), s.horizonDays(), runs);
        measure(s, 1, Math.max(200, runs / 4), false);
        double one = measure(s, 1, runs, true);
        measure(s, cores, Math.max(200, runs / 4), false);
        double all = measure(s, cores, runs, true);
        System.out.printf("speed-up 1 → %d threads: %.2f%n", cores, all / one);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("peak heap: %.1f MB (max heap %.0f MB)%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    /** Runs/s for a batch; prints the figures when {@code report} (warm-up rounds are silent). */
    private double measure(Scenario s, int threads, long n, boolean report) {
        Aggregates agg = new Aggregates(s, 0);
        long[] days = new long[1];
        long t0 = System.nanoTime();
        try (Batch b = new Batch(threads)) {
            b.run(Batch.of(s, 1), 0, n, r -> {
                agg.add(r.run(), r);
                if (r.record() != null) days[0] += r.record().endDay() + 1;
            });
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double rate = n / secs;
        if (report) {
            double agentSteps = days[0] * (double) (s.states().size() + s.alliances().size()) / secs;
            System.out.printf("%d thread%s: %,.0f runs/s, %,.0f agent-steps/s (%.2f s)%n", threads, threads == 1 ? " " : "s", rate, agentSteps, secs);
        }
        return rate;
    }
}
