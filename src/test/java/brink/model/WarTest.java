package brink.model;

import brink.TestScenarios;
import brink.model.war.War;
import brink.model.world.Conflict;
import brink.model.world.StateAgent;
import brink.montecarlo.Seeds;
import brink.scenario.ActorResult;
import brink.scenario.Scenario;
import brink.scenario.Termination;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** War as a process, and how crises end (Model v2, part 1), on the small two-state scenario and the seed. */
class WarTest {
    static final Path DUEL = Path.of("src/test/resources/scenarios/duel.yaml");

    static Scenario duel(String... overrides) {
        return TestScenarios.load(DUEL, overrides);
    }

    /** A started run of the scenario in which the state takes the action (by id) on day 0, whatever it would have chosen. */
    static CrisisModel forced(Scenario s, long seed, String state, String... actions) {
        CrisisModel m = new CrisisModel(s, seed, false);
        m.start();
        StateAgent st = m.states[m.stateIndex(state)];
        for (String action : actions) {
            for (int i = 0; i < st.actions.length; i++) if (st.actions[i].id().equals(action)) st.forcedChoice = i;
            m.stepDay();
        }
        return m;
    }

    @Test
    void aWarCanEndInVictoryDefeatAndCeasefire() {
        // an even war: Redland invades Blueland with forces a little above Blueland's mobilised strength
        // (a coarse front, so wars are decided within the horizon; ceasefires possible but not certain)
        Scenario s = duel("states.RED.forces=140", "states.RED.deployable=0", "parameters.ceasefireRate=0.05", "parameters.controlStep=0.1");
        Set<String> seen = new java.util.TreeSet<>();
        for (long k = 0; k < 400 && seen.size() < 3; k++) {
            CrisisModel m = forced(s, Seeds.run(5, k), "RED", "recognise", "invasion");
            assertEquals(1, m.crisis.conflicts.size(), "the invasion opens a war");
            while (m.stepDay()) {
                // to the end
            }
            m.finish();
            RunRecord r = m.record();
            Conflict war = m.crisis.conflicts.get(0);
            if (r.termination() == Termination.IMPOSED) {
                ActorResult red = r.results()[m.stateIndex("RED")], blu = r.results()[m.stateIndex("BLU")];
                assertNotEquals(red, blu, "one side imposed the outcome on the other");
                seen.add(red == ActorResult.VICTORY ? "attacker victory" : "attacker defeat");
            }
            if (war.ending.contains("ceasefire")) seen.add("ceasefire");
        }
        assertEquals(Set.of("attacker victory", "attacker defeat", "ceasefire"), seen, "each way a war ends is seen");
    }

    @Test
    void moreEngagedStrengthGainsGroundFaster() {
        double weak = meanFront(100), strong = meanFront(160);
        assertTrue(strong > weak + 0.05, "mean front after 15 days: " + strong + " > " + weak);
        // and the contest success function itself
        var p = new CrisisModel(duel(), 1, false);
        p.start();
        assertTrue(War.daily(150, 100, p.p) > War.daily(120, 100, p.p));
        assertTrue(War.daily(100, 100, p.p) < 0.5, "the defender's advantage");
    }

    private static double meanFront(double forces) {
        Scenario s = duel("states.RED.forces=" + forces, "states.RED.deployable=0", "parameters.ceasefireRate=0", "parameters.controlStep=0.05");
        double sum = 0;
        int n = 200;
        for (long k = 0; k < n; k++) {
            CrisisModel m = forced(s, Seeds.run(9, k), "RED", "recognise", "invasion");
            for (int d = 0; d < 15 && m.crisis.conflicts.get(0).active; d++) m.stepDay();
            sum += m.crisis.conflicts.get(0).control;
        }
        return sum / n;
    }

    @Test
    void forcesNeverNegativeAndPositionsStayOnTheAxis() {
        Scenario s = duel("states.RED.forces=150", "parameters.attrition=0.02");
        for (long k = 0; k < 60; k++) {
            CrisisModel m = forced(s, Seeds.run(3, k), "RED", "recognise", "invasion");
            do {
                for (StateAgent st : m.states) {
                    assertTrue(st.forces >= 0 && !Double.isNaN(st.forces), st.id + " forces " + st.forces);
                    assertTrue(st.losses >= 0);
                }
                assertTrue(m.crisis.statusQuo >= 0 && m.crisis.statusQuo <= 1, "position " + m.crisis.statusQuo);
                for (Conflict c : m.crisis.conflicts) assertTrue(c.control >= 0 && c.control <= 1);
            } while (m.stepDay());
        }
    }

