package brink.model.sanctions;

import brink.TestScenarios;
import brink.model.CrisisModel;
import brink.model.talks.Diplomacy;
import brink.model.world.AllianceAgent;
import brink.model.world.SanctionsRegime;
import brink.model.world.StateAgent;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import brink.scenario.Termination;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sanctions channels of Model v2 in a scenario built to show them (src/test/resources/scenarios/sanctions.json):
 * Redland borders the Union's frontline member Frontia, Orangeland is far from everyone; Frontia and the distant
 * Farland depend alike on both for gas. Each channel fires where it should and not where it should not.
 */
class SanctionsTest {
    static final Path SCENARIO = Path.of("src/test/resources/scenarios/sanctions.json");
    static final int HOLD = 0, PROBE = 1, INVADE = 2;
    static final int TARGETED = 0, ENERGY = 1;

    @TempDir
    Path dir;

    private static CrisisModel started(Scenario s, long seed) {
        CrisisModel m = new CrisisModel(s, seed, false);
        m.start();
        return m;
    }

    private static CrisisModel started(long seed) {
        return started(TestScenarios.load(SCENARIO), seed);
    }

    /** One day with the escalators' moves chosen (indices into their actions: hold, probe, invade). */
    private static void day(CrisisModel m, int red, int orange) {
        m.states[m.stateIndex("RED")].forcedChoice = red;
        m.states[m.stateIndex("ORA")].forcedChoice = orange;
        assertTrue(m.stepDay(), "the run ended early");
    }

    private static void hold(CrisisModel m, int days) {
        for (int d = 0; d < days; d++) day(m, HOLD, HOLD);
    }

    private static AllianceAgent union(CrisisModel m) {
        return m.alliances[0];
    }

    private static int member(CrisisModel m, String id) {
        AllianceAgent al = union(m);
        for (int k = 0; k < al.members.length; k++) if (m.states[al.members[k]].id.equals(id)) return k;
        throw new AssertionError(id);
    }

    /** Every member votes for whatever it supports at all (a disposition of 0): the rules decide, not the draws. */
    private static void willing(CrisisModel m) {
        Arrays.fill(union(m).regime.disposition, 0);
    }

    // ------------------------------------------------------------------ the hawkish dependent member

    @Test
    void aDependentButThreatenedFrontlineMemberIsAHawkWhileADistantDependentOneOpposes() {
        CrisisModel m = started(1);
        SanctionsRegime r = union(m).regime;
        int red = m.stateIndex("RED"), fro = member(m, "FRO"), far = member(m, "FAR"), hub = member(m, "HUB");
        assertEquals(0.6, r.dependence[r.at(fro, red)], 1e-12);
        assertEquals(0.6, r.dependence[r.at(far, red)], 1e-12);
        // Redland has escalated to the energy tier's rung (without attacking anyone)
        r.culpability[red] = 3;
        double[] support = new double[r.members];
        Stances.support(m.world, r, red, ENERGY, 3, false, support);
        assertTrue(support[fro] > 0.95, "frontline member's support " + support[fro]);
        assertTrue(support[far] < 0.85, "distant member's support " + support[far]);
        // dependence still costs the frontline member: it is more hawkish than the distant member, not less hawkish than
        // a member with nothing at stake because of its dependence alone
        assertTrue(support[fro] > support[hub], support[fro] + " > " + support[hub]);

        // across runs (each with its members' own dispositions): the frontline member votes for, the distant one blocks
        int froAgainst = 0, farAgainst = 0, blockedByFar = 0, runs = 400;
        AllianceAgent al = union(m);
        for (long seed = 0; seed < runs; seed++) {
            m.reseed(seed);
            SanctionsRegime rx = Sanctions.regime(m.world, al); // the members' dispositions drawn anew
            rx.culpability[red] = 3;
            Stances.support(m.world, rx, red, ENERGY, 3, false, support);
            if (!Stances.votesFor(m.world, al, rx, fro, support)) froAgainst++;
            if (!Stances.votesFor(m.world, al, rx, far, support)) farAgainst++;
            if (Stances.vote(m.world, al, rx, support) == far) blockedByFar++;
        }
        assertTrue(froAgainst <= runs / 50, "frontline member against in " + froAgainst + " of " + runs);
        assertTrue(farAgainst >= runs / 8, "distant member against in " + farAgainst + " of " + runs);
        assertTrue(blockedByFar >= runs / 10, "the distant member's veto blocks the tier in " + blockedByFar + " of " + runs);
    }

