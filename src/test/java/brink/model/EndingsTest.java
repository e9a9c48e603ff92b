package brink.model;

import brink.model.talks.Diplomacy;
import brink.model.world.Conflict;
import brink.model.world.StateAgent;
import brink.montecarlo.Seeds;
import brink.scenario.Scenario;
import brink.scenario.Termination;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static brink.model.WarTest.duel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How crises end in peacetime, in ICB's forms: a calm crisis fades (tacit), talks reach an understanding (semi-formal)
 * or a signed settlement (formal); a crisis that starts with force in use keeps the rung its fighting holds while it
 * lasts; an ultimatum is set once at a time.
 */
class EndingsTest {

    /** The form of termination of each of n runs. */
    private static Map<Termination, Integer> endings(Scenario s, int n) {
        Map<Termination, Integer> seen = new EnumMap<>(Termination.class);
        for (long k = 0; k < n; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(11, k), false);
            m.run();
            RunRecord r = m.record();
            seen.merge(r.termination(), 1, Integer::sum);
        }
        return seen;
    }

    /** Redland and Blueland with words and talks only (no force, no build-up). */
    private static final String[] QUIET = {"states.RED.actions=[\"hold\",\"demand\",\"propose-talks\"]", "states.BLU.actions=[\"hold\",\"warn\",\"propose-talks\"]",
            "states.RED.forces=70", "states.RED.maxBuildUp=0", "states.BLU.maxBuildUp=0", "parameters.incidentRate=0"};

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aCalmCrisisFadesAndATenseOneDoesNot() {
        // talks never succeed (the breakthrough cut point out of reach), the crisis starts calm: it fades, tacitly
        Scenario calm = duel(with(QUIET, "crisis.initialTension=0.2", "crisis.initialRung=1", "parameters.cutBreakthrough=50", "parameters.cutProgress=49",
                "parameters.wordsWeight=0"));
        Map<Termination, Integer> e = endings(calm, 30);
        assertEquals(30, e.getOrDefault(Termination.TACIT, 0), "calm crises fade: " + e);
        CrisisModel one = new CrisisModel(calm, Seeds.run(11, 0), false);
        one.run();
        assertTrue(one.crisis.daysPlayed >= calm.crisis().fadeDays(), "fading takes fadeDays of calm");
        // the same crisis kept tense (tension held above fadeTension by a standing event each week) never fades
        Scenario tense = duel(with(QUIET, "crisis.initialTension=0.9", "crisis.initialRung=3", "parameters.cutBreakthrough=50", "parameters.cutProgress=49",
                "parameters.tensionDecay=0", "crisis.fadeTension=0.3"));
        Map<Termination, Integer> t = endings(tense, 30);
        assertEquals(0, t.getOrDefault(Termination.TACIT, 0), "a tense crisis does not fade: " + t);
    }

    @Test
    void talksInPeacetimeEndInAnUnderstandingOrASignedSettlement() {
        // the form follows the change the settlement makes (Lipson 1991): small → semi-formal, large → formal
        CrisisModel m = new CrisisModel(duel(), 1, false);
        m.start();
        double q = m.crisis.statusQuo;
        assertEquals(Termination.SEMI_FORMAL_AGREEMENT, Diplomacy.form(m.world, q + 0.05, false));
        assertEquals(Termination.FORMAL_AGREEMENT, Diplomacy.form(m.world, q + 0.3, false));
        assertEquals(Termination.FORMAL_AGREEMENT, Diplomacy.form(m.world, q, true), "a settlement that ends a war is signed");
        // sides close to the status quo settle near it: an understanding; far apart, a signed settlement
        String[] easy = with(QUIET, "parameters.cutBreakthrough=-3", "parameters.cutProgress=-4", "parameters.cutStalemate=-5");
        Map<Termination, Integer> near = endings(duel(with(easy, "states.RED.positions.strip=0.5", "states.BLU.positions.strip=0.7")), 20);
        assertEquals(20, near.getOrDefault(Termination.SEMI_FORMAL_AGREEMENT, 0), "close to the status quo: " + near);
        Map<Termination, Integer> far = endings(duel(with(easy, "issues.strip.statusQuo=0.95", "states.RED.forces=250")), 20);
        assertEquals(20, far.getOrDefault(Termination.FORMAL_AGREEMENT, 0), "a settlement that moves the strip: " + far);
        // a form the scenario declares for the talks wins
        // (only the scheduled talks are held; the same talks undeclared would end in a signed settlement)
        String[] scheduled = with(easy, "issues.strip.statusQuo=0.95", "states.RED.forces=250", "states.RED.actions=[\"hold\"]", "states.BLU.actions=[\"hold\"]");
        Map<Termination, Integer> signed = endings(duel(scheduled), 20);
        assertEquals(20, signed.getOrDefault(Termination.FORMAL_AGREEMENT, 0), "undeclared: " + signed);
        Map<Termination, Integer> letters = endings(duel(with(scheduled, "events.envoys.form=semi-formal-agreement", "events.envoys-2.form=semi-formal-agreement")), 20);
        assertEquals(20, letters.getOrDefault(Termination.SEMI_FORMAL_AGREEMENT, 0), "talks declared semi-formal: " + letters);
    }

    @Test
    void aCrisisThatStartsWithForceInUseHoldsItsRungWhileTheFightingLasts() {
        Scenario s = duel("crisis.initialRung=4", "crisis.fighting=[{\"attacker\":\"RED\",\"defender\":\"BLU\",\"intensity\":0.2}]",
                "parameters.ceasefireRate=0.3", "states.RED.actions=[\"hold\",\"withdraw\",\"propose-talks\"]");
        boolean cameDown = false;
        for (long k = 0; k < 20; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(13, k), false);
            m.start();
            Conflict war = m.crisis.conflicts.get(0);
            assertTrue(war.active, "the fighting is open at day 0");
            assertEquals(0, m.crisis.firstForceDay, "force is in use from day 0");
            while (m.stepDay()) {
                if (war.active) assertTrue(m.crisis.rung >= 4, "while the fighting lasts the ladder stays on its rung: " + m.crisis.rung);
                else if (m.crisis.rung < 4) cameDown = true;
            }
            if (!war.active && m.crisis.rungByDay[m.crisis.daysPlayed - 1] < 4) cameDown = true;
        }
        assertTrue(cameDown, "once the fighting ends the ladder can come down");
        // without the fighting, the same start can fall below the rung at once (the rung has no condition holding it)
        CrisisModel calm = new CrisisModel(duel("crisis.initialRung=4", "states.RED.actions=[\"hold\"]"), 1, false);
        calm.start();
        calm.stepDay();
        assertTrue(calm.crisis.rung < 4);
    }

    @Test
    void anUltimatumIsSetOnceAtATime() {
        Scenario s = duel("states.RED.actions=[\"hold\",\"ultimatum\",\"demand\"]");
        for (long k = 0; k < 20; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(17, k), false);
            m.start();
            StateAgent red = m.states[m.stateIndex("RED")];
            int ultimatum = 1;
            do {
                if (red.deadline >= m.crisis.day) assertFalse(brink.model.decide.Decisions.isOpen(m.world, red, ultimatum), "a second ultimatum while one runs");
            } while (m.stepDay());
        }
    }
    @Test
    void aStateThatGivesInOrWithdrawsEndsTheCrisisUnilaterally() {
        // Blueland, one concession step from Redland's ideal, gives in: the crisis ends by its unilateral act on that day
        String[] yielding = with(QUIET, "states.BLU.actions=[\"hold\",\"warn\",\"concede\"]", "parameters.cutBreakthrough=50", "parameters.cutProgress=49");
        Scenario s = duel(with(yielding, "issues.strip.statusQuo=0.05"));
        for (long k = 0; k < 10; k++) {
            CrisisModel m = WarTest.forced(s, Seeds.run(19, k), "BLU", "concede");
            assertEquals(Termination.UNILATERAL, m.crisis.termination, "a concession that meets the rival's ideal");
            assertEquals(0, m.crisis.terminationDay);
            assertEquals(m.stateIndex("BLU"), m.crisis.terminationBy);
        }
        // a coercer that stands down its demands withdraws: unilateral, on its own account (a defeat: it gained nothing)
        Scenario coercer = duel("parameters.incidentRate=0");
        for (long k = 0; k < 10; k++) {
            CrisisModel m = WarTest.forced(coercer, Seeds.run(23, k), "RED", "demand", "withdraw");
            assertEquals(Termination.UNILATERAL, m.crisis.termination, "a coercer's withdrawal");
            m.finish();
            assertEquals(brink.scenario.ActorResult.DEFEAT, m.record().results()[m.stateIndex("RED")]);
        }
        // a concession short of the rival's ideal does not end anything
        Scenario far = duel(yielding);
        CrisisModel m = WarTest.forced(far, Seeds.run(19, 0), "BLU", "concede");
        assertEquals(null, m.crisis.termination, "a partial concession");
        assertEquals(0.5, m.crisis.statusQuo, 1e-9);
    }

    @Test
    void aWarWonImposesTheOutcomeAndAWarNotFoughtImposesNothing() {
        // Redland invades with overwhelming strength: Blueland's defence collapses and the outcome is imposed
        Scenario strong = duel("states.RED.forces=300", "states.RED.activeForces=600", "states.BLU.forces=20", "states.BLU.activeForces=25",
                "parameters.ceasefireRate=0", "parameters.controlStep=0.1", "parameters.incidentRate=0");
        int imposed = 0;
        for (long k = 0; k < 10; k++) {
            CrisisModel m = WarTest.forced(strong, Seeds.run(29, k), "RED", "recognise", "invasion");
            while (m.stepDay()) {
                // to the end
            }
            m.finish();
            RunRecord r = m.record();
            if (r.termination() == Termination.IMPOSED) {
                imposed++;
                assertEquals(brink.scenario.ActorResult.VICTORY, r.results()[m.stateIndex("RED")]);
                assertEquals(brink.scenario.ActorResult.DEFEAT, r.results()[m.stateIndex("BLU")]);
                assertTrue(r.terminationDay() >= 1, "imposed on the day the defence collapsed");
            }
        }
        assertEquals(10, imposed, "an overwhelming invasion imposes its outcome");
        // with no force used, nothing is imposed
        Map<Termination, Integer> quiet = endings(duel(QUIET), 20);
        assertEquals(0, quiet.getOrDefault(Termination.IMPOSED, 0), "no war, no imposed outcome: " + quiet);
    }

    @Test
    void aCoercerThatGotWhatItWantedStandsDownAndTheCrisisFades() {
        // Richardson's grievance is against the status quo (Organski & Kugler 1980): once concessions bring the strip
        // near Redland's ideal, its build-up has no grievance left to answer
        CrisisModel m = new CrisisModel(duel(), 1, false);
        m.start();
        StateAgent red = m.states[m.stateIndex("RED")];
        assertEquals(1, brink.model.force.Forces.dissatisfaction(m.world, red), 1e-9);
        double before = brink.model.force.Forces.rate(m.world, red);
        m.crisis.statusQuo = 0.15;
        assertEquals(0.25, brink.model.force.Forces.dissatisfaction(m.world, red), 1e-9);
        assertEquals(before - 0.75 * red.grievance, brink.model.force.Forces.rate(m.world, red), 1e-9);
        // a status quo moved against it does not raise its grievance above the drawn value
        m.crisis.statusQuo = 0.9;
        assertEquals(1, brink.model.force.Forces.dissatisfaction(m.world, red), 1e-9);
    }
}