    @Test
    void anAttackedAllianceMemberBringsInTheAlliance() {
        CrisisModel m = forced(duel("states.RED.forces=150"), 1, "RED", "recognise", "invasion");
        Conflict war = m.crisis.conflicts.get(0);
        int grn = m.stateIndex("GRN");
        assertEquals(-1, war.side(grn), "Greenland, Blueland's ally in a collective-defence league, fights beside it");
        assertEquals(1, war.side(m.stateIndex("RED")));
        // without collective defence it stays out
        CrisisModel alone = forced(duel("states.RED.forces=150", "alliances.LEAGUE.instruments=[]"), 1, "RED", "recognise", "invasion");
        assertEquals(0, alone.crisis.conflicts.get(0).side(grn));
        // the seed: a Russian strike on NATO brings its members in
        CrisisModel seed = new CrisisModel(TestScenarios.seed(), 2, false);
        seed.start();
        int rus = seed.stateIndex("RUS"), usa = seed.stateIndex("USA");
        Conflict c = War.attack(seed.world, rus, usa, 0.5, 0.5, 7);
        for (int mem : seed.alliances[seed.world.allianceIndex("NATO")].members) assertEquals(-1, c.side(mem), seed.states[mem].id);
        assertEquals(0, c.side(seed.stateIndex("UKR")), "Ukraine is a partner, not a member");
    }

    @Test
    void anAgreementStopsTalksOnItsIssueAndRunsOneSettlementClock() {
        // every talk a breakthrough: the first talks settle, the second are not held
        Scenario s = duel("parameters.cutStalemate=-300", "parameters.cutProgress=-200", "parameters.cutBreakthrough=-100", "crisis.settlementDays=40");
        CrisisModel m = new CrisisModel(s, 4, false);
        m.start();
        RunView v = m.view();
        while (m.stepDay() && v.day() < 10) {
            // to the first scheduled talks (talks proposed earlier may have settled the issue already)
        }
        assertNotNull(m.crisis.accord, "a breakthrough began an agreement");
        int since = m.crisis.agreementSince;
        if (since < 10) assertEquals("not-held", v.talkResult("envoys"), "talks after the agreement are not held");
        else assertEquals("breakthrough", v.talkResult("envoys"));
        assertTrue(m.crisis.accord.bound[m.stateIndex("BLU")] && m.crisis.accord.bound[m.stateIndex("RED")]);
        while (m.stepDay() && v.day() < 30) {
            assertEquals(since, m.crisis.agreementSince, "one settlement clock");
        }
        if (m.crisis.accord != null) assertEquals("not-held", v.talkResult("envoys-2"), "no talks while the agreement is in force");
        StateAgent red = m.states[m.stateIndex("RED")];
        for (int i = 0; i < red.actions.length; i++) {
            if (red.actions[i].id().equals("propose-talks") && m.crisis.accord != null) assertFalse(brink.model.Preview.open(m, red, i), "no proposals either");
        }
    }

    @Test
    void theSubjectOfAnIssueIsBoundByAnAgreementItDidNotSign() {
        CrisisModel m = new CrisisModel(TestScenarios.seed(), 1, false);
        m.start();
        m.world.beginAgreement(Termination.FORMAL_AGREEMENT, 0.3, new int[]{m.stateIndex("USA"), m.stateIndex("RUS")}, new int[]{m.world.allianceIndex("NATO")});
        assertTrue(m.world.isParty(m.stateIndex("UKR")), "Ukraine is the issue's subject");
        assertTrue(m.world.isParty(m.stateIndex("POL")), "an alliance's agreement binds its members");
        assertFalse(m.world.isParty(m.stateIndex("BLR")));
    }

    @Test
    void everyEndedCrisisRecordsItsFormAndDay() {
        Scenario s = TestScenarios.seed();
        Set<Termination> forms = EnumSet.noneOf(Termination.class);
        for (long k = 0; k < 300; k++) {
            RunRecord r = new CrisisModel(s, Seeds.run(1, k), false).run();
            if (r.endReason().startsWith("the crisis has ended")) {
                assertNotEquals(Termination.NONE, r.termination(), r.endReason());
                assertTrue(r.terminationDay() >= 0 && r.terminationDay() <= r.endDay(), "termination day " + r.terminationDay());
                assertEquals(r.terminationDay() - s.day(s.crisis().triggerDate()) + 1, r.durationDays());
            }
            if (r.termination() == Termination.NONE) {
                assertEquals(-1, r.terminationDay());
                assertEquals(r.endDay() - s.day(s.crisis().triggerDate()) + 1, r.durationDays(), "an open crisis lasts to the last day simulated");
            }
            forms.add(r.termination());
            for (double q : r.positions()) assertTrue(q >= 0 && q <= 1);
            for (int i = 0; i < s.states().size(); i++) {
                if (s.states().get(i).actions().isEmpty()) assertNull(r.results()[i]);
                else assertNotNull(r.results()[i]);
            }
        }
        assertTrue(forms.size() >= 3, "several forms of termination occur: " + forms);
    }

    @Test
    void theLadderComesDownWhenTheWarEnds() {
        Scenario s = duel("states.RED.forces=140", "states.RED.deployable=0", "parameters.ceasefireRate=0.5");
        boolean down = false;
        for (long k = 0; k < 100 && !down; k++) {
            CrisisModel m = forced(s, Seeds.run(6, k), "RED", "recognise", "invasion");
            int warRung = m.crisis.rung;
            assertEquals(5, warRung);
            while (m.stepDay()) {
                if (!m.crisis.atWar() && m.crisis.rung < warRung) down = true;
                if (m.crisis.atWar()) assertTrue(m.crisis.rung >= warRung, "the war holds its rung");
            }
        }
        assertTrue(down, "after a ceasefire the crisis leaves the war's rung");
    }