    @Test
    void theFrontlineMemberIsNoHawkAgainstAStateThatThreatensItNot() {
        CrisisModel m = started(1);
        SanctionsRegime r = union(m).regime;
        int red = m.stateIndex("RED"), ora = m.stateIndex("ORA"), fro = member(m, "FRO"), far = member(m, "FAR");
        r.culpability[red] = 3;
        r.culpability[ora] = 3;
        double[] vsRed = new double[r.members], vsOrange = new double[r.members];
        Stances.support(m.world, r, red, ENERGY, 3, false, vsRed);
        Stances.support(m.world, r, ora, ENERGY, 3, false, vsOrange);
        // Orangeland is far from Frontia: its dependence on Orangeland's gas is not offset, as for Farland
        assertTrue(vsOrange[fro] < 0.85, "frontline member against a distant escalator: " + vsOrange[fro]);
        assertTrue(vsOrange[fro] < vsRed[fro] - 0.1);
        assertEquals(vsOrange[far], vsOrange[fro], 0.05);
        // and a tier that costs senders little finds the distant dependent member willing
        double[] targeted = new double[r.members];
        r.culpability[red] = 2;
        Stances.support(m.world, r, red, TARGETED, 2, false, targeted);
        assertTrue(targeted[far] > 0.95, "distant member on the targeted tier: " + targeted[far]);
    }

    @Test
    void dependenceRaisesTheVetoOnlyAsFarAsThreatDoesNotOffsetIt() {
        CrisisModel m = started(1);
        SanctionsRegime r = union(m).regime;
        int red = m.stateIndex("RED"), fro = member(m, "FRO"), far = member(m, "FAR");
        r.culpability[red] = 3;
        double[] low = new double[r.members], high = new double[r.members];
        r.dependence[r.at(far, red)] = 0.1;
        r.dependence[r.at(fro, red)] = 0.1;
        Stances.support(m.world, r, red, ENERGY, 3, false, low);
        r.dependence[r.at(far, red)] = 0.9;
        r.dependence[r.at(fro, red)] = 0.9;
        Stances.support(m.world, r, red, ENERGY, 3, false, high);
        assertTrue(high[far] < low[far] - 0.1, "more dependence, less support far away: " + high[far] + " < " + low[far]);
        assertTrue(high[fro] > 0.9, "the frontline member stays a hawk: " + high[fro]);
        // a higher rung of the target's own escalation raises everyone's support
        double[] later = new double[r.members];
        r.culpability[red] = 5;
        Stances.support(m.world, r, red, ENERGY, 3, false, later);
        assertTrue(later[far] > high[far]);
    }

    @Test
    void aMembersOwnCoefficientWinsOverItsAlliancesWhichWinsOverTheGlobalOne() throws Exception {
        Scenario s = modified(t -> {
            ((ObjectNode) t.get("alliances").get(0)).putObject("parameters").put("vetoThreat", 1.0).put("threatCostShare", 0.9);
            for (var st : t.get("states")) if (st.get("id").asText().equals("FAR")) ((ObjectNode) st).putObject("parameters").put("vetoThreat", 3.0).put("vetoIntercept", -7.0);
        });
        CrisisModel m = started(s, 1);
        SanctionsRegime r = union(m).regime;
        int far = member(m, "FAR"), fro = member(m, "FRO");
        assertEquals(3.0, r.wThreat[far], 0, "the member's own value");
        assertEquals(-7.0, r.intercept[far], 0);
        assertEquals(1.0, r.wThreat[fro], 0, "the alliance's value");
        assertEquals(m.p.vetoIntercept, r.intercept[fro], 0, "the global value");
        assertEquals(0.9, r.threatCostShare, 0);
    }

