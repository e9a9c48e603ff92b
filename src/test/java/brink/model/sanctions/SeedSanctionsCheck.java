package brink.model.sanctions;

import brink.TestScenarios;
import brink.model.CrisisModel;
import brink.model.world.AllianceAgent;
import brink.model.world.SanctionsRegime;
import brink.montecarlo.Seeds;
import brink.scenario.Scenario;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seed's sanctions diagnostics over a batch (not a unit test; run by hand): share of runs threatening each tier
 * by day 30 and the median day of the first threat, share imposing each tier, share imposing any tier with no use of
 * force, and which members vote down a step that then fails.
 * <pre>
 *   mvn -q -o test-compile
 *   java -cp "target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *       brink.model.sanctions.SeedSanctionsCheck 3000 20220107 [--set PATH=VALUE ...]
 * </pre>
 */
public final class SeedSanctionsCheck {
    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        long master = Long.parseLong(args[1]);
        String[] sets = java.util.Arrays.stream(args).skip(2).filter(a -> !a.equals("--set")).toArray(String[]::new);
        Scenario s = TestScenarios.seed(sets);
        int tiers = s.sanctionsTiers().size();
        int[] threatBy30 = new int[tiers + 1], imposedEver = new int[tiers + 1];
        int[][] firstThreat = new int[tiers + 1][runs];
        int imposedNoForce = 0, noForce = 0, force = 0, imposedWithForce = 0, war = 0, warTopTier = 0;
        double[] damage = new double[runs];
        int warRung = brink.model.CrisisModel.forceRungs(s).stream().filter(r -> s.ladder().get(r).name().toLowerCase(Locale.ROOT).contains("invasion")).findFirst().orElse(s.ladder().size() - 1);
        Map<String, Integer> vetoes = new TreeMap<>();
        for (int k = 0; k < runs; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(master, k), false);
            m.start();
            int[] first = new int[tiers + 1];
            java.util.Arrays.fill(first, -1);
            // the highest tier imposed at any time (tiers lifted under an agreement count: they were imposed)
            int imposed = 0;
            do {
                int t = m.world.maxThreatenedTier();
                for (int x = 1; x <= t; x++) if (first[x] < 0) first[x] = Math.max(0, m.crisis.day);
                for (AllianceAgent al : m.alliances) {
                    for (int j : al.regime.targets) imposed = Math.max(imposed, al.regime.imposed[j]);
                }
            } while (m.stepDay());
            for (AllianceAgent al : m.alliances) {
                SanctionsRegime r = al.regime;
                for (int j : r.targets) imposed = Math.max(imposed, r.imposed[j]);
                for (int mm = 0; mm < r.members; mm++) {
                    if (r.vetoed[mm]) vetoes.merge(al.id + ":" + m.states[al.members[mm]].id, 1, Integer::sum);
                }
            }
            for (int x = 1; x <= tiers; x++) {
                firstThreat[x][k] = first[x];
                if (first[x] >= 0 && first[x] <= 30) threatBy30[x]++;
                if (imposed >= x) imposedEver[x]++;
            }
            int target = -1;
            for (AllianceAgent al : m.alliances) if (al.has(brink.scenario.AllianceSpec.Instrument.SANCTIONS) && al.adversary >= 0) target = al.adversary;
            damage[k] = target < 0 ? 0 : m.states[target].sanctionsDamage;
            if (m.crisis.peak >= warRung) {
                war++;
                if (imposed >= tiers) warTopTier++;
            }
            boolean usedForce = m.crisis.firstForceDay >= 0;
            if (usedForce) force++; else noForce++;
            if (imposed > 0 && !usedForce) imposedNoForce++;
            if (imposed > 0 && usedForce) imposedWithForce++;
        }
        System.out.printf(Locale.ROOT, "runs %d, master seed %d, overrides %s%n", runs, master, java.util.Arrays.toString(sets));
        for (int x = 1; x <= tiers; x++) {
            int[] days = java.util.Arrays.stream(firstThreat[x]).filter(d -> d >= 0).sorted().toArray();
            String median = days.length == 0 ? "-" : Integer.toString(days[days.length / 2]);
            System.out.printf(Locale.ROOT, "tier %d (%s): threatened by day 30 in %.1f%% of runs (ever %.1f%%, median first day %s); imposed in %.1f%%%n",
                    x, s.sanctionsTiers().get(x - 1).name(), 100.0 * threatBy30[x] / runs, 100.0 * days.length / runs, median, 100.0 * imposedEver[x] / runs);
        }
        System.out.printf(Locale.ROOT, "runs with no use of force: %d (%.1f%%); imposing any tier with no use of force: %d (%.1f%% of all runs)%n",
                noForce, 100.0 * noForce / runs, imposedNoForce, 100.0 * imposedNoForce / runs);
        System.out.printf(Locale.ROOT, "runs with force: %d; imposing any tier among them: %d (%.1f%%)%n", force, imposedWithForce, force == 0 ? 0 : 100.0 * imposedWithForce / force);
        java.util.Arrays.sort(damage);
        System.out.printf(Locale.ROOT, "runs reaching rung %d (%s): %d; with the top tier imposed: %d (%.1f%%)%n", warRung, s.ladder().get(warRung).name(),
                war, warTopTier, war == 0 ? 0 : 100.0 * warTopTier / war);
        System.out.printf(Locale.ROOT, "target's GDP lost to sanctions by the end (share of a year's GDP): median %.4f, P90 %.4f, max %.4f%n",
                damage[runs / 2], damage[(int) (runs * 0.9)], damage[runs - 1]);
        System.out.println("members voting down a step that failed (share of runs):");
        vetoes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-12s %5.1f%%%n", e.getKey(), 100.0 * e.getValue() / runs));
    }
}
