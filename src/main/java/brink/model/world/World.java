package brink.model.world;

import brink.scenario.ActionSpec;
import brink.scenario.AllianceSpec;
import brink.scenario.ContestedIssue;
import brink.scenario.EventSpec;
import brink.scenario.OutcomeSpec;
import brink.scenario.Relation;
import brink.scenario.Rung;
import brink.scenario.SanctionsTier;
import brink.scenario.Scenario;
import brink.scenario.StateSpec;
import brink.scenario.Trigger;
import sim.field.network.Edge;
import sim.field.network.Network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state of one run: the states and alliances, the relations between them, the crisis's global variables, the
 * scenario's constants compiled to indices, the drawn parameters, the random streams and the story so far. Every
 * mechanism reads and changes the world; the world knows no mechanism and no scheduler (Mesa's model/agents split,
 * MASON's SimState holding its fields).
 */
public final class World implements java.io.Serializable {
    public final transient Scenario scenario;
    public final Draw draw;
    public final DrawnParameters p;
    public final Streams streams;
    public final StateAgent[] states;
    public final StateAgent[] principals;
    public final AllianceAgent[] alliances;
    public final Network network;
    public final Crisis crisis;

    public final SanctionsTier[] tiers;
    public final int[] tierThreatRung, tierImposeRung;
    public final double[] tierCostToTarget, tierCostToSenders;
    /** For each scenario action, the highest rung a trigger on it leads to (-1 when none). */
    public final int[] actionRung;
    /** The rung a war over the issue leads to: the highest rung an invasion or incursion leads to. */
    public final int warRung;
    /** The partners (partner-of states) of each alliance. */
    public final int[][] partnersOf;
    /** The scenario's bargaining events, in scenario order: the talks whose results a run records. */
    public final List<EventSpec> talks;
    /** Scratch space for talk probabilities (the daily loop allocates nothing). */
    public final double[] talkScratch = new double[4];

    /** Talks proposed during the run and not yet placed on the schedule (the model places them). */
    public final List<EventSpec> proposals = new ArrayList<>();
    /** Talks proposed and not yet held, by pair of states (a * n + b with a < b). */
    private final boolean[] pendingTalks;
    private int[] agreementParties = new int[0];

    private final Map<String, Integer> stateIdx = new HashMap<>(), allianceIdx = new HashMap<>(), actionIdx = new HashMap<>();
    private final transient List<String> log;
    private final boolean narrate;

    private World(Scenario scenario, Draw draw, Streams streams, List<String> log, boolean narrate) {
        this.scenario = scenario;
        this.draw = draw;
        this.streams = streams;
        this.log = log;
        this.narrate = narrate;
        p = DrawnParameters.of(scenario.parameters(), draw);
        for (int i = 0; i < scenario.actions().size(); i++) actionIdx.put(scenario.actions().get(i).id(), i);
        int n = scenario.states().size();
        for (int i = 0; i < n; i++) stateIdx.put(scenario.states().get(i).id(), i);
        for (int i = 0; i < scenario.alliances().size(); i++) allianceIdx.put(scenario.alliances().get(i).id(), i);
        states = new StateAgent[n];
        List<StateAgent> pr = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            states[i] = buildState(i, scenario.states().get(i));
            if (states[i].isPrincipal()) pr.add(states[i]);
        }
        principals = pr.toArray(new StateAgent[0]);
        alliances = new AllianceAgent[scenario.alliances().size()];
        for (int i = 0; i < alliances.length; i++) alliances[i] = new AllianceAgent(i, scenario.alliances().get(i));
        network = new Network(true);
        partnersOf = buildNetwork();
        streams.key(Arrays.stream(states).map(s -> s.id).toArray(String[]::new), Arrays.stream(alliances).map(a -> a.id).toArray(String[]::new));

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
        Arrays.fill(actionRung, -1);
        for (Rung r : scenario.ladder()) {
            for (Trigger tr : r.triggers()) {
                if (tr.action() != null) actionRung[actionIdx.get(tr.action())] = Math.max(actionRung[actionIdx.get(tr.action())], r.level());
            }
        }
        int war = -1;
        for (int i = 0; i < actionRung.length; i++) {
            ActionSpec.Kind k = scenario.actions().get(i).kind();
            if (k == ActionSpec.Kind.INVASION || k == ActionSpec.Kind.INCURSION) war = Math.max(war, actionRung[i]);
        }
        warRung = war < 0 ? scenario.ladder().size() - 1 : war;

        talks = scenario.events().stream().filter(e -> e.type().isBargaining()).toList();
        pendingTalks = new boolean[n * n];
        crisis = new Crisis(scenario.ladder().size(), scenario.actions().size(), talks.size(), scenario.horizonDays(), principals.length);
        crisis.rung = scenario.crisis().initialRung();
        crisis.peak = crisis.rung;
        crisis.firstDay[crisis.rung] = 0;
        if (scenario.ladder().get(crisis.rung).sticky()) crisis.floor = crisis.rung;
        crisis.tension = draw.value(scenario.crisis().initialTension());
        crisis.trust = draw.value(scenario.crisis().initialTrust());
        crisis.statusQuo = draw.value(issue().statusQuo());
    }

    /** Builds the world of a run from the scenario, its drawn parameters and the run's streams. */
    public static World build(Scenario scenario, Draw draw, Streams streams, List<String> log, boolean narrate) {
        return new World(scenario, draw, streams, log, narrate);
    }

    private StateAgent buildState(int i, StateSpec s) {
        StateAgent a = new StateAgent(i, s, scenario.states().size());
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
        String issue = issue().id();
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
        return a;
    }

    /** Relations become typed, weighted edges; membership, rivals, partners and dependence are read off the network. */
    private int[][] buildNetwork() {
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
        int[][] out = partners.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        for (StateAgent s : states) {
            for (int a : s.memberOf) {
                if (s.partner < 0 && out[a].length > 0) s.partner = out[a][0];
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
        return out;
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

    // ------------------------------------------------------------------ queries

    public ContestedIssue issue() {
        String id = scenario.crisis().issue();
        return id == null ? scenario.issues().get(0) : scenario.issues().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    public int stateIndex(String id) {
        return stateIdx.get(id);
    }

    public int stateIndexOrMinus(String id) {
        return stateIdx.getOrDefault(id, -1);
    }

    public int allianceIndex(String id) {
        return allianceIdx.get(id);
    }

    public int allianceIndexOrMinus(String id) {
        return allianceIdx.getOrDefault(id, -1);
    }

    public int actionIndex(String id) {
        return actionIdx.get(id);
    }

    public int maxImposedTier() {
        int t = 0;
        for (AllianceAgent a : alliances) t = Math.max(t, a.imposedTier);
        return t;
    }

    public int maxThreatenedTier() {
        int t = 0;
        for (AllianceAgent a : alliances) t = Math.max(t, a.threatenedTier);
        return t;
    }

    public int outcomeIndex() {
        List<OutcomeSpec> os = scenario.outcomes();
        for (int i = 0; i < os.size(); i++) if (os.get(i).matches(crisis.peak, crisis.rung, crisis.agreement)) return i;
        return os.size() - 1;
    }

    // ------------------------------------------------------------------ agreements and talks

    public void beginAgreement(int a, int b) {
        crisis.agreement = true;
        crisis.agreementSince = crisis.day;
        agreementParties = new int[]{a, b};
        say(() -> "agreement reached between " + states[a].name + " and " + states[b].name);
    }

    public void endAgreement() {
        crisis.agreement = false;
        crisis.agreementSince = -1;
    }

    public boolean isParty(int s) {
        for (int x : agreementParties) if (x == s) return true;
        return false;
    }

    public boolean talksPending(int a, int b) {
        return pendingTalks[pair(a, b)];
    }

    public void talksProposed(int a, int b) {
        pendingTalks[pair(a, b)] = true;
    }

    public void talksHeld(int a, int b) {
        pendingTalks[pair(a, b)] = false;
    }

    private int pair(int a, int b) {
        return Math.min(a, b) * states.length + Math.max(a, b);
    }

    // ------------------------------------------------------------------ the record of the run

    /** A use of force by a state today: the first day of force, for the state and for the crisis. */
    public void forceUsed(StateAgent s) {
        if (s.firstForceDay < 0) s.firstForceDay = crisis.day;
        if (crisis.firstForceDay < 0) crisis.firstForceDay = crisis.day;
    }

    /** Today's rung, tension and principals' forces; the run ends at the horizon. */
    public void recordDay() {
        Crisis c = crisis;
        c.rungByDay[c.day] = (byte) c.rung;
        c.tensionByDay[c.day] = c.tension;
        for (int i = 0; i < principals.length; i++) c.forcesByDay[i][c.day] = principals[i].forces;
        c.daysPlayed = c.day + 1;
        if (c.day >= scenario.horizonDays() - 1) end("horizon reached");
    }

    /** Ends the run; the days left keep the final state, so daily shares count ended runs where they ended. */
    public void end(String reason) {
        Crisis c = crisis;
        if (c.ended) return;
        c.ended = true;
        c.endReason = reason;
        for (int d = c.day + 1; d < scenario.horizonDays(); d++) {
            c.rungByDay[d] = (byte) c.rung;
            c.tensionByDay[d] = c.tension;
            for (int i = 0; i < principals.length; i++) c.forcesByDay[i][d] = principals[i].forces;
        }
        say(() -> "the run ends: " + reason);
    }

    // ------------------------------------------------------------------ the story

    public boolean narrating() {
        return narrate;
    }

    /** A line of the day-by-day story, dated; costs nothing when the run is not narrated. */
    public void say(String text) {
        if (narrate) log.add(scenario.date(crisis == null ? 0 : crisis.day) + "  " + text);
    }

    /** The same, for lines whose text costs something to build: built only when narrating. */
    public void say(Supplier<String> text) {
        if (narrate) say(text.get());
    }

    public static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
