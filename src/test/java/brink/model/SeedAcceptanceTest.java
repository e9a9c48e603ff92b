package brink.model;

import brink.TestScenarios;
import brink.model.world.AllianceAgent;
import brink.model.world.StateAgent;
import brink.montecarlo.Seeds;
import brink.scenario.Scenario;
import brink.scenario.Termination;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's acceptance diagnostics of Model v2 (issues 9 and 10) at a size CI can afford: the first {@value #CI_RUNS}
 * runs of master seed 1, i.e. rows 0..{@value #CI_RUNS}-1 of {@code brink run nato-russia-2022-01 --seed 1}. The
 * full-size figures (20,000 and 3,000 runs) are measured with the CLI and recorded in docs/MODEL.md ("Acceptance
 * diagnostics"); the same pass at any size: {@code mvn -o test -Dtest=SeedAcceptanceTest -Dbrink.acceptance.runs=20000}.
 *
 * <p>What a few hundred runs can assert, and the margins: a share below a bound is asserted on the sample's own share
 * (the bound is 2.5 to 10 standard errors above the full-size figure, see each assertion); an invariant (ceilings) is
 * asserted on every day of every run; "occurs at least once" only for the classes whose full-size share makes a miss
 * in {@value #CI_RUNS} runs negligible (at least 1.5%: a miss has chance below 0.3%). The rare classes (NATO–Russia war,
 * nuclear use) are shown reachable in the seed by {@link #theTopOfTheSeedsLadderIsReachableByItsMechanisms()}.
 */
class SeedAcceptanceTest {
    static final int CI_RUNS = 400;

    /** What one pass over the seed's runs found. */
    static final class Tally {
        final Scenario s;
        final int runs;
        final int[] outcome;
        int nuclear, allianceWar, below, censored, ceilingBreaches;
        String worstBreach = "";
        double worstExcess;
        int escalations, escalationsWorseThanBest, escalationsWorseThanHold;
        final double[] rusDay119;
        final List<Double> rusDay119Open = new ArrayList<>();

        Tally(Scenario s, int runs) {
            this.s = s;
            this.runs = runs;
            this.outcome = new int[s.outcomes().size()];
            this.rusDay119 = new double[runs];
        }

        double share(int n) {
            return (double) n / runs;
        }
    }

    static Tally measure(Scenario s, long master, int runs) {
        Tally t = new Tally(s, runs);
        int initial = s.crisis().initialRung(), last = s.horizonDays() - 1;
        int nuclearRung = rungOf(s, "nuclear-use"), warRung = rungOf(s, "nato-russia-war");
        for (int k = 0; k < runs; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(master, k), false);
            m.start();
            AllianceAgent nato = m.alliances[m.world.allianceIndex("NATO")];
            // the deployable ceiling each member starts with (the scenario's deployable, drawn; its active forces when none)
            double[] allowed = new double[nato.members.length];
            for (int j = 0; j < allowed.length; j++) {
                StateAgent st = m.states[nato.members[j]];
                allowed[j] = Math.max(st.ceiling, st.forces0);
            }
            int[] taken = new int[m.principals.length];
            double[] holdValue = new double[m.principals.length];
            do {
                for (int j = 0; j < allowed.length; j++) {
                    StateAgent st = m.states[nato.members[j]];
                    double excess = st.forces - allowed[j];
                    if (excess > 1e-9) {
                        t.ceilingBreaches++;
                        if (excess > t.worstExcess) {
                            t.worstExcess = excess;
                            t.worstBreach = String.format(Locale.ROOT, "(largest: run %d day %d, %s %.1f > ceiling %.1f, start %.1f)", k, m.view().day(), st.id,
                                    st.forces, allowed[j], st.forces0);
                        }
                        allowed[j] = st.forces; // count each further rise once
                    }
                }
                for (int i = 0; i < m.principals.length; i++) {
                    StateAgent p = m.principals[i];
                    int n = 0;
                    for (int x : p.majorTaken) n += x;
                    if (n == taken[i]) continue;
                    taken[i] = n;
                    int choice = p.lastChoice;
                    if (p.actions[choice].kind().direction <= 0) continue; // concessions and withdrawals are no escalations
                    t.escalations++;
                    if (p.lastGap[choice] < 0) t.escalationsWorseThanBest++;
                    // utilities are relative to holding (U = 0), except on the day an ultimatum expires: holding is then backing down,
                    // which costs the ultimatum's audience cost (Fearon 1994)
                    if (p.lastUtility[choice] < holdValue[i]) t.escalationsWorseThanHold++;
                }
                for (int i = 0; i < m.principals.length; i++) {
                    StateAgent p = m.principals[i];
                    holdValue[i] = p.deadline == m.view().day() + 1 ? -p.ultimatumStake : 0;
                }
            } while (m.stepDay());
            m.finish();
            RunRecord r = m.record();
            t.outcome[r.outcomeIndex()]++;
            if (r.peakRung() >= nuclearRung) t.nuclear++;
            if (r.peakRung() >= warRung) t.allianceWar++;
            for (int rung = 0; rung < initial; rung++) {
                if (r.firstDay()[rung] >= 0) {
                    t.below++;
                    break;
                }
            }
            if (r.termination() == Termination.NONE) t.censored++;
            int rus = principal(s, "RUS");
            t.rusDay119[k] = r.principalForcesByDay()[rus][last];
            if (r.endDay() == last) t.rusDay119Open.add(t.rusDay119[k]);
        }
        return t;
    }

    private static int rungOf(Scenario s, String outcome) {
        return s.outcomes().stream().filter(o -> o.id().equals(outcome)).findFirst().orElseThrow().rung();
    }

    private static int principal(Scenario s, String id) {
        for (int i = 0; i < s.principals().size(); i++) if (s.principals().get(i).id().equals(id)) return i;
        throw new AssertionError(id);
    }

    static String report(Tally t, long master) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s, %d runs, master seed %d%n", t.s.id(), t.runs, master));
        for (int i = 0; i < t.outcome.length; i++) b.append(String.format(Locale.ROOT, "  %-22s %6d  %6.2f%%%n", t.s.outcomes().get(i).id(), t.outcome[i], 100 * t.share(t.outcome[i])));
        Percentile pc = new Percentile();
        pc.setData(t.rusDay119);
        double[] open = t.rusDay119Open.stream().mapToDouble(Double::doubleValue).toArray();
        b.append(String.format(Locale.ROOT, "  peak at nuclear use %.2f%%, at NATO–Russia war or above %.2f%%; rungs below the initial reached %.2f%%; open at the horizon %.2f%%%n",
                100 * t.share(t.nuclear), 100 * t.share(t.allianceWar), 100 * t.share(t.below), 100 * t.share(t.censored)));
        b.append(String.format(Locale.ROOT, "  RUS forces on the last day: median %.1f, P95 %.1f (all runs, an ended run keeps its last forces)", pc.evaluate(50), pc.evaluate(95)));
        if (open.length > 0) {
            pc.setData(open);
            b.append(String.format(Locale.ROOT, "; runs still open: %d, median %.1f, P95 %.1f", open.length, pc.evaluate(50), pc.evaluate(95)));
        }
        b.append(String.format(Locale.ROOT, "%n  NATO members above their deployable ceiling: %d %s%n", t.ceilingBreaches, t.worstBreach));
        b.append(String.format(Locale.ROOT, "  major escalations %d: worth less than the best everyday move %d (%.2f%%), less than holding %d (%.2f%%)%n", t.escalations,
                t.escalationsWorseThanBest, 100.0 * t.escalationsWorseThanBest / Math.max(1, t.escalations), t.escalationsWorseThanHold,
                100.0 * t.escalationsWorseThanHold / Math.max(1, t.escalations)));
        return b.toString();
    }

    @Test
    void theSeedMeetsItsAcceptanceDiagnosticsOnAFewHundredRuns() {
        int runs = Integer.getInteger("brink.acceptance.runs", CI_RUNS);
        long master = Long.getLong("brink.acceptance.seed", 1);
        Scenario s = TestScenarios.seed();
        Tally t = measure(s, master, runs);
        System.out.print(report(t, master));
        Percentile pc = new Percentile();
        pc.setData(t.rusDay119);
        double median = pc.evaluate(50), p95 = pc.evaluate(95);
        // margins against the full-size figures of main de5064b (20,000 runs of master seed 1, docs/MODEL.md 9.1): nuclear
        // use 0.02% (bound 2%: about 28 standard errors of a 400-run share away), NATO–Russia war or above 4.1% (bound 10%:
        // 6 SE), rungs below the start in 17.8% (about 70 of 400 expected), RUS forces median 172k and P95 191k (bounds
        // 250k and 300k), escalations worth less than holding 1.9% (bound 10%: about 10 SE)
        assertAll(
                () -> assertTrue(t.share(t.nuclear) < 0.02, "P(nuclear use) < 2%"),
                () -> assertTrue(t.share(t.allianceWar) < 0.10, "P(NATO–Russia war) < 10%"),
                () -> assertTrue(t.below > 0, "rungs below the starting rung are reached in some runs"),
                () -> assertTrue(median < 250, "median RUS theatre forces on the last day < 250k: " + median),
                () -> assertTrue(p95 < 300, "P95 of RUS theatre forces on the last day < 300k: " + p95),
                () -> assertEquals(0, t.ceilingBreaches, "no NATO member's forces grow past its deployable ceiling " + t.worstBreach),
                () -> assertTrue(t.escalations > runs / 10, "major escalations are taken: " + t.escalations),
                () -> assertTrue(t.escalationsWorseThanHold <= 0.10 * t.escalations, "at most 10% of major escalations worth less than holding: "
                        + t.escalationsWorseThanHold + " of " + t.escalations),
                () -> assertTrue(t.escalationsWorseThanBest <= 0.10 * t.escalations, "and at most 10% worth less than the best everyday move: "
                        + t.escalationsWorseThanBest + " of " + t.escalations),
                () -> {
                    // every class but nuclear use is at least 4.9% at full size: a miss in 400 runs has chance below 1e-8
                    for (int i = 0; i < t.outcome.length; i++) {
                        String id = s.outcomes().get(i).id();
                        if (!id.equals("nuclear-use")) assertTrue(t.outcome[i] > 0, id + " occurs");
                    }
                });
    }

    /**
     * NATO–Russia war and nuclear use arise in the seed from its mechanisms, with no move forced: with more incidents
     * turning violent (a clash brings in the alliance by collective defence) and a higher chance of losing control in a
     * war between nuclear-armed camps, both top classes occur in a hundred runs. At the defaults they are rare, not
     * impossible (982 and 7 of 20,000 runs of master seed 1). A stress test of reachability, not a calibration.
     */
    @Test
    void theTopOfTheSeedsLadderIsReachableByItsMechanisms() {
        Scenario stressed = TestScenarios.seed("parameters.incidentViolence=0.3", "parameters.lossOfControl=0.1");
        int warRung = rungOf(stressed, "nato-russia-war"), nuclearRung = rungOf(stressed, "nuclear-use");
        int war = 0, nuclear = 0, top = 0;
        Scenario defaults = TestScenarios.seed();
        for (int k = 0; k < 100; k++) {
            RunRecord r = new CrisisModel(stressed, Seeds.run(3, k), false).run();
            if (r.peakRung() >= nuclearRung) nuclear++;
            else if (r.peakRung() >= warRung) war++;
            if (new CrisisModel(defaults, Seeds.run(3, k), false).run().peakRung() >= warRung) top++;
        }
        assertTrue(war > 0, "a NATO–Russia war without nuclear use occurs");
        assertTrue(nuclear > 0, "nuclear use occurs");
        assertTrue(top < (war + nuclear) / 2, "the stress is what makes them common: " + top + " at the defaults, " + (war + nuclear) + " stressed");
    }

    private static int action(StateAgent s, String id) {
        for (int i = 0; i < s.actions.length; i++) if (s.actions[i].id().equals(id)) return i;
        throw new AssertionError(id);
    }

    /**
     * The top of the seed's ladder can be reached from the alliance's side too (issue 10 item 5): an alliance
     * principal's force option is closed while nobody fights Ukraine; once Russia invades, the United States can
     * intervene, fights on Ukraine's side and the crisis is on the alliance-war rung. Without forcing the American
     * move: when its major moves are drawn at random (its own majorHazard and decisiveness), it intervenes in some runs
     * of an invasion; at the defaults it never did in 20,000 runs (docs/MODEL.md 9.1).
     */
    @Test
    void theTopOfTheSeedsLadderIsReachableFromTheAlliancesSide() {
        Scenario s = TestScenarios.seed();
        CrisisModel calm = new CrisisModel(s, Seeds.run(1, 0), false);
        calm.start();
        StateAgent usa0 = calm.states[calm.stateIndex("USA")];
        calm.stepDay();
        assertFalse(Preview.open(calm, usa0, action(usa0, "defend-ukraine")), "no intervention while nobody fights Ukraine");
        assertFalse(Preview.open(calm, usa0, action(usa0, "strike-russia")), "no strike on Russia below the invasion rung");

        CrisisModel m = WarTest.forced(s, Seeds.run(1, 0), "RUS", "recognise-breakaway", "invasion");
        StateAgent usa = m.states[m.stateIndex("USA")];
        int defend = action(usa, "defend-ukraine");
        assertTrue(Preview.open(m, usa, defend), "open once Russia invades");
        usa.forcedChoice = defend;
        m.stepDay();
        int ukr = m.stateIndex("UKR");
        var war = m.crisis.conflicts.stream().filter(c -> !c.clash && c.side(ukr) != 0).findFirst().orElseThrow();
        assertEquals(war.side(ukr), war.side(m.stateIndex("USA")), "the United States fights on Ukraine's side");
        assertTrue(m.crisis.peak >= rungOf(s, "nato-russia-war"), "the crisis reaches the alliance-war rung: " + m.crisis.peak);

        Scenario bold = TestScenarios.seed("states.USA.parameters.majorHazard=0.5", "states.USA.parameters.majorDecisiveness=0");
        int interventions = 0;
        for (int k = 0; k < 20; k++) {
            CrisisModel r = WarTest.forced(bold, Seeds.run(2, k), "RUS", "recognise-breakaway", "invasion");
            while (r.stepDay()) {
                // to the end
            }
            r.finish();
            if (r.record().firstForceDays()[r.stateIndex("USA")] >= 0) interventions++;
        }
        assertTrue(interventions > 0, "the United States takes the war to Russia by its own choice in some runs");
    }
}
