package brink.model;

import brink.TestScenarios;
import brink.model.world.StateAgent;
import brink.montecarlo.Seeds;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static brink.model.WarTest.duel;
import static brink.model.WarTest.forced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each of Model v2's channels fires in a small scenario built to show it, and does not fire where it should not:
 * incidents, loss of control, desperation, audience costs, ultimatums, preparatory steps. (Sanctions v2's channels,
 * lifting and a hawkish dependent member, are tested with the sanctions mechanism.)
 */
class ChannelsTest {

    private static int index(StateAgent s, String action) {
        for (int i = 0; i < s.actions.length; i++) if (s.actions[i].id().equals(action)) return i;
        throw new AssertionError(action);
    }

    // ------------------------------------------------------------------ incidents

    private static int incidents(Scenario s, int runs) {
        int n = 0;
        for (long k = 0; k < runs; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(2, k), false);
            m.run();
            n += m.crisis.incidents;
        }
        return n;
    }

    @Test
    void incidentsHappenBetweenForcesInContactAndNotWithoutContact() {
        assertTrue(incidents(duel("parameters.incidentRate=0.3"), 40) > 10, "forces in contact at high tension meet in incidents");
        assertEquals(0, incidents(duel("parameters.incidentRate=0"), 40), "no incidents at a zero rate");
        assertEquals(0, incidents(duel("parameters.incidentRate=0.3", "states.BLU.forces=0", "states.BLU.maxBuildUp=0", "actions.invasion.cost=50",
                "actions.incursion.cost=50", "states.BLU.actions=[\"hold\",\"warn\",\"propose-talks\",\"concede\"]"), 40), "no forces on one side, no contact");
    }

    @Test
    void aViolentIncidentIsAClashThatBringsInTheAlliance() {
        Scenario s = duel("parameters.incidentRate=0.3", "parameters.incidentViolence=1", "parameters.ceasefireRate=0.2", "actions.invasion.cost=50",
                "actions.incursion.cost=50");
        boolean clash = false;
        for (long k = 0; k < 100 && !clash; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(2, k), false);
            m.start();
            while (m.stepDay() && !clash) {
                for (var c : m.crisis.conflicts) {
                    if (!c.clash) continue;
                    assertEquals(2, m.crisis.severity, "a clash is minor violence");
                    int grn = m.stateIndex("GRN"), blu = m.stateIndex("BLU");
                    // collective defence answers an attack on a member: when Redland's forces fired first
                    if (c.defender == blu) {
                        clash = true;
                        assertEquals(c.side(blu), c.side(grn), "Blueland's league joins the clash on its side");
                    } else {
                        assertEquals(0, c.side(grn), "a clash Blueland started does not bring in its league");
                    }
                    assertEquals(-1, m.crisis.firstForceDay, "an accident is no deliberate use of force (nobody has used force yet here)");
                }
            }
        }
        assertTrue(clash);
    }

    // ------------------------------------------------------------------ loss of control and desperation

    /** Runs in which a nuclear weapon was used, out of n, after Redland invades on day 1. */
    private static int nuclearUse(Scenario s, int n) {
        int used = 0;
        for (long k = 0; k < n; k++) {
            CrisisModel m = forced(s, Seeds.run(7, k), "RED", "recognise", "invasion");
            while (m.stepDay()) {
                // to the end
            }
            if (m.crisis.peak >= 6) used++;
        }
        return used;
    }

    @Test
    void lossOfControlInAWarBetweenNuclearArmedSides() {
        // deliberate use priced out (a taboo of 50 stake units): only an accident can bring the bomb
        String[] common = {"states.RED.forces=140", "states.RED.deployable=0", "parameters.ceasefireRate=0", "actions.nuclear.cost=50",
                "parameters.lossOfControl=0.3"};
        Scenario armed = duel(concat(common, "states.BLU.nuclear={\"warheads\": 50, \"secondStrike\": 0.5}"));
        assertTrue(nuclearUse(armed, 30) > 0, "a war between nuclear-armed sides can slip into nuclear use");
        assertEquals(0, nuclearUse(duel(common), 30), "no loss of control when only one side is nuclear-armed");
    }

    @Test
    void desperationInALosingWarAgainstAnOpponentWithoutRetaliation() {
        // Redland, nuclear-armed, invades with too little and loses; the taboo is light, the stake vital
        String[] common = {"states.RED.forces=70", "states.RED.deployable=0", "parameters.ceasefireRate=0", "actions.nuclear.cost=0.3",
                "parameters.lossOfControl=0", "parameters.nuclearCoercion=0.8", "states.RED.salience=3"};
        assertTrue(nuclearUse(duel(common), 30) > 0, "facing defeat over a vital issue, with no retaliation to fear, it uses the bomb");
        Scenario deterred = duel(concat(common, "states.GRN.nuclear={\"warheads\": 200, \"secondStrike\": 1}"));
        assertEquals(0, nuclearUse(deterred, 30), "an ally's second strike (collective defence) deters it");
    }

    // ------------------------------------------------------------------ audience costs and ultimatums

    @Test
    void aPublicDemandMakesBackingDownCostly() {
        // the standoff is expensive (upkeep), so Redland would rather stand down unless it has committed itself publicly
        String[] common = {"states.RED.forceCost=0.5", "states.RED.grievance=0"};
        int free = withdrawals(duel(concat(common, "actions.demand.audience=0", "actions.ultimatum.audience=0"))),
                bound = withdrawals(duel(concat(common, "actions.demand.audience=1", "actions.ultimatum.audience=1")));
        assertTrue(free > 10, "without audience costs it stands down: " + free);
        assertTrue(bound < free / 2, "a public commitment keeps it from backing down: " + bound + " < " + free + "/2");
        // and directly: the same situation, with and without a commitment
        CrisisModel m = new CrisisModel(duel(common), 1, false);
        m.start();
        m.stepDay();
        StateAgent red = m.states[m.stateIndex("RED")];
        red.forces = red.forces0 + 10; // something to stand down
        double[] u = new double[red.actions.length], p = new double[red.actions.length];
        red.commitment = 0;
        Preview.decision(m, red, u, p);
        double without = u[index(red, "withdraw")];
        red.commitment = 0.4;
        Preview.decision(m, red, u, p);
        assertEquals(without - 0.4, u[index(red, "withdraw")], 1e-9, "backing down costs the audience cost");
    }

    private static int withdrawals(Scenario s) {
        int n = 0;
        for (long k = 0; k < 60; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(4, k), false);
            m.run();
            StateAgent red = m.states[m.stateIndex("RED")];
            n += red.majorTaken[index(red, "withdraw")];
        }
        return n;
    }

    @Test
    void anUltimatumsDeadlineIsADecisionPoint() {
        double with = deadlineJump(duel()), without = deadlineJump(duel("actions.ultimatum.deadlineDays=60"));
        assertTrue(with > 5, "the hazard of invading jumps on the deadline: x" + with);
        assertTrue(without < 2, "no jump without a deadline that day: x" + without);
    }

    /** The invasion hazard on day 11 (the deadline of an ultimatum set on day 1) over day 10's. */
    private static double deadlineJump(Scenario s) {
        CrisisModel m = forced(s, 3, "RED", "recognise", "ultimatum");
        StateAgent red = m.states[m.stateIndex("RED")];
        int invasion = index(red, "invasion"), hold = index(red, "hold");
        double before = 0, on = 0;
        while (m.view().day() < 11) {
            red.forcedChoice = hold; // it holds throughout: the hazards are read, never acted on
            m.stepDay();
            if (m.view().day() == 10) before = red.lastHazard[invasion];
            if (m.view().day() == 11) on = red.lastHazard[invasion];
        }
        assertTrue(before > 0, "the invasion is open");
        return on / before;
    }

    // ------------------------------------------------------------------ preparatory steps

    @Test
    void aMoveThatRequiresAPreparatoryStepWaitsForIt() {
        CrisisModel m = new CrisisModel(duel(), 1, false);
        m.start();
        StateAgent red = m.states[m.stateIndex("RED")];
        int invasion = index(red, "invasion"), recognise = index(red, "recognise");
        assertFalse(Preview.open(m, red, invasion), "closed until the separatists are recognised");
        red.forcedChoice = recognise;
        m.stepDay();
        assertTrue(Preview.open(m, red, invasion), "open once recognised");
        // with no requirement it is open from the start
        CrisisModel free = new CrisisModel(duel("actions.invasion.requires=[]"), 1, false);
        free.start();
        StateAgent r2 = free.states[free.stateIndex("RED")];
        assertTrue(Preview.open(free, r2, index(r2, "invasion")));
    }

    @Test
    void aPreparatoryStepIsWorthTheMoveItOpens() {
        // when the invasion it would open is attractive, recognising is taken sooner than when the invasion is priced out
        double early = meanDayOfStep(duel("states.RED.forces=170", "states.RED.salience=2.5")),
                late = meanDayOfStep(duel("states.RED.forces=170", "states.RED.salience=2.5", "actions.invasion.cost=5", "actions.incursion.cost=5"));
        assertTrue(early < late, "mean day of recognition " + early + " < " + late);
    }

    private static double meanDayOfStep(Scenario s) {
        double sum = 0;
        int n = 60;
        for (long k = 0; k < n; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(8, k), false);
            m.start();
            StateAgent red = m.states[m.stateIndex("RED")];
            int step = index(red, "recognise");
            int day = s.horizonDays();
            while (m.stepDay()) {
                if (red.taken[step]) {
                    day = m.view().day();
                    break;
                }
            }
            sum += day;
        }
        return sum / n;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void majorEscalationsAreRarelyTakenWhenWorthLessThanTheAlternative() {
        // at most 10% of major moves are taken when worth less than the best everyday move (over 2,000 runs of the seed)
        Scenario s = TestScenarios.seed();
        long moves = 0, worse = 0;
        for (long k = 0; k < 2000; k++) {
            RunRecord r = new CrisisModel(s, Seeds.run(20220107, k), false).run();
            moves += r.majorMoves();
            worse += r.majorMovesWorse();
        }
        assertTrue(moves > 200, "major moves are taken: " + moves);
        assertTrue(worse <= 0.10 * moves, worse + " of " + moves + " major moves were worth less than the best everyday move");
    }
}