    // ------------------------------------------------------------------ the target is the state that escalated

    @Test
    void eachEscalatorIsSanctionedForItsOwnEscalation() {
        CrisisModel m = started(3);
        willing(m);
        AllianceAgent al = union(m);
        SanctionsRegime r = al.regime;
        int red = m.stateIndex("RED"), ora = m.stateIndex("ORA"), blu = m.stateIndex("BLU");
        // nobody has escalated: the starting rung is nobody's doing when the alliance declares no adversary
        hold(m, 3);
        assertEquals(0, r.threatened[red] + r.threatened[ora] + r.imposed[red] + r.imposed[ora]);
        // a climb on tension alone is nobody's doing either
        m.crisis.tension = 0.95;
        hold(m, 3);
        assertEquals(2, m.crisis.rung);
        assertEquals(0, r.imposed[red] + r.imposed[ora], "no sanctions for a climb nobody caused");
        m.crisis.tension = 0.3;
        hold(m, 2);

        // Redland probes (the grey-zone rung): the targeted tier, imposed on Redland only
        day(m, PROBE, HOLD);
        hold(m, 3);
        assertEquals(1, r.imposed[red], "Redland: the tier its probe warrants");
        assertEquals(0, r.imposed[ora], "Orangeland did nothing");
        assertEquals(red, al.adversary);
        // Orangeland invades Blueland: the energy tier, on Orangeland
        day(m, HOLD, INVADE);
        hold(m, 3);
        assertEquals(2, r.imposed[ora], "Orangeland: every tier up to the war rung");
        assertEquals(1, r.imposed[red], "Redland is not punished for Orangeland's war");
        assertEquals(ora, al.adversary, "the alliance now answers the state whose escalation went highest");
        assertEquals(0, r.imposed[blu] + r.threatened[blu], "the victim, a partner, is never a target");
        assertTrue(r.attacker[ora] && !r.attacker[red]);
        // damage falls on each escalator for the tiers in force on it
        double redDamage = m.states[red].sanctionsDamage, orangeDamage = m.states[ora].sanctionsDamage;
        assertTrue(orangeDamage > 0 && redDamage > 0);
    }

    @Test
    void aDeclaredAdversaryLimitsWhomTheAllianceAnswers() throws Exception {
        Scenario s = modified(t -> ((ObjectNode) t.get("alliances").get(0)).put("adversary", "RED"));
        CrisisModel m = started(s, 3);
        willing(m);
        SanctionsRegime r = union(m).regime;
        int red = m.stateIndex("RED"), ora = m.stateIndex("ORA");
        // the starting rung counts as the declared adversary's doing: the tier threatened from rung 1 without a move
        assertEquals(1, r.culpability[red]);
        hold(m, 1);
        assertEquals(1, r.threatened[red]);
        day(m, HOLD, INVADE);
        hold(m, 3);
        assertFalse(r.eligible(ora));
        assertEquals(0, r.imposed[ora] + r.threatened[ora]);
    }

    // ------------------------------------------------------------------ sanctions under an agreement

    @Test
    void sanctionsAreSuspendedUnderAnAgreementBindingTheTargetAndLiftedWhenItHolds() {
        CrisisModel m = started(5);
        willing(m);
        AllianceAgent al = union(m);
        SanctionsRegime r = al.regime;
        int red = m.stateIndex("RED"), blu = m.stateIndex("BLU");
        day(m, PROBE, HOLD);
        hold(m, 2);
        assertEquals(1, r.imposed[red]);
        assertEquals(1, al.imposedTier);
        agree(m, red, blu);
        hold(m, 1);
        assertTrue(r.suspended(red));
        assertEquals(0, r.inForce(red));
        assertEquals(0, al.imposedTier, "suspended tiers are not in force");
        double damage = m.states[red].sanctionsDamage;
        hold(m, 10);
        assertEquals(damage, m.states[red].sanctionsDamage, 0, "no damage while suspended");
        assertEquals(1, r.imposed[red], "not lifted before the agreement has held sanctionsLiftDays");
        hold(m, (int) m.p.sanctionsLiftDays);
        assertEquals(0, r.imposed[red], "lifted");
        assertEquals(0, r.threatened[red], "threats withdrawn");
        assertEquals(-1, r.culpability[red], "its record cleared");
    }

