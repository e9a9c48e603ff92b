package brink.model;

import brink.scenario.ActionSpec;
import brink.scenario.AllianceSpec;
import brink.scenario.EventSpec;
import brink.scenario.OutcomeSpec;
import brink.scenario.Relation;
import brink.scenario.Rung;
import brink.scenario.SanctionsTier;
import brink.scenario.Scenario;
import brink.scenario.StateSpec;
import brink.scenario.Trigger;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One replication of a crisis. {@link #start()} draws the uncertain parameters from the run's generator and
 * builds the world: a state agent per state, an alliance agent per alliance, the relations as a MASON Network,
 * and every scheduled event on the Schedule at its day. One step is one day; within a day the schedule's
 * orderings give: dawn, events, state decisions (in random order), alliance decisions, resolution on the ladder.
 */
public class CrisisModel extends SimState {
    public static final int DAWN = 0, EVENTS = 1, STATES = 2, ALLIANCES = 3, RESOLUTION = 4;

    public final transient Scenario scenario;
    private final boolean narrate;
    public final List<String> log = new ArrayList<>();

    public Draw draw;
    public DrawnParameters p;
    public StateAgent[] states;
    public StateAgent[] principals;
    public AllianceAgent[] alliances;
    public Network network;
    public Crisis crisis;
    public EscalationLadder ladder;
    /** The scenario's bargaining events, in scenario order: the talks whose results a run records. */
    public List<EventSpec> talks;

    SanctionsTier[] tiers;
    int[] tierThreatRung, tierImposeRung;
    double[] tierCostToTarget, tierCostToSenders;
    /** For each scenario action, the highest rung a trigger on it leads to (-1 when none). */
    int[] actionRung;
    /** The rung a war over the issue leads to: the highest rung an invasion or incursion leads to. */
    int warRung;
    int[][] partnersOf;
    final double[] talkScratch = new double[4];
    private final Map<String, Integer> stateIdx = new HashMap<>(), allianceIdx = new HashMap<>(), actionIdx = new HashMap<>();
    /** Bargaining events each state takes part in that are scheduled and not yet held. */
    int[] upcomingTalks;
    /** Talks proposed and not yet held, by pair of states (a * n + b with a < b). */
    private boolean[] pendingTalks;
    private int[] agreementParties = new int[0];
    private int[] sanctionsStance;

    public CrisisModel(Scenario scenario, long seed, boolean narrate) {
        super(seed);
        reseed(seed);
        this.scenario = scenario;
        this.narrate = narrate;
    }

    @Override
    public void start() {
        super.start();
        log.clear();
        draw = Draw.sample(scenario, random);
        p = DrawnParameters.of(scenario.parameters(), draw);
        for (int i = 0; i < scenario.actions().size(); i++) actionIdx.put(scenario.actions().get(i).id(), i);
        buildStates();
        buildAlliances();
        buildNetwork();
        buildTiersAndRungs();
        talks = scenario.events().stream().filter(e -> e.type().isBargaining()).toList();
        crisis = new Crisis(scenario.ladder().size(), scenario.actions().size(), talks.size(), scenario.horizonDays(), principals.length);
        crisis.rung = scenario.crisis().initialRung();
        crisis.peak = crisis.rung;
        crisis.firstDay[crisis.rung] = 0;
        if (scenario.ladder().get(crisis.rung).sticky()) crisis.floor = crisis.rung;
        crisis.tension = draw.value(scenario.crisis().initialTension());
        crisis.trust = draw.value(scenario.crisis().initialTrust());
        crisis.statusQuo = draw.value(issue().statusQuo());
        ladder = new EscalationLadder(this);
        for (AllianceAgent al : alliances) Sanctions.aggregate(this, al);

        schedule.scheduleRepeating(Schedule.EPOCH, DAWN, new Dawn(), 1.0);
        // principals decide in a random order each day; the others only drift and need no shuffle
        schedule.scheduleRepeating(Schedule.EPOCH, STATES, new RandomSequence(principals), 1.0);
        StateAgent[] others = java.util.Arrays.stream(states).filter(st -> !st.isPrincipal()).toArray(StateAgent[]::new);
        if (others.length > 0) schedule.scheduleRepeating(Schedule.EPOCH, STATES, new sim.engine.Sequence(others), 1.0);
        if (alliances.length > 0) schedule.scheduleRepeating(Schedule.EPOCH, ALLIANCES, new RandomSequence(alliances), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, RESOLUTION, ladder, 1.0);
        for (EventSpec e : scenario.events()) place(e, talks.indexOf(e));
    }

    /**
     * Seeds the run's generator with all 64 bits (MersenneTwisterFast(long) keeps only the low 32), so distinct
     * run seeds give distinct runs. Also used to draw a new future for a game in progress (play's forecasts).
     */
    public final void reseed(long seed) {
        random.setSeed(new int[]{(int) seed, (int) (seed >>> 32)});
    }

    /** Puts an event on the schedule at its day; events dated in the past are refused. */
    public void place(EventSpec e, int talkIndex) {
        int day = scenario.day(e.date());
        if (day < currentDay()) throw new IllegalArgumentException("event " + e.id() + " is dated before the current day");
        ScheduledEvent ev = new ScheduledEvent(this, e, talkIndex, draw);
        ev.announce(this);
        schedule.scheduleOnce(day, EVENTS, ev);
    }

    /** An instructor's inject during a run: validated by the caller, placed like a scheduled event. */
    public void inject(EventSpec e) {
        place(e, -1);
        say("inject scheduled for " + e.date() + ": " + e.name());
    }

    public int currentDay() {
        double t = schedule.getTime();
        return t < 0 || t == Schedule.AFTER_SIMULATION ? 0 : (int) t + 1;
    }

    /** Runs the replication to its end and returns its record. */
    public RunRecord run() {
        start();
        while (!crisis.ended && schedule.step(this)) {
            // each step is one day; the ladder ends the run at the horizon or on an absorbing outcome
        }
        finish();
        return record();
    }

    private void buildStates() {
        int n = scenario.states().size();
        states = new StateAgent[n];
        for (int i = 0; i < n; i++) stateIdx.put(scenario.states().get(i).id(), i);
        String issue = issue().id();
        List<StateAgent> pr = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StateSpec s = scenario.states().get(i);
            StateAgent a = new StateAgent(i, s, n);
            a.forces = draw.value(s.forces());
            a.activeForces = Math.max(a.forces, draw.value(s.activeForces()));
            a.readiness = draw.value(s.readiness());
            a.maxBuildUp = draw.value(s.maxBuildUp());
            a.forceCost = draw.value(s.forceCost());
            a.gdp = draw.value(s.gdp());
            a.resolve = draw.value(s.resolve());
            a.riskTolerance = draw.value(s.riskTolerance());
            a.pressure = draw.value(s.domesticPressure());
            a.grievance = draw.value(s.grievance());
            a.salience = draw.value(s.salience());
            a.ideal = s.positions().containsKey(issue) ? draw.value(s.positions().get(issue)) : 0.5;
            for (var b : s.beliefs()) {
                int o = stateIdx.get(b.about());
                a.beliefAlpha[o] = draw.value(b.alpha());
                a.beliefBeta[o] = draw.value(b.beta());
            }
            int k = s.actions().size();
            a.actions = new ActionSpec[k];
            a.actionIndex = new int[k];
            a.actionCost = new double[k];
            a.actionTension = new double[k];
            a.actionSignal = new double[k];
            a.actionAmount = new double[k];
            a.actionMinForces = new double[k];
            a.lastUtility = new double[k];
            a.lastProbability = new double[k];
            a.recent = new double[k];
            for (int j = 0; j < k; j++) {
                int ai = actionIdx.get(s.actions().get(j));
                ActionSpec act = scenario.actions().get(ai);
                a.actions[j] = act;
                a.actionIndex[j] = ai;
                a.actionCost[j] = draw.value(act.cost());
                a.actionTension[j] = draw.value(act.tension());
                a.actionSignal[j] = draw.value(act.signal());
                a.actionAmount[j] = draw.value(act.amount());
                a.actionMinForces[j] = draw.value(act.minForces());
            }
            states[i] = a;
            if (a.isPrincipal()) pr.add(a);
        }
        principals = pr.toArray(new StateAgent[0]);
        sanctionsStance = new int[n];
        pendingTalks = new boolean[n * n];
        upcomingTalks = new int[n];
    }

    private void buildAlliances() {
        int n = scenario.alliances().size();
        alliances = new AllianceAgent[n];
        for (int i = 0; i < n; i++) {
            AllianceSpec spec = scenario.alliances().get(i);
            allianceIdx.put(spec.id(), i);
            alliances[i] = new AllianceAgent(i, spec);
        }
    }

    /** Relations become typed, weighted edges; membership, rivals, partners and dependence are read off the network. */
    private void buildNetwork() {
        network = new Network(true);
        for (StateAgent s : states) network.addNode(s);
        for (AllianceAgent a : alliances) network.addNode(a);
        for (AllianceAgent a : alliances) {
            for (String m : a.spec.members()) network.addEdge(new Edge(states[stateIdx.get(m)], a, new Tie(Relation.Type.MEMBER_OF, 1, null)));
        }
        for (Relation r : scenario.relations()) {
            Object from = node(r.from()), to = node(r.to());
            if (r.type() == Relation.Type.MEMBER_OF && network.getEdge(from, to) != null) continue;
            network.addEdge(new Edge(from, to, new Tie(r.type(), draw.value(r.weight()), r.name())));
        }
        List<List<Integer>> partners = new ArrayList<>();
        for (AllianceAgent a : alliances) partners.add(new ArrayList<>());
        for (StateAgent s : states) {
            double bestRival = Double.NEGATIVE_INFINITY;
            List<Integer> member = new ArrayList<>();
            for (Object o : network.getEdgesOut(s)) {
                Edge e = (Edge) o;
                Tie t = (Tie) e.info;
                if (t.type() == Relation.Type.RIVAL && e.getTo() instanceof StateAgent r && t.weight() > bestRival) {
                    bestRival = t.weight();
                    s.rival = r.index;
                } else if (t.type() == Relation.Type.MEMBER_OF && e.getTo() instanceof AllianceAgent a) {
                    member.add(a.index);
                } else if (t.type() == Relation.Type.PARTNER_OF && e.getTo() instanceof AllianceAgent a) {
                    partners.get(a.index).add(s.index);
                }
            }
            s.memberOf = member.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        partnersOf = partners.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        for (StateAgent s : states) {
            for (int a : s.memberOf) {
                if (s.partner < 0 && partnersOf[a].length > 0) s.partner = partnersOf[a][0];
            }
        }
        for (AllianceAgent a : alliances) {
            List<Integer> members = new ArrayList<>();
            for (Object o : network.getEdgesIn(a)) {
                Edge e = (Edge) o;
                if (((Tie) e.info).type() == Relation.Type.MEMBER_OF && e.getFrom() instanceof StateAgent s) members.add(s.index);
            }
            a.members = members.stream().mapToInt(Integer::intValue).sorted().toArray();
            a.adversary = a.spec.adversary() == null ? -1 : stateIdx.get(a.spec.adversary());
            a.lead = a.spec.lead() != null ? stateIdx.get(a.spec.lead()) : largestEconomy(a.members);
            a.dependence = new double[a.members.length];
            a.support = new double[a.members.length];
            for (int k = 0; k < a.members.length; k++) {
                if (a.adversary < 0) continue;
                Edge e = energyEdge(states[a.members[k]], states[a.adversary]);
                a.dependence[k] = e == null ? 0 : ((Tie) e.info).weight();
            }
        }
    }

    private Edge energyEdge(StateAgent from, StateAgent to) {
        for (Object o : network.getEdgesOut(from)) {
            Edge e = (Edge) o;
            if (e.getTo() == to && ((Tie) e.info).type() == Relation.Type.ENERGY_DEPENDENCE) return e;
        }
        return null;
    }

    private int largestEconomy(int[] members) {
        int best = -1;
        for (int m : members) if (best < 0 || states[m].gdp > states[best].gdp) best = m;
        return best;
    }

    private Object node(String id) {
        Integer s = stateIdx.get(id);
        return s != null ? states[s] : alliances[allianceIdx.get(id)];
    }

    private void buildTiersAndRungs() {
        tiers = scenario.sanctionsTiers().toArray(new SanctionsTier[0]);
        int t = tiers.length;
        tierThreatRung = new int[t];
        tierImposeRung = new int[t];
        tierCostToTarget = new double[t];
        tierCostToSenders = new double[t];
        for (int i = 0; i < t; i++) {
            tierThreatRung[i] = tiers[i].threatRung();
            tierImposeRung[i] = tiers[i].imposeRung();
            tierCostToTarget[i] = draw.value(tiers[i].costToTarget());
            tierCostToSenders[i] = draw.value(tiers[i].costToSenders());
        }
        actionRung = new int[scenario.actions().size()];
        java.util.Arrays.fill(actionRung, -1);
        for (Rung r : scenario.ladder()) {
            for (Trigger tr : r.triggers()) if (tr.action() != null) actionRung[actionIdx.get(tr.action())] = Math.max(actionRung[actionIdx.get(tr.action())], r.level());
        }
        warRung = -1;
        for (int i = 0; i < actionRung.length; i++) {
            ActionSpec.Kind k = scenario.actions().get(i).kind();
            if (k == ActionSpec.Kind.INVASION || k == ActionSpec.Kind.INCURSION) warRung = Math.max(warRung, actionRung[i]);
        }
        if (warRung < 0) warRung = scenario.ladder().size() - 1;
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
        String id = scenario.crisis().issue();
        return id == null ? scenario.issues().get(0) : scenario.issues().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** Carries out a state's chosen action: its effects, the signal it sends, the tension it adds, and the story. */
    void act(StateAgent s, int choice) {
        ActionSpec a = s.actions[choice];
        if (a.kind() == ActionSpec.Kind.HOLD) return;
        Crisis c = crisis;
        double before = c.tension;
        String detail = "";
        double moved = 0;
        switch (a.kind()) {
            case BUILD_UP -> {
                // a surge on top of the drift, capped by the state's build-up capacity
                moved = Math.min(Math.min(s.actionAmount[choice], s.maxBuildUp), Math.max(0, s.activeForces - s.forces));
                s.forces += moved;
            }
            case DRAW_DOWN -> {
                moved = -Math.min(s.forces, s.actionAmount[choice]);
                s.forces += moved;
            }
            case REINFORCE_ALLY -> {
                moved = Math.min(s.actionAmount[choice], Math.max(0, s.activeForces - s.forces));
                s.forces += moved;
            }
            case SUPPLY_ARMS -> {
                states[s.partner].supplies += s.actionAmount[choice];
            }
            case PROPOSE_TALKS -> {
                int day = c.day + (int) Math.round(p.talksDelay);
                if (day < scenario.horizonDays()) {
                    StateAgent r = states[s.rival];
                    EventSpec e = new EventSpec("proposed-" + s.id + "-" + day, "talks proposed by " + s.name, scenario.date(day),
                            EventSpec.Type.TALKS, List.of(s.id, r.id), null, null, null, null, null, null, null, null, null, null);
                    pendingTalks[pair(s.index, s.rival)] = true;
                    ScheduledEvent ev = new ScheduledEvent(this, e, -1, draw);
                    ev.announce(this);
                    schedule.scheduleOnce(day, EVENTS, ev);
                    if (narrate) detail = " with " + r.name + " for " + scenario.date(day);
                }
            }
            case CONCEDE -> {
                double target = states[s.rival].ideal, from = c.statusQuo;
                c.statusQuo += Math.signum(target - from) * Math.min(s.actionAmount[choice], Math.abs(target - from));
                s.ideal += Math.signum(target - s.ideal) * Math.min(s.actionAmount[choice] / 2, Math.abs(target - s.ideal));
                if (narrate) detail = String.format(Locale.ROOT, " (position %.2f → %.2f)", from, c.statusQuo);
            }
            case THREATEN_SANCTIONS -> {
                int al = Decisions.nextThreat(this, s);
                if (al >= 0) Sanctions.threaten(this, alliances[al], alliances[al].threatenedTier + 1, " at " + s.name + "'s urging");
            }
            case BACK_SANCTIONS -> sanctionsStance[s.index] = 1;
            case BLOCK_SANCTIONS -> sanctionsStance[s.index] = -1;
            default -> {
            }
        }
        c.addTension(s.actionTension[choice]);
        c.lastActionDay[s.actionIndex[choice]] = c.day;
        boolean kinetic = a.kind() == ActionSpec.Kind.BUILD_UP || a.kind().isForce();
        if (kinetic && c.agreement && isParty(s.index)) {
            c.agreement = false;
            c.agreementSince = -1;
            say(() -> "the agreement collapses: " + s.name + " " + a.name());
        }
        Beliefs.observe(this, s, choice);
        if (narrate) {
            String forces = moved == 0 ? "" : String.format(Locale.ROOT, " (%+.1f, now %.1f thousand troops)", moved, s.forces);
            say(s.name + " " + a.name() + detail + forces + (before == c.tension ? "" : " — tension " + f2(before) + " → " + f2(c.tension)));
        }
    }

    /** A member's vote on a sanctions tier: its own stance today, if it took one, else its drawn inclination. */
    boolean sanctionsVote(int state, boolean inclinedToVeto) {
        int stance = sanctionsStance[state];
        return stance == 0 ? inclinedToVeto : stance < 0;
    }

    void beginAgreement(int a, int b) {
        crisis.agreement = true;
        crisis.agreementSince = crisis.day;
        agreementParties = new int[]{a, b};
        say(() -> "agreement reached between " + states[a].name + " and " + states[b].name);
    }

    boolean isParty(int s) {
        for (int x : agreementParties) if (x == s) return true;
        return false;
    }

    boolean talksPending(int a, int b) {
        return pendingTalks[pair(a, b)];
    }

    void talksHeld(int a, int b) {
        pendingTalks[pair(a, b)] = false;
    }

    private int pair(int a, int b) {
        return Math.min(a, b) * states.length + Math.max(a, b);
    }

    int maxImposedTier() {
        int t = 0;
        for (AllianceAgent a : alliances) t = Math.max(t, a.imposedTier);
        return t;
    }

    int maxThreatenedTier() {
        int t = 0;
        for (AllianceAgent a : alliances) t = Math.max(t, a.threatenedTier);
        return t;
    }

    void recordDay() {
        Crisis c = crisis;
        c.rungByDay[c.day] = (byte) c.rung;
        c.tensionByDay[c.day] = (float) c.tension;
        for (int i = 0; i < principals.length; i++) c.forcesByDay[i][c.day] = (float) principals[i].forces;
        if (c.day >= scenario.horizonDays() - 1) end("horizon reached");
    }

    /** Ends the run; the days left keep the final state, so daily shares count ended runs where they ended. */
    void end(String reason) {
        Crisis c = crisis;
        if (c.ended) return;
        c.ended = true;
        c.endReason = reason;
        for (int d = c.day + 1; d < scenario.horizonDays(); d++) {
            c.rungByDay[d] = (byte) c.rung;
            c.tensionByDay[d] = (float) c.tension;
            for (int i = 0; i < principals.length; i++) c.forcesByDay[i][d] = (float) principals[i].forces;
        }
        say(() -> "the run ends: " + reason);
        schedule.clear();
    }

    public int outcomeIndex() {
        List<OutcomeSpec> os = scenario.outcomes();
        for (int i = 0; i < os.size(); i++) if (os.get(i).matches(crisis.peak, crisis.rung, crisis.agreement)) return i;
        return os.size() - 1;
    }

    public RunRecord record() {
        int oi = outcomeIndex();
        double[] endForces = new double[states.length];
        for (int i = 0; i < states.length; i++) endForces[i] = states[i].forces;
        int[] imposed = new int[alliances.length];
        double[] cohesion = new double[alliances.length];
        for (int i = 0; i < alliances.length; i++) {
            imposed[i] = alliances[i].imposedTier;
            cohesion[i] = alliances[i].cohesion;
        }
        say(() -> "outcome: " + scenario.outcomes().get(oi).name() + " (peak rung " + crisis.peak + ", " + ladder.names[crisis.peak] + ")");
        return new RunRecord(seed(), scenario.outcomes().get(oi).id(), oi, crisis.peak, crisis.rung, crisis.day,
                crisis.firstDay.clone(), draw.values(), imposed, cohesion, crisis.talkResult.clone(), endForces,
                crisis.rungByDay, crisis.tensionByDay, crisis.forcesByDay, List.copyOf(log));
    }

    /** A line of the day-by-day story, dated; costs nothing when the run is not narrated. */
    void say(String text) {
        if (narrate) log.add(scenario.date(crisis == null ? 0 : crisis.day) + "  " + text);
    }

    /** The same, for lines whose text costs something to build: built only when narrating. */
    void say(java.util.function.Supplier<String> text) {
        if (narrate) say(text.get());
    }

    public boolean narrating() {
        return narrate;
    }

    int actionIndex(String id) {
        return actionIdx.get(id);
    }

    public int stateIndex(String id) {
        return stateIdx.get(id);
    }

    int stateIndexOrMinus(String id) {
        return stateIdx.getOrDefault(id, -1);
    }

    int allianceIndex(String id) {
        return allianceIdx.get(id);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** First of each day: the day's number, and yesterday's sanctions stances cleared. */
    static final class Dawn implements Steppable {
        @Override
        public void step(SimState state) {
            CrisisModel m = (CrisisModel) state;
            m.crisis.day = (int) m.schedule.getTime();
            java.util.Arrays.fill(m.sanctionsStance, 0);
            for (AllianceAgent al : m.alliances) {
                double sum = 0;
                for (int mem : al.members) {
                    StateAgent x = m.states[mem];
                    sum += MilitaryPosture.effective(x.forces, x.readiness, x.resolve, m.p.resolveForceWeight);
                }
                al.memberStrength = sum;
            }
        }
    }
}
