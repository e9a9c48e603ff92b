package brink.model;

import brink.model.decide.Decisions;
import brink.model.ending.Endings;
import brink.model.ending.Results;
import brink.model.events.ScheduledEvent;
import brink.model.force.Forces;
import brink.model.ladder.Ladder;
import brink.model.risk.Risk;
import brink.model.sanctions.Sanctions;
import brink.model.war.War;
import brink.model.world.AllianceAgent;
import brink.model.world.Crisis;
import brink.model.world.Draw;
import brink.model.world.DrawnParameters;
import brink.model.world.StateAgent;
import brink.model.world.Streams;
import brink.model.world.World;
import brink.scenario.ActionSpec;
import brink.scenario.EventSpec;
import brink.scenario.Rung;
import brink.scenario.Scenario;
import brink.scenario.Trigger;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * One replication of a crisis, as a MASON {@code SimState}. {@link #start()} draws the uncertain parameters, builds
 * the {@link World} and puts small {@code Steppable}s on the schedule in the daily order; the schedule does the
 * ordering, the mechanisms (deciding, talks, sanctions, the ladder) do the work on the world. One step is one day:
 * <ol start="0">
 * <li>DAWN: the day's number, stances cleared, arms arriving at the front, mobilisation, old evidence fading;</li>
 * <li>EVENTS: scheduled events, injects and proposed talks, in random order;</li>
 * <li>STATES: bystanders drift along the arms race; principals decide, in random order;</li>
 * <li>WAR: every war fights its day; ceasefires; incidents between forces in contact; loss of control;</li>
 * <li>ALLIANCES: each alliance settles its sanctions with the agreement in force (suspend, lift, snap back), assesses
 * support and may threaten or impose sanctions on the states that escalated, in random order;</li>
 * <li>RESOLUTION: sanctions costs, the rung, agreements, how the crisis may end, the day's record; the day's escalation
 * attributed to the states that made it (for the alliances' sanctions).</li>
 * </ol>
 */
public class CrisisModel extends SimState {
    public static final int DAWN = 0, EVENTS = 1, STATES = 2, WAR = 3, ALLIANCES = 4, RESOLUTION = 5;

    public final transient Scenario scenario;
    private final boolean narrate;
    public final List<String> log = new ArrayList<>();
    private final Streams streams;

    /** The world of the run in progress (null before {@link #start()}). */
    public World world;
    // the world's parts, for the faces (GUI, play) that show them
    public Draw draw;
    public DrawnParameters p;
    public StateAgent[] states;
    public StateAgent[] principals;
    public AllianceAgent[] alliances;
    public Network network;
    public Crisis crisis;
    public Ladder ladder;
    private RunView view;
    /** Talks a state may propose to another, by proposer and other (a row only for a state that proposes), made once per run. */
    private ScheduledEvent[][] proposalEvents;

    public CrisisModel(Scenario scenario, long seed, boolean narrate) {
        super(seed, new DaySchedule());
        this.streams = new Streams(seed);
        reseed(seed);
        this.scenario = scenario;
        this.narrate = narrate;
    }

    @Override
    public void start() {
        super.start();
        log.clear();
        draw = Draw.sample(scenario, streams);
        world = World.build(scenario, draw, streams, log, narrate);
        p = world.p;
        states = world.states;
        principals = world.principals;
        alliances = world.alliances;
        network = world.network;
        crisis = world.crisis;
        ladder = new Ladder(world);
        War.nuclearCamps(world);
        openWars();
        view = new RunView(world);
        Sanctions.begin(world);
        scheduleAgents();
        placeEvents();
        prepareProposals();
    }

    // start() has no loop of its own: the loops live in small methods, which the compiler compiles once each, instead of
    // compiling all of start() with the world's build inlined again on stack (OSR) as the runs' back-edges add up

    /** A crisis that starts with force in use: its wars are open at day 0 (the rung they hold is a floor while they last). */
    private void openWars() {
        for (brink.scenario.FightingSpec f : scenario.crisis().fighting()) {
            int a = world.stateIndex(f.attacker()), d = world.stateIndex(f.defender());
            War.attack(world, a, d, draw.value(f.intensity()), draw.value(f.aim()), f.rung() != null ? f.rung() : scenario.crisis().initialRung());
            world.forceUsed(states[a]);
        }
    }

    /** The day's order: dawn, the principals in a random order, the others, the fighting, the alliances, the resolution. */
    private void scheduleAgents() {
        schedule.scheduleRepeating(Schedule.EPOCH, DAWN, new Dawn(world), 1.0);
        // principals decide in a random order each day; the others only drift and need no shuffle
        Steppable[] turns = new Steppable[principals.length];
        for (int i = 0; i < turns.length; i++) turns[i] = new Turn(this, principals[i]);
        schedule.scheduleRepeating(Schedule.EPOCH, STATES, new RandomSequence(turns), 1.0);
        Steppable[] others = new Steppable[states.length - principals.length];
        int o = 0;
        for (StateAgent st : states) if (!st.isPrincipal()) others[o++] = new Turn(this, st);
        if (others.length > 0) schedule.scheduleRepeating(Schedule.EPOCH, STATES, new Sequence(others), 1.0);
        Steppable[] alls = new Steppable[alliances.length];
        for (int i = 0; i < alls.length; i++) alls[i] = new AllianceTurn(world, alliances[i]);
        schedule.scheduleRepeating(Schedule.EPOCH, WAR, new Fighting(world), 1.0);
        if (alls.length > 0) schedule.scheduleRepeating(Schedule.EPOCH, ALLIANCES, new RandomSequence(alls), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, RESOLUTION, new Resolution(this), 1.0);
    }

    private void placeEvents() {
        List<EventSpec> events = scenario.events();
        for (int i = 0; i < events.size(); i++) place(events.get(i), world.talkIndexOfEvent(i));
    }

    private void prepareProposals() {
        proposalEvents = new ScheduledEvent[states.length][];
        for (StateAgent s : principals) {
            for (int j = 0; j < s.actions.length; j++) {
                int t = s.actionTarget[j];
                if (s.actions[j].kind() == ActionSpec.Kind.PROPOSE_TALKS && t >= 0) proposal(s.index, t);
            }
        }
    }

    /** The talks this state may propose to that one (made the first time, then placed again at each proposal). */
    private ScheduledEvent proposal(int a, int b) {
        if (proposalEvents[a] == null) proposalEvents[a] = new ScheduledEvent[states.length];
        if (proposalEvents[a][b] == null) {
            StateAgent s = states[a], r = states[b];
            EventSpec spec = new EventSpec("proposed-" + s.id, "talks proposed by " + s.name, null, EventSpec.Type.TALKS,
                    List.of(s.id, r.id), null, null, null, null, null, null, null, null, null, null);
            proposalEvents[a][b] = new ScheduledEvent(world, spec, -1, draw);
        }
        return proposalEvents[a][b];
    }

    /** Puts talks proposed by a state on the schedule at their day (the pair is pending until they are held). */
    private void placeProposal(int a, int b, int day) {
        ScheduledEvent ev = proposal(a, b);
        ev.announce();
        ((DaySchedule) schedule).scheduleDay(day, EVENTS, ev);
    }

    /**
     * Re-seeds every random stream of the run: MASON's generator (the schedule's shuffles) with all 64 bits, and the
     * streams of each purpose (decisions, talks, sanctions votes, events, incidents, battles). Parameters already
     * drawn stay as they are. Used to draw a new future for a run in progress (play's forecasts, conditioning).
     */
    public final void reseed(long seed) {
        random.setSeed(new int[]{(int) seed, (int) (seed >>> 32)});
        if (streams != null) streams.reseed(seed);
    }

    /** MASON's console sets a new seed this way between runs: every stream follows it. */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        reseed(seed);
    }

    /** Puts an event on the schedule at its day; events dated in the past are refused. */
    public void place(EventSpec e, int talkIndex) {
        int day = scenario.day(e.date());
        if (day < currentDay()) throw new IllegalArgumentException("event " + e.id() + " is dated before the current day");
        ScheduledEvent ev = new ScheduledEvent(world, e, talkIndex, draw);
        ev.announce();
        ((DaySchedule) schedule).scheduleDay(day, EVENTS, ev);
    }

    /** An instructor's inject during a run: validated by the caller, placed like a scheduled event. */
    public void inject(EventSpec e) {
        place(e, -1);
        world.say("inject scheduled for " + e.date() + ": " + e.name());
    }

    /** The day the next step plays (0 before the first). */
    public int currentDay() {
        double t = schedule.getTime();
        return t < 0 || t == Schedule.AFTER_SIMULATION ? 0 : (int) t + 1;
    }

    /** Plays one day. Returns false when the run has ended (then {@link #record()} gives its record). */
    public boolean stepDay() {
        if (crisis == null) throw new IllegalStateException("start() the model first");
        if (crisis.ended) return false;
        schedule.step(this);
        return !crisis.ended;
    }

    /** Runs the replication to its end and returns its record. */
    public RunRecord run() {
        start();
        while (stepDay()) {
            // each step is one day; the ladder ends the run at the horizon or on an absorbing outcome
        }
        finish();
        return record();
    }

    /** A read-only view of the run in progress, for the packages that watch a run (analysis, classroom). */
    public RunView view() {
        if (view == null) throw new IllegalStateException("start() the model first");
        return view;
    }

    /** Rungs that uses of force lead to (incursion, invasion, a strike on an alliance), in ladder order. */
    public static List<Integer> forceRungs(Scenario s) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (Rung r : s.ladder()) {
            for (Trigger t : r.triggers()) {
                if (t.action() == null) continue;
                ActionSpec.Kind k = s.action(t.action()).orElseThrow().kind();
                if (k == ActionSpec.Kind.INCURSION || k == ActionSpec.Kind.INVASION || k == ActionSpec.Kind.STRIKE_ALLIANCE) out.add(r.level());
            }
        }
        return List.copyOf(out);
    }

    public brink.scenario.ContestedIssue issue() {
        return world.issue();
    }

    public int outcomeIndex() {
        return world.outcomeIndex();
    }

    public RunRecord record() {
        Crisis c = crisis;
        int oi = outcomeIndex();
        double[] endForces = new double[states.length];
        for (int i = 0; i < states.length; i++) endForces[i] = states[i].forces;
        int[] imposed = new int[alliances.length];
        double[] cohesion = new double[alliances.length];
        for (int i = 0; i < alliances.length; i++) {
            imposed[i] = alliances[i].imposedTier;
            cohesion[i] = alliances[i].cohesion;
        }
        Results r = Results.of(world);
        if (world.narrating()) world.say(() -> "outcome: " + scenario.outcomes().get(oi).name() + " (peak rung " + c.peak + ", " + ladder.names[c.peak] + "); "
                + r.describe(world));
        return new RunRecord(seed(), scenario.outcomes().get(oi).id(), oi, c.peak, c.rung, c.day,
                c.firstDay.clone(), draw.values(), imposed, cohesion, c.talkResult.clone(), endForces,
                c.rungByDay, c.tensionByDay, c.forcesByDay, c.severity, r.termination(), r.terminationDay(), r.durationDays(),
                c.firstForceDay, r.firstForceDays(), r.losses(), r.results(), r.positions(), c.majorMoves, c.majorMovesWorse,
                c.endReason, List.copyOf(log));
    }

    public boolean narrating() {
        return narrate;
    }

    public int stateIndex(String id) {
        return world.stateIndex(id);
    }

    // ------------------------------------------------------------------ the daily steps

    /** First of each day: the day's number, yesterday's sanctions stances cleared, arms arriving, mobilisation, beliefs fading. */
    static final class Dawn implements Steppable {
        private final World w;

        Dawn(World w) {
            this.w = w;
        }

        @Override
        public void step(SimState state) {
            w.crisis.day = (int) state.schedule.getTime();
            for (StateAgent s : w.states) s.sanctionsStance = 0;
            War.dawn(w);
            brink.model.decide.Beliefs.fade(w);
        }
    }

    /** A state's turn: forces drift along the arms race; a principal then decides. Talks it proposed go on the schedule. */
    static final class Turn implements Steppable {
        private final CrisisModel model;
        private final StateAgent s;

        Turn(CrisisModel model, StateAgent s) {
            this.model = model;
            this.s = s;
        }

        @Override
        public void step(SimState state) {
            World w = model.world;
            if (w.crisis.ended) return;
            Decisions.drift(w, s);
            if (!s.isPrincipal()) return;
            Decisions.decide(w, s);
            for (int i = 0; i < w.proposalCount(); i++) model.placeProposal(w.proposedBy(i), w.proposedTo(i), w.proposedDay(i));
            w.clearProposals();
        }
    }

    /** The wars' day: battles, ceasefires, then the risks nobody chose (incidents, loss of control). */
    static final class Fighting implements Steppable {
        private final World w;

        Fighting(World w) {
            this.w = w;
        }

        @Override
        public void step(SimState state) {
            if (w.crisis.ended) return;
            War.fight(w);
            War.ceasefires(w, w.outlook, w.ruinScratch);
            Risk.incidents(w);
            Risk.lossOfControl(w);
        }
    }

    /** An alliance's turn: support, cohesion, threats and impositions. */
    static final class AllianceTurn implements Steppable {
        private final World w;
        private final AllianceAgent a;

        AllianceTurn(World w, AllianceAgent a) {
            this.w = w;
            this.a = a;
        }

        @Override
        public void step(SimState state) {
            if (!w.crisis.ended) Sanctions.aggregate(w, a);
        }
    }

    /** Last of each day: sanctions costs, the ladder, the record; when the run ends nothing more is scheduled. */
    static final class Resolution implements Steppable {
        private final CrisisModel model;

        Resolution(CrisisModel model) {
            this.model = model;
        }

        @Override
        public void step(SimState state) {
            World w = model.world;
            if (w.crisis.ended) return;
            Sanctions.accrueCosts(w);
            model.ladder.resolve(w);
            Sanctions.observe(w);
            Endings.close(w, model.ladder);
            if (w.crisis.ended) state.schedule.clear();
        }
    }
}