    @Test
    void suspendedSanctionsSnapBackWhenTheAgreementBreaksDown() {
        CrisisModel m = started(5);
        willing(m);
        SanctionsRegime r = union(m).regime;
        int red = m.stateIndex("RED"), blu = m.stateIndex("BLU");
        day(m, PROBE, HOLD);
        hold(m, 2);
        agree(m, red, blu);
        hold(m, 3);
        assertTrue(r.suspended(red));
        // the target invades: the agreement collapses, the suspended tier is back at once and the war's tier follows
        day(m, INVADE, HOLD);
        assertFalse(m.crisis.agreement);
        hold(m, 1);
        assertFalse(r.suspended(red));
        assertTrue(r.inForce(red) >= 1);
        hold(m, 2);
        assertEquals(2, r.inForce(red));
    }

    @Test
    void anAgreementThatDoesNotBindTheTargetLiftsNothing() {
        CrisisModel m = started(5);
        willing(m);
        SanctionsRegime r = union(m).regime;
        int red = m.stateIndex("RED"), ora = m.stateIndex("ORA"), blu = m.stateIndex("BLU"), hub = m.stateIndex("HUB");
        day(m, PROBE, HOLD);
        hold(m, 2);
        agree(m, ora, blu);
        hold(m, (int) m.p.sanctionsLiftDays + 5);
        assertFalse(r.suspended(red));
        assertEquals(1, r.inForce(red), "Redland is not a party: its sanctions stay");
        // nor one that binds the target with a state outside the alliance's side
        CrisisModel n = started(5);
        willing(n);
        SanctionsRegime rn = union(n).regime;
        day(n, PROBE, HOLD);
        hold(n, 2);
        agree(n, red, ora);
        hold(n, 5);
        assertFalse(rn.suspended(red), "the Union's side is not bound");
        assertTrue(hub >= 0);
    }

    // ------------------------------------------------------------------ damage and its feedback

    @Test
    void damageAccumulatesAndRaisesTheTargetsCostsAndWearsItsResolve() {
        CrisisModel with = started(7), without = started(7);
        willing(with);
        Arrays.fill(union(without).regime.disposition, 1); // nobody ever votes for: the same run without sanctions
        int red = with.stateIndex("RED"), blu = with.stateIndex("BLU");
        for (CrisisModel m : List.of(with, without)) {
            day(m, PROBE, HOLD);
            hold(m, 2);
        }
        assertEquals(1, union(with).regime.inForce(red));
        assertEquals(0, union(without).regime.inForce(red));
        StateAgent target = with.states[red];
        double d1 = target.sanctionsDamage, lost1 = target.gdpLost;
        hold(with, 30);
        hold(without, 30);
        double rate = with.world.tierCostToTarget[0] / 365.0;
        assertEquals(d1 + 30 * rate, target.sanctionsDamage, 1e-12, "damage grows by the tiers' yearly cost / 365 a day");
        assertEquals(lost1 + 30 * rate * target.gdp, target.gdpLost, 1e-9);
        // senders bear costs in proportion to their exposure
        assertTrue(with.states[with.stateIndex("FAR")].gdpLost > 0);
        assertEquals(0, with.states[with.stateIndex("HUB")].gdpLost, 0, "a member with no exposure loses nothing");
        // feedback: resolve worn down, the burden of continuing raised, the bargaining range wider
        StateAgent untouched = without.states[red];
        assertEquals(untouched.currentResolve() * Math.exp(-target.p.damageResolve * target.sanctionsDamage), target.currentResolve(), 1e-12);
        assertTrue(target.currentResolve() < untouched.currentResolve());
        assertEquals(with.world.tierCostToTarget[0] * with.p.sanctionsWeight, Sanctions.burden(with.world, red), 1e-12);
        assertEquals(0, Sanctions.burden(without.world, red), 0);
        assertTrue(Diplomacy.bargainingRange(with.world, red, blu, red) > Diplomacy.bargainingRange(without.world, red, blu, red));
    }