    /** Steps the run day by day and checks the state's theatre forces stay within its ceiling and its daily move limit. */
    private static void withinCeilingAndDailyLimit(CrisisModel m, StateAgent st, int days) {
        double cap = Math.max(st.ceiling, st.forces0), before = st.forces;
        for (int d = 0; d < days && m.stepDay(); d++) {
            assertTrue(st.forces <= cap + 1e-9, st.id + " day " + m.crisis.day + ": " + st.forces + " above its ceiling " + cap);
            assertTrue(st.forces - before <= st.maxBuildUp + 1e-9, st.id + " day " + m.crisis.day + ": +" + (st.forces - before) + " in a day, limit " + st.maxBuildUp);
            before = st.forces;
        }
    }

    @Test
    void aStateStruckAwayFromHomeBringsOnlyWhatItCanDeployAtItsDailyLimit() {
        // the seed: a strike on Russia's forces (not an invasion of its territory); Russia declares what it can deploy
        Scenario s = TestScenarios.seed();
        int checked = 0;
        for (long k = 0; k < 20 && checked < 4; k++) {
            CrisisModel m = forced(s, Seeds.run(8, k), "USA", "strike-russia");
            if (!m.crisis.atWar()) continue; // the run ended on the day of the strike
            StateAgent rus = m.states[m.stateIndex("RUS")];
            assertTrue(rus.mobilising, "struck, Russia mobilises");
            withinCeilingAndDailyLimit(m, rus, 40);
            checked++;
        }
        assertEquals(4, checked, "runs in which the war went on");
    }

    @Test
    void aStateAttackedAtHomeMobilisesItsReservesButLiftBoundsADeclaredDeployment() {
        // Blueland invaded at home with no declared deployment: its reserves join in place, faster than its move limit
        CrisisModel home = forced(duel("states.RED.forces=150"), 2, "RED", "recognise", "invasion");
        StateAgent blu = home.states[home.stateIndex("BLU")];
        double before = blu.forces;
        home.stepDay();
        assertTrue(blu.forces - before > blu.maxBuildUp, "reserves at home take time but need no lift: +" + (blu.forces - before));
        // the same with a declared deployable: what reaches the theatre is bounded by it and by the daily move limit
        for (long k = 0; k < 4; k++) {
            CrisisModel m = forced(duel("states.RED.forces=150", "states.BLU.deployable=10"), Seeds.run(2, k), "RED", "recognise", "invasion");
            withinCeilingAndDailyLimit(m, m.states[m.stateIndex("BLU")], 40);
        }
        // an occupied overseas territory (a distant theatre): the day after, the defender has not brought its whole army
        Scenario falklands = TestScenarios.load(Path.of("scenarios/falklands-1982-03.yaml"));
        for (long k = 0; k < 4; k++) {
            CrisisModel m = forced(falklands, Seeds.run(3, k), "ARG", "occupy");
            StateAgent gbr = m.states[m.stateIndex("GBR")];
            assertTrue(gbr.mobilising, "occupied, it mobilises");
            withinCeilingAndDailyLimit(m, gbr, 30);
        }
    }

    @Test
    void aSideThatLostItsEngagedForcesButCanStillSendMoreIsNotDefeatedAtOnce() {
        // Redland attacks with a small force that Blueland overwhelms; if Redland can still deploy far more than it
        // engaged, the war goes on (bargaining while fighting) instead of an imposed end; with nothing to send, the
        // same collapse is a defeat
        Scenario canSend = duel("states.RED.forces=3", "states.RED.deployable=100", "alliances.LEAGUE.instruments=[]", "parameters.ceasefireRate=0", "parameters.attrition=0.02");
        Scenario cannot = duel("states.RED.forces=3", "states.RED.deployable=0", "states.RED.maxBuildUp=0", "alliances.LEAGUE.instruments=[]", "parameters.ceasefireRate=0", "parameters.attrition=0.02");
        int imposedCan = 0, imposedCannot = 0, n = 30;
        for (long k = 0; k < n; k++) {
            imposedCan += imposedWithin(canSend, Seeds.run(7, k), 10) ? 1 : 0;
            imposedCannot += imposedWithin(cannot, Seeds.run(7, k), 10) ? 1 : 0;
        }
        assertEquals(0, imposedCan, "a side with forces to send can fight back");
        assertEquals(n, imposedCannot, "engaged forces overwhelmed with nothing to send is a defeat");
    }

    private static boolean imposedWithin(Scenario s, long seed, int days) {
        CrisisModel m = forced(s, seed, "RED", "recognise", "invasion");
        for (int d = 0; d < days && m.stepDay(); d++) {
            // a few days of war
        }
        return m.crisis.conflicts.get(0).ending.contains("collapse") && !m.crisis.conflicts.get(0).active;
    }
}
