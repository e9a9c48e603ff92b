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
    /** Scratch space for talk probabilities and war outlooks (the daily loop allocates nothing). */
    public final double[] talkScratch = new double[4], ruinScratch = new double[2], ruinScratch2 = new double[2], rangeScratch = new double[2];
    public final Outlook outlook = new Outlook(), outlook2 = new Outlook();
    /** Pairs of adversaries (a rival relation either way) whose forces can meet: incidents happen between them. */
    public final int[] contactA, contactB;

    /** Talks proposed in the turn being played and not yet placed on the schedule (the model places them): by whom, to whom, for which day. */
    private int[] proposedBy = new int[2], proposedTo = new int[2], proposedDay = new int[2];
    private int proposalCount;
    /** Talks proposed and not yet held, by pair of states (a * n + b with a < b). */
    private final boolean[] pendingTalks;
    /** The run's agreement object (see {@link #beginAgreement}) and room for the parties of a new one. */
    private final Agreement agreementSlot;
    public final int[] partyScratch, allianceScratch = new int[2];
    /** Why the crisis ends when an agreement has held the settlement period, by the agreement's noun (made once per run). */
    private final String[] heldNouns = {"agreement", "ceasefire", "understanding"}, heldReasons = new String[3];
    /** The day each pair's bargaining range was last valued for a proposal, and its width (a day's cache). */
    public final int[] rangeDay;
    public final double[] rangeWidth;
    /** The principals' state indices (whose beliefs about one another matter). */
    public final int[] principalIndex;
    /** The states whose fate the crisis's issue decides: bound by any agreement on it. */
    public final int[] subjects;
    /** The day the crisis began (its trigger), relative to day 0: zero or negative. */
    public final int triggerDay;

    /** What the scenario fixes for all its runs (indices, rungs of actions, talks, the issue), shared. */
    private final transient Layout layout;
    private final Map<String, Integer> stateIdx, allianceIdx, actionIdx;
    private final transient List<String> log;
    private final boolean narrate;

    private World(Scenario scenario, Draw draw, Streams streams, List<String> log, boolean narrate) {
        this.scenario = scenario;
        this.draw = draw;
        this.streams = streams;
        this.log = log;
        this.narrate = narrate;
        p = DrawnParameters.of(scenario.parameters(), draw);
        // what the scenario fixes comes from its layout, made once; the loops over states live in small methods,
        // so the compiler compiles them as methods instead of compiling this constructor again and again on stack
        layout = Layout.of(scenario);
        stateIdx = layout.stateIdx;
        allianceIdx = layout.allianceIdx;
        actionIdx = layout.actionIdx;
        int n = scenario.states().size();
        states = buildStates(n);
        principals = principalsOf(states);
        alliances = buildAlliances();
        network = new Network(true);
        partnersOf = buildNetwork();
        subjects = layout.subjects;
        int[][] contacts = contacts();
        contactA = contacts[0];
        contactB = contacts[1];
        resolveTargets();
        principalIndex = indices(principals);
        rangeDay = new int[n * n];
        java.util.Arrays.fill(rangeDay, -1);
        rangeWidth = new double[n * n];
        streams.key(layout.stateIds, layout.allianceIds);

        tiers = scenario.sanctionsTiers().toArray(new SanctionsTier[0]);
        int t = tiers.length;
        tierThreatRung = new int[t];
        tierImposeRung = new int[t];
        tierCostToTarget = new double[t];
        tierCostToSenders = new double[t];
        drawTiers();
        actionRung = layout.actionRung;
        warRung = layout.warRung;

        talks = layout.talks;
        pendingTalks = new boolean[n * n];
        agreementSlot = new Agreement(null, new boolean[n], -1, 0, null);
        partyScratch = new int[Math.max(n, 2)];
        heldReasons();
        crisis = new Crisis(scenario.ladder().size(), scenario.actions().size(), talks.size(), scenario.horizonDays(), principals.length);
        crisis.rung = scenario.crisis().initialRung();
        crisis.peak = crisis.rung;
        crisis.firstDay[crisis.rung] = 0;
        crisis.tension = draw.value(scenario.crisis().initialTension());
        crisis.trust = draw.value(scenario.crisis().initialTrust());
        crisis.statusQuo = draw.value(issue().statusQuo());
        crisis.statusQuo0 = crisis.statusQuo;
        triggerDay = scenario.crisis().triggerDate() == null ? 0 : scenario.day(scenario.crisis().triggerDate());
    }

    private static int[] indices(StateAgent[] states) {
        int[] out = new int[states.length];
        for (int i = 0; i < states.length; i++) out[i] = states[i].index;
        return out;
    }

    private void heldReasons() {
        for (int i = 0; i < heldNouns.length; i++) heldReasons[i] = held(heldNouns[i]);
    }

    private StateAgent[] buildStates(int n) {
        StateAgent[] out = new StateAgent[n];
        for (int i = 0; i < n; i++) out[i] = buildState(i, scenario.states().get(i));
        return out;
    }

    private static StateAgent[] principalsOf(StateAgent[] states) {
        int k = 0;
        for (StateAgent s : states) if (s.isPrincipal()) k++;
        StateAgent[] out = new StateAgent[k];
        k = 0;
        for (StateAgent s : states) if (s.isPrincipal()) out[k++] = s;
        return out;
    }

    private AllianceAgent[] buildAlliances() {
        AllianceAgent[] out = new AllianceAgent[scenario.alliances().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new AllianceAgent(i, scenario.alliances().get(i));
            out[i].p = p.forActor(scenario.alliances().get(i).parameters(), draw);
        }
        return out;
    }

    /** Pairs of adversaries (either way), each once, in the order the states and their adversaries come. */
    private int[][] contacts() {
        int most = 0, k = 0;
        for (StateAgent s : states) most += s.adversaries.length;
        int[] a = new int[most], b = new int[most];
        for (StateAgent s : states) {
            for (int o : s.adversaries) {
                int lo = Math.min(s.index, o), hi = Math.max(s.index, o);
                if (!listed(a, b, k, lo, hi)) {
                    a[k] = lo;
                    b[k++] = hi;
                }
            }
        }
        return new int[][]{Arrays.copyOf(a, k), Arrays.copyOf(b, k)};
    }

    private static boolean listed(int[] a, int[] b, int k, int lo, int hi) {
        for (int i = 0; i < k; i++) if (a[i] == lo && b[i] == hi) return true;
        return false;
    }

    private void resolveTargets() {
        for (StateAgent a : states) resolveTargets(a);
        for (StateAgent a : states) for (ActionSpec x : a.actions) if (x.kind().opensWar()) a.canOpenWar = true;
    }

    private void drawTiers() {
        for (int i = 0; i < tiers.length; i++) {
            tierThreatRung[i] = tiers[i].threatRung();
            tierImposeRung[i] = tiers[i].imposeRung();
            tierCostToTarget[i] = draw.value(tiers[i].costToTarget());
            tierCostToSenders[i] = draw.value(tiers[i].costToSenders());
        }
    }

    /** Builds the world of a run from the scenario, its drawn parameters and the run's streams. */
    public static World build(Scenario scenario, Draw draw, Streams streams, List<String> log, boolean narrate) {
        return new World(scenario, draw, streams, log, narrate);
    }

    private StateAgent buildState(int i, StateSpec s) {
        StateAgent a = new StateAgent(i, s, scenario.states().size());
        a.p = p.forActor(s.parameters(), draw);
        a.forces = draw.value(s.forces());
        a.activeForces = Math.max(a.forces, draw.value(s.activeForces()));
        a.forces0 = a.forces;
        a.active0 = a.activeForces;
        a.ceiling = s.deployable() == null ? a.activeForces : Math.min(a.activeForces, a.forces + draw.value(s.deployable()));
        a.expeditionary = s.deployable() != null;
        if (s.nuclear() != null) {
            a.warheads = draw.value(s.nuclear().warheads());
            a.secondStrike = a.warheads > 0 ? draw.value(s.nuclear().secondStrike()) : 0;
        }
        a.pipeline = new double[(int) Math.max(0, Math.round(a.p.supplyLag)) + 1];
        a.readiness = draw.value(s.readiness());
        a.maxBuildUp = draw.value(s.maxBuildUp());
        a.forceCost = draw.value(s.forceCost());
        a.gdp = draw.value(s.gdp());
        a.resolve = draw.value(s.resolve());
        a.riskTolerance = draw.value(s.riskTolerance());
        a.pressure = draw.value(s.domesticPressure());
        a.grievance = draw.value(s.grievance());
        a.salience = draw.value(s.salience());
        String issue = layout.issue.id();
        a.ideal = s.positions().containsKey(issue) ? draw.value(s.positions().get(issue)) : 0.5;
        a.ideal0 = a.ideal;
        for (var b : s.beliefs()) {
            int o = stateIdx.get(b.about());
            a.beliefAlpha[o] = draw.value(b.alpha());
            a.beliefBeta[o] = draw.value(b.beta());
        }
        a.priorAlpha = a.beliefAlpha.clone();
        a.priorBeta = a.beliefBeta.clone();
        int k = s.actions().size();
        if (k == 0) return a; // a bystander keeps the shared empty per-action arrays
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
        a.taken = new boolean[k];
        a.lastHazard = new double[k];
        a.lastGap = new double[k];
        a.majorTaken = new int[k];
        a.value = new double[k];
        a.valueOf = new long[k];
        java.util.Arrays.fill(a.valueOf, -1);
        a.majorWorse = new int[k];
        a.actionIntensity = new double[k];
        a.actionAudience = new double[k];
        a.actionTarget = new int[k];
        a.actionRequires = new int[k][];
        for (int j = 0; j < k; j++) {
            int ai = layout.stateActions[i][j];
            ActionSpec act = scenario.actions().get(ai);
            a.actions[j] = act;
            a.actionIndex[j] = ai;
            a.actionCost[j] = draw.value(act.cost());
            a.actionTension[j] = draw.value(act.tension());
            a.actionSignal[j] = draw.value(act.signal());
            a.actionAmount[j] = draw.value(act.amount());
            a.actionMinForces[j] = draw.value(act.minForces());
            a.actionIntensity[j] = draw.value(act.intensity());
            a.actionAudience[j] = draw.value(act.audience());
            a.actionRequires[j] = layout.requires[i][j];
        }
        return a;
    }

    /** Relations become typed, weighted edges; membership, rivals, partners and dependence are read off the network. */
    private int[][] buildNetwork() {
        addRelations();
        List<List<Integer>> partners = new ArrayList<>();
        for (AllianceAgent a : alliances) partners.add(new ArrayList<>());
        for (StateAgent s : states) readState(s, partners);
        int[][] out = new int[partners.size()][];
        for (int i = 0; i < out.length; i++) out[i] = ints(partners.get(i));
        for (StateAgent s : states) {
            for (int a : s.memberOf) {
                if (s.partner < 0 && out[a].length > 0) s.partner = out[a][0];
            }
        }
        for (AllianceAgent a : alliances) readAlliance(a);
        return out;
    }

    // the network's parts are small methods: compiled once each, not the whole build on stack in every run

    private void addRelations() {
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
    }

    /** A state's memberships, rivals (strongest first) and partnerships, read off its edges. */
    private void readState(StateAgent s, List<List<Integer>> partners) {
        double bestRival = Double.NEGATIVE_INFINITY;
        List<Integer> member = new ArrayList<>();
        List<double[]> rivals = new ArrayList<>();
        for (Object o : network.getEdgesOut(s)) {
            Edge e = (Edge) o;
            Tie t = (Tie) e.info;
            if (t.type() == Relation.Type.RIVAL && e.getTo() instanceof StateAgent r) {
                rivals.add(new double[]{r.index, t.weight()});
                if (t.weight() > bestRival) {
                    bestRival = t.weight();
                    s.rival = r.index;
                }
            } else if (t.type() == Relation.Type.MEMBER_OF && e.getTo() instanceof AllianceAgent a) {
                member.add(a.index);
            } else if (t.type() == Relation.Type.PARTNER_OF && e.getTo() instanceof AllianceAgent a) {
                partners.get(a.index).add(s.index);
            }
        }
        s.memberOf = sortedInts(member);
        // its adversaries, strongest rivalry first (ties in the order of the relations)
        rivals.sort((x, y) -> Double.compare(y[1], x[1]));
        s.adversaries = new int[rivals.size()];
        s.adversaryWeight = new double[rivals.size()];
        for (int i = 0; i < rivals.size(); i++) {
            s.adversaries[i] = (int) rivals.get(i)[0];
            s.adversaryWeight[i] = rivals.get(i)[1];
        }
    }

    // plain loops rather than streams: this runs for every state in every run

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) out[i] = list.get(i);
        return out;
    }

    private static int[] sortedInts(List<Integer> list) {
        int[] out = ints(list);
        Arrays.sort(out);
        return out;
    }

    /** An alliance's members, adversaries, lead and the dependence of its members on the adversary it answers. */
    private void readAlliance(AllianceAgent a) {
        List<Integer> members = new ArrayList<>();
        for (Object o : network.getEdgesIn(a)) {
            Edge e = (Edge) o;
            if (((Tie) e.info).type() == Relation.Type.MEMBER_OF && e.getFrom() instanceof StateAgent s) members.add(s.index);
        }
        a.members = sortedInts(members);
        List<String> adversaries = a.spec.allAdversaries();
        a.adversaries = new int[adversaries.size()];
        for (int i = 0; i < a.adversaries.length; i++) a.adversaries[i] = stateIdx.get(adversaries.get(i));
        a.lead = a.spec.lead() != null ? stateIdx.get(a.spec.lead()) : largestEconomy(a.members);
        a.dependence = new double[a.members.length];
        a.support = new double[a.members.length];
        answer(a, a.adversaries.length > 0 ? a.adversaries[0] : -1);
    }

    /**
     * The alliance now answers this adversary: its sanctions and deterrence aim at it, and each member's energy
     * dependence on it is read off the relations (the sanctions regime holds the rest of the members' stakes).
     */
    public void answer(AllianceAgent a, int adversary) {
        a.adversary = adversary;
        for (int k = 0; k < a.members.length; k++) {
            StateAgent m = states[a.members[k]];
            a.dependence[k] = adversary < 0 ? 0 : weight(m, states[adversary], Relation.Type.ENERGY_DEPENDENCE);
        }
        a.assessedRung = -1;
    }

    /** Weight of the relation of this type from one state to another, 0 when there is none. */
    private double weight(StateAgent from, StateAgent to, Relation.Type type) {
        sim.util.Bag out = network.getEdgesOut(from);
        for (int i = 0; i < out.numObjs; i++) {
            Edge e = (Edge) out.objs[i];
            if (e.getTo() == to && ((Tie) e.info).type() == type) return ((Tie) e.info).weight();
        }
        return 0;
    }

    /**
     * Whom each of a state's actions aims at: the action's target (an alliance stands for its lead), else for a strike
     * on an alliance the lead of the collective-defence alliance that answers the state, else the state's main rival.
     */
    private void resolveTargets(StateAgent s) {
        for (int j = 0; j < s.actions.length; j++) {
            ActionSpec a = s.actions[j];
            int t = -1;
            if (a.target() != null) {
                Integer st = stateIdx.get(a.target());
                t = st != null ? st : alliances[allianceIdx.get(a.target())].lead;
            } else if (a.kind() == ActionSpec.Kind.STRIKE_ALLIANCE) {
                for (AllianceAgent al : alliances) {
                    if (t < 0 && al.has(AllianceSpec.Instrument.COLLECTIVE_DEFENCE) && answers(al, s.index)) t = al.lead;
                }
            } else if (a.kind() == ActionSpec.Kind.INTERVENE || a.kind() == ActionSpec.Kind.SUPPLY_ARMS) {
                t = s.partner;
            } else {
                t = s.rival;
            }
            s.actionTarget[j] = t;
        }
    }

    /** Whether the alliance may answer this state. */
    public boolean answers(AllianceAgent a, int state) {
        for (int x : a.adversaries) if (x == state) return true;
        return false;
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
        return layout.issue;
    }

    /** The index among the talks of the scenario's event with this index (-1 when it is not a bargaining event). */
    public int talkIndexOfEvent(int event) {
        return layout.talkIndexOfEvent[event];
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

    /** The top rung of the ladder. */
    public int ladderTop() {
        return scenario.ladder().size() - 1;
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

    /**
     * An agreement begins on the crisis's issue, binding the given states, the members of the given alliances and
     * the issue's subjects. One agreement at a time: while one is in force no other begins (one settlement clock).
     */
    public void beginAgreement(brink.scenario.Termination form, double position, int[] parties, int[] alliancesBound) {
        beginAgreement(form, position, parties, alliancesBound, noun(form));
    }

    /** What an agreement of this form is called in the story unless its maker names it. */
    public static String noun(brink.scenario.Termination form) {
        return form == brink.scenario.Termination.SEMI_FORMAL_AGREEMENT ? "understanding" : "agreement";
    }

    /** As above, named in the story as {@code noun} (agreement, ceasefire, understanding). */
    public void beginAgreement(brink.scenario.Termination form, double position, int[] parties, int[] alliancesBound, String noun) {
        beginAgreement(form, position, parties, parties.length, alliancesBound, alliancesBound.length, noun);
    }

    /** The same, with the first {@code partyCount} parties and {@code allianceCount} alliances of the arrays given. */
    public void beginAgreement(brink.scenario.Termination form, double position, int[] parties, int partyCount, int[] alliancesBound, int allianceCount,
                               String noun) {
        if (crisis.accord != null) return;
        // one agreement object per run, renewed: nothing keeps an agreement once it has ended
        Agreement next = agreementSlot.renew(form, crisis.day, position, noun);
        boolean[] bound = next.bound;
        for (int i = 0; i < partyCount; i++) if (parties[i] >= 0) bound[parties[i]] = true;
        for (int i = 0; i < allianceCount; i++) if (alliancesBound[i] >= 0) for (int mem : alliances[alliancesBound[i]].members) bound[mem] = true;
        for (int x : subjects) bound[x] = true;
        crisis.accord = next;
        crisis.agreement = true;
        crisis.agreementSince = crisis.day;
        for (StateAgent s : states) s.compliance = 1;
        if (narrate) say(() -> noun + " reached (" + form.label() + "), binding " + boundNames(bound)
                + String.format(Locale.ROOT, " (position %.2f)", position));
    }

    private String boundNames(boolean[] bound) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bound.length; i++) if (bound[i]) b.append(b.length() > 0 ? ", " : "").append(states[i].name);
        return b.toString();
    }

    /** The agreement in force ends (it broke down or was violated). */
    public void endAgreement() {
        crisis.accord = null;
        crisis.agreement = false;
        crisis.agreementSince = -1;
        for (StateAgent s : states) s.compliance = 1;
    }

    /** Why the crisis ends when the agreement so named has held the settlement period. */
    public String heldReason(String noun) {
        for (int i = 0; i < heldNouns.length; i++) if (heldNouns[i].equals(noun)) return heldReasons[i];
        return held(noun);
    }

    private String held(String noun) {
        return "the " + noun + " has held " + scenario.crisis().settlementDays() + " days";
    }

    /** Is the state bound by the agreement in force? */
    public boolean isParty(int s) {
        return crisis.accord != null && crisis.accord.bound[s];
    }

    public boolean talksPending(int a, int b) {
        return pendingTalks[pair(a, b)];
    }

    public void talksProposed(int a, int b) {
        pendingTalks[pair(a, b)] = true;
    }

    /** The state whose turn it is proposes talks to another, to be held on that day (pending until then). */
    public void proposeTalks(int proposer, int other, int day) {
        if (proposalCount == proposedTo.length) {
            proposedBy = Arrays.copyOf(proposedBy, 2 * proposalCount);
            proposedTo = Arrays.copyOf(proposedTo, 2 * proposalCount);
            proposedDay = Arrays.copyOf(proposedDay, 2 * proposalCount);
        }
        proposedBy[proposalCount] = proposer;
        proposedTo[proposalCount] = other;
        proposedDay[proposalCount++] = day;
        talksProposed(proposer, other);
    }

    /** Proposals of the turn being played, not yet placed on the schedule. */
    public int proposalCount() {
        return proposalCount;
    }

    public int proposedBy(int i) {
        return proposedBy[i];
    }

    public int proposedTo(int i) {
        return proposedTo[i];
    }

    public int proposedDay(int i) {
        return proposedDay[i];
    }

    public void clearProposals() {
        proposalCount = 0;
    }

    public void talksHeld(int a, int b) {
        pendingTalks[pair(a, b)] = false;
    }

    private int pair(int a, int b) {
        return Math.min(a, b) * states.length + Math.max(a, b);
    }

    // ------------------------------------------------------------------ the record of the run

    /** A violent use of force by a state today: the first day of force, for the state and for the crisis. */
    public void forceUsed(StateAgent s) {
        if (s.firstForceDay < 0) s.firstForceDay = crisis.day;
        if (crisis.firstForceDay < 0) crisis.firstForceDay = crisis.day;
    }

    /**
     * The crisis ends today in this form (ICB's forms of outcome), for this reason; {@code by} is the state that
     * imposed it or gave in (-1 when none). The run itself ends when the ending is confirmed (see Endings).
     */
    public void terminate(brink.scenario.Termination form, int day, String reason, int by) {
        if (crisis.termination != null) return;
        crisis.termination = form;
        crisis.terminationDay = day;
        crisis.terminationReason = reason;
        crisis.terminationBy = by;
        if (narrate) say(() -> "the crisis ends (" + form.label() + "): " + reason);
    }

    /** Severity of violence at least this (ICB SEVVIOSY 1-4). */
    public void violence(int level) {
        crisis.severity = Math.max(crisis.severity, level);
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
        if (narrate) say(() -> "the run ends: " + reason);
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
