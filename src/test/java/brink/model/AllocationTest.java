package brink.model;

import brink.TestScenarios;
import brink.montecarlo.Seeds;
import brink.model.world.Conflict;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hot loop allocates nothing: after a warm-up, a simulated day ({@link CrisisModel#stepDay()}) allocates no
 * byte (counted by the JVM per thread, not timed). The one exception is a day a war opens or ends: it adds the
 * war's record to the run's history (a {@code Conflict} with its two side arrays, a slot in the list, the text of
 * how it ended), which the run's results read; those days are allowed a small bound per war, and counted.
 *
 * <p>The check runs in a JVM of its own with the C1 compiler only: C2's deoptimisation occasionally puts a few
 * objects of its own on the heap of the thread it stops (seen on random days, never under -Xint or C1), and C1 has
 * no escape analysis, so an allocation written in the model cannot be hidden by the compiler either. Each measured
 * run is played once before it is measured, so a path seen first (a constant resolved, a class loaded) is not counted.
 */
class AllocationTest {
    private static final int WARM_UP = 100, MEASURED = 80;
    /** Bytes a war's record may take on the day it opens or ends (object, two side arrays, list growth, text). */
    private static final long PER_WAR_EVENT = 2048;

    @Test
    void theSeedsDaysAllocateNothing() throws Exception {
        fork(TestScenarios.SEED, 1);
    }

    @Test
    void libraryCrisesDaysAllocateNothing() throws Exception {
        fork(Path.of("scenarios/cuba-1962-10.yaml"), 2);
        fork(Path.of("scenarios/crimea-2014-02.yaml"), 3);
    }

    @Test
    void theFictionalScenarioDaysAllocateNothing() throws Exception {
        fork(TestScenarios.FICTIONAL, 4);
    }

    private static void fork(Path scenario, long master) throws IOException, InterruptedException {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled(), "the JVM counts no allocation");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process p = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                AllocationTest.class.getName(), scenario.toString(), Long.toString(master))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
    }

    /** Plays the scenario's runs and checks every day; prints what failed and exits 1. */
    public static void main(String[] args) {
        Scenario s = TestScenarios.load(Path.of(args[0]));
        long master = Long.parseLong(args[1]);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int k = 0; k < WARM_UP; k++) new CrisisModel(s, Seeds.run(master, k), false).run();
        long days = 0, warDays = 0;
        for (int k = WARM_UP; k < WARM_UP + MEASURED; k++) {
            new CrisisModel(s, Seeds.run(master, k), false).run();
            CrisisModel m = new CrisisModel(s, Seeds.run(master, k), false);
            m.start();
            boolean more = true;
            while (more) {
                int opened = m.crisis.conflicts.size(), active = active(m.crisis.conflicts, opened);
                long before = mx.getCurrentThreadAllocatedBytes();
                more = m.stepDay();
                long bytes = mx.getCurrentThreadAllocatedBytes() - before;
                int added = m.crisis.conflicts.size() - opened;
                // wars opened today, wars that were going and ended, wars opened and ended today
                int warEvents = added + (active - active(m.crisis.conflicts, opened)) + (added - (active(m.crisis.conflicts, opened + added) - active(m.crisis.conflicts, opened)));
                days++;
                if (warEvents > 0) warDays++;
                if (bytes > warEvents * PER_WAR_EVENT) {
                    System.out.println(s.id() + " run " + k + " day " + m.crisis.day + ": " + bytes + " bytes allocated"
                            + (warEvents > 0 ? " on a day with " + warEvents + " war openings and endings" : ""));
                    System.exit(1);
                }
            }
        }
        if (days < MEASURED * 10L || warDays > days / 10) {
            System.out.println("unexpected: " + days + " days, " + warDays + " with wars opened or ended");
            System.exit(1);
        }
        System.out.println("ok: " + days + " days, " + warDays + " with wars opened or ended");
    }

    private static int active(List<Conflict> conflicts, int first) {
        int n = 0;
        for (int i = 0; i < first; i++) if (conflicts.get(i).active) n++;
        return n;
    }
}