    // ------------------------------------------------------------------ the rule, the lead, the votes

    @Test
    void theRuleDecidesAThreatNotOneMembersUrging() throws Exception {
        // under consensus one member against blocks; under qualified majority the large economies carry it
        for (String rule : new String[]{"consensus", "qualified-majority", "lead-state"}) {
            Scenario s = modified(t -> ((ObjectNode) t.get("alliances").get(0)).put("decisionRule", rule));
            CrisisModel m = started(s, 11);
            AllianceAgent al = union(m);
            SanctionsRegime r = al.regime;
            Arrays.fill(r.disposition, 0);
            r.disposition[member(m, "FRO")] = 1; // Frontia (small) is against whatever happens
            m.states[m.stateIndex("FRO")].forcedChoice = -1;
            day(m, PROBE, HOLD);
            hold(m, 2);
            int red = m.stateIndex("RED");
            boolean consensus = rule.equals("consensus");
            assertEquals(consensus ? 0 : 2, r.threatened[red], rule);
            assertEquals(consensus ? 0 : 1, r.imposed[red], rule);
            assertEquals(rule.equals("consensus"), r.vetoed[member(m, "FRO")], rule);
        }
    }

    @Test
    void votesDoNotFlickerFromDayToDay() {
        // a member against a step stays against it while its situation is unchanged: no daily re-draw
        for (long seed = 0; seed < 20; seed++) {
            CrisisModel m = started(seed);
            SanctionsRegime r = union(m).regime;
            day(m, PROBE, HOLD);
            hold(m, 2);
            int red = m.stateIndex("RED"), imposed = r.imposed[red];
            hold(m, 20);
            assertEquals(imposed, r.imposed[red], "seed " + seed);
        }
    }

    @Test
    void aTeamPlayingTheLeadChoosesTheStepAndTheMembersStillVote() {
        CrisisModel m = started(13);
        willing(m);
        AllianceAgent al = union(m);
        SanctionsRegime r = al.regime;
        int red = m.stateIndex("RED");
        day(m, PROBE, HOLD);
        // the lead holds: no step today although the probe warrants one
        al.leadMove = AllianceAgent.HOLD;
        hold(m, 1);
        assertEquals(AllianceAgent.AUTO, al.leadMove, "the move is used up");
        assertEquals(0, r.imposed[red]);
        // left to itself the alliance imposes what the probe warrants; then the lead proposes the energy tier early
        // (before the war rung): the members vote by the rule, and one against blocks it under consensus
        hold(m, 1);
        assertEquals(1, r.imposed[red]);
        r.disposition[member(m, "FAR")] = 1;
        al.leadMove = AllianceAgent.IMPOSE;
        hold(m, 1);
        assertEquals(1, r.imposed[red], "not passed: Farland against");
        r.disposition[member(m, "FAR")] = 0;
        al.leadMove = AllianceAgent.IMPOSE;
        hold(m, 1);
        assertEquals(2, r.imposed[red], "passed");
    }

    // ------------------------------------------------------------------ helpers

    /** An agreement between two states comes into force today (a settlement at the status quo). */
    private static void agree(CrisisModel m, int a, int b) {
        m.world.beginAgreement(Termination.FORMAL_AGREEMENT, m.crisis.statusQuo, new int[]{a, b}, new int[0]);
    }

    private Scenario modified(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) Loader.JSON.readTree(SCENARIO.toFile());
        change.accept(tree);
        Path f = dir.resolve("sanctions.json");
        Files.writeString(f, Loader.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        return TestScenarios.load(f);
    }
}
