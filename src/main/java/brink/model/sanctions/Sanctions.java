package brink.model.sanctions;

import brink.model.world.AllianceAgent;
import brink.model.world.Choice;
import brink.model.world.DrawnParameters;
import brink.model.world.SanctionsRegime;
import brink.model.world.StateAgent;
import brink.model.world.Stream;
import brink.model.world.Tie;
import brink.model.world.World;
import brink.scenario.AllianceSpec;
import brink.scenario.Relation;
import brink.scenario.StateSpec;
import sim.field.network.Edge;
import sim.util.Bag;

/**
 * Sanctions v2: alliances threaten and impose tiers of sanctions on the state that escalated, each member's stance
 * coming from its own costs and benefits ({@link Stances}), the step decided by the alliance's rule; tiers are
 * suspended under an agreement that binds the target and lifted when it holds; the damage accumulates in the target's
 * economy and feeds back into its resolve and its costs of continuing the crisis.
 * <p>
 * Daily order: at the alliances' turn each alliance settles its sanctions with agreements in force (suspend, lift,
 * snap back), picks the state it answers, assesses its members' support (cohesion) and votes on the steps the
 * targets' escalation warrants; at the end of the day the costs accrue ({@link #accrueCosts}) and, after the ladder,
 * the day's moves are attributed ({@link #observe}). The threat stage and the imposition stage are distinct (Morgan,
 * Bapat &amp; Kobayashi 2014, TIES); costs to target and senders follow Hufbauer et al. (2007).
 */
public final class Sanctions {
    private Sanctions() {
    }

    // ------------------------------------------------------------------ the start of a run

    /** Builds every alliance's regime (exposures, coefficients, dispositions, whom it may answer) and takes day 0's steps. */
    public static void begin(World m) {
        for (AllianceAgent al : m.alliances) al.regime = regime(m, al);
        for (AllianceAgent al : m.alliances) aggregate(m, al);
    }

    static SanctionsRegime regime(World m, AllianceAgent al) {
        int n = m.states.length, tiers = m.tiers.length;
        // whom it may answer: its declared adversaries, else anyone outside it and its partners
        int[] targets = new int[n];
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (!al.isMember(j) && !contains(m.partnersOf[al.index], j) && (al.adversaries.length == 0 || contains(al.adversaries, j))) targets[count++] = j;
        }
        SanctionsRegime r = new SanctionsRegime(n, al.members.length, tiers, java.util.Arrays.copyOf(targets, count));
        r.sanctions = al.has(AllianceSpec.Instrument.SANCTIONS) && tiers > 0;
        double costliest = 0;
        for (int t = 0; t < tiers; t++) costliest = Math.max(costliest, m.tierCostToSenders[t]);
        for (int t = 0; t < tiers; t++) {
            r.relativeSenderCost[t] = costliest > 0 ? m.tierCostToSenders[t] / costliest : 0;
            r.cumulativeTargetCost[t + 1] = r.cumulativeTargetCost[t] + m.tierCostToTarget[t];
            r.cumulativeSenderCost[t + 1] = r.cumulativeSenderCost[t] + m.tierCostToSenders[t];
        }
        DrawnParameters ap = allianceParameters(m, al);
        r.wRung = ap.vetoRung;
        r.leadShare = ap.leadPressureShare;
        r.threatCostShare = ap.threatCostShare;
        r.liftDays = ap.sanctionsLiftDays;
        Stream draws = m.streams.sanctions(al.index);
        for (int k = 0; k < r.members; k++) member(m, al, r, k, draws);
        // the crisis's starting rung is the declared adversary's doing
        if (al.adversary >= 0 && r.eligible(al.adversary)) r.culpability[al.adversary] = m.crisis.rung;
        r.seenRung = m.crisis.rung;
        return r;
    }

    /** A member's coefficients, exposures, nearness to each target and latent disposition (a method of its own: compiled once, not on stack). */
    private static void member(World m, AllianceAgent al, SanctionsRegime r, int k, Stream draws) {
        StateAgent s = m.states[al.members[k]];
        if (s.index == al.lead) r.leadMember = k;
        r.intercept[k] = memberValue(m, al, s, "vetoIntercept");
        r.wDependence[k] = memberValue(m, al, s, "vetoDependence");
        r.wTrade[k] = memberValue(m, al, s, "vetoTrade");
        r.wThreat[k] = memberValue(m, al, s, "vetoThreat");
        r.wAttack[k] = memberValue(m, al, s, "vetoAttack");
        r.wPressure[k] = memberValue(m, al, s, "vetoPressure");
        exposure(m, s, k, r);
        double range = memberValue(m, al, s, "proximityRange");
        for (int j : r.targets) r.threat[r.at(k, j)] = Math.max(r.threat[r.at(k, j)], nearness(s, m.states[j], range));
        r.disposition[k] = draws.nextDouble();
    }

    /**
     * A member's coefficient: the member's own value where the scenario sets one for it
     * ({@code states.<id>.parameters}), else the alliance's ({@code alliances.<id>.parameters}), else the global one.
     */
    static double memberValue(World m, AllianceAgent al, StateAgent member, String name) {
        boolean own = member.spec != null && member.spec.parameters().containsKey(name);
        return read(own ? member.p : allianceParameters(m, al), name);
    }

    /** The alliance's parameters: the global ones with its own values where the scenario gives them. */
    static DrawnParameters allianceParameters(World m, AllianceAgent al) {
        return al.p != null ? al.p : m.p;
    }

    /** The drawn parameters' fields by name, looked up once (a run's start reads a few per member). */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.lang.reflect.Field> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static double read(DrawnParameters p, String name) {
        try {
            return FIELDS.computeIfAbsent(name, n -> {
                try {
                    return DrawnParameters.class.getField(n);
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException("no model parameter " + n, e);
                }
            }).getDouble(p);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("model parameter " + name, e);
        }
    }

    /**
     * Member k's exposure to every target, read off its relations once: energy dependence and trade share (its edges
     * to the target) and the weight of a border between them (either way round).
     */
    static void exposure(World m, StateAgent member, int k, SanctionsRegime r) {
        Bag out = m.network.getEdgesOut(member);
        for (int i = 0; i < out.numObjs; i++) {
            Edge e = (Edge) out.objs[i];
            if (!(e.getTo() instanceof StateAgent to) || !r.eligible(to.index)) continue;
            Tie t = (Tie) e.info;
            int x = r.at(k, to.index);
            switch (t.type()) {
                case ENERGY_DEPENDENCE -> r.dependence[x] = t.weight();
                case TRADE -> r.trade[x] = t.weight();
                case BORDER -> r.threat[x] = Math.max(r.threat[x], t.weight());
                default -> {
                }
            }
        }
        Bag in = m.network.getEdgesIn(member);
        for (int i = 0; i < in.numObjs; i++) {
            Edge e = (Edge) in.objs[i];
            if (e.getFrom() instanceof StateAgent from && r.eligible(from.index) && ((Tie) e.info).type() == Relation.Type.BORDER) {
                r.threat[r.at(k, from.index)] = Math.max(r.threat[r.at(k, from.index)], ((Tie) e.info).weight());
            }
        }
    }

    /**
     * Threat felt by a member from a state without a common border: exp(-d / range) for the great-circle distance d
     * between their map positions (0 when either has none): the loss-of-strength gradient (Boulding 1962), threat by
     * proximity (Walt 1987). A border (its weight, 1 for a land border) counts instead when larger.
     */
    static double nearness(StateAgent a, StateAgent b, double range) {
        StateSpec sa = a.spec, sb = b.spec;
        if (sa == null || sb == null || sa.lat() == null || sa.lon() == null || sb.lat() == null || sb.lon() == null) return 0;
        return Math.exp(-distanceKm(sa.lat(), sa.lon(), sb.lat(), sb.lon()) / range);
    }

    /** Great-circle distance (haversine), km. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static boolean contains(int[] xs, int x) {
        for (int v : xs) if (v == x) return true;
        return false;
    }

    // ------------------------------------------------------------------ the alliance's turn

    /** An alliance's turn: agreements, the state it answers, its members' support and cohesion, and its sanctions steps. */
    public static void aggregate(World m, AllianceAgent al) {
        SanctionsRegime r = al.regime;
        boolean sanctions = r.sanctions;
        if (sanctions) settle(m, al, r);
        answer(m, al, r);
        assess(m, al);
        if (!sanctions || al.adversary < 0) {
            al.leadMove = AllianceAgent.AUTO;
            r.urgedBy = -1;
            return;
        }
        if (al.leadMove != AllianceAgent.AUTO) {
            leadStep(m, al);
        } else {
            for (int j : r.targets) {
                if (r.culpability[j] >= 0 && !bound(m, al, j)) step(m, al, r, j);
            }
        }
        r.urgedBy = -1;
        tally(al, r);
    }

    /**
     * The steps the target's escalation warrants today, each put to the vote: the next threat once its own rung has
     * reached the tier's threat rung, the next imposition once it has reached the impose rung. A member's urging
     * backs a threat (its vote) but tables nothing the target's conduct does not warrant.
     */
    static void step(World m, AllianceAgent al, SanctionsRegime r, int j) {
        int tiers = m.tiers.length, culpable = r.culpability[j];
        int t = r.threatened[j];
        boolean urged = r.urgedBy >= 0;
        if (t < tiers && m.tierThreatRung[t] <= culpable) {
            int blocker = Stances.vote(m, al, r, threatSupport(m, r, j, t));
            String how = urged && m.narrating() ? " at " + m.states[r.urgedBy].name + "'s urging" : "";
            if (blocker < 0) threaten(m, al, j, t + 1, how);
            else failed(m, al, r, j, t, false, blocker);
        }
        int i = r.imposed[j];
        if (i < tiers && m.tierImposeRung[i] <= culpable) {
            int blocker = Stances.vote(m, al, r, imposeSupport(m, r, j, i));
            if (blocker < 0) impose(m, al, j, i + 1);
            else failed(m, al, r, j, i, true, blocker);
        }
    }

    private static double[] threatSupport(World m, SanctionsRegime r, int j, int tier) {
        long key = key(r, j, tier, m.tierThreatRung[tier]);
        if (key != r.threatKey) {
            Stances.support(m, r, j, tier, m.tierThreatRung[tier], true, r.threatSupport);
            r.threatKey = key;
        }
        return r.threatSupport;
    }

    private static double[] imposeSupport(World m, SanctionsRegime r, int j, int tier) {
        long key = key(r, j, tier, m.tierImposeRung[tier]);
        if (key != r.imposeKey) {
            Stances.support(m, r, j, tier, m.tierImposeRung[tier], false, r.imposeSupport);
            r.imposeKey = key;
        }
        return r.imposeSupport;
    }

    /** What support depends on: target, tier, reference rung, the target's culpability and whether it attacked. */
    private static long key(SanctionsRegime r, int j, int tier, int ref) {
        return ((((long) j * 128 + (tier + 1)) * 128 + ref) * 128 + (r.culpability[j] + 1)) * 2 + (r.attacker[j] ? 1 : 0);
    }

    private static void failed(World m, AllianceAgent al, SanctionsRegime r, int j, int tier, boolean impose, int blocker) {
        int code = 2 * (tier + 1) + (impose ? 1 : 0);
        if (r.failureSaid[j] >= code) return;
        r.failureSaid[j] = code;
        if (m.narrating()) m.say(() -> Stances.member(m, al, blocker).name + (al.spec.decisionRule() == AllianceSpec.DecisionRule.CONSENSUS ? " vetoes " : " votes down ")
                + (impose ? "imposing" : "threatening") + " sanctions tier " + (tier + 1) + " (" + m.tiers[tier].name() + ") on "
                + m.states[j].name + " in the " + al.name);
    }

    /**
     * Each member's support for the alliance's next step against the state it answers (the next tier to impose, or,
     * with no sanctions or none left, its response in general against the starting rung) and the cohesion that
     * follows from their spread; true when a sanctions tier is still to come against that state.
     */
    public static boolean assess(World m, AllianceAgent al) {
        SanctionsRegime r = al.regime;
        int j = al.adversary;
        boolean sanctions = r.sanctions && j >= 0 && r.imposed[j] < m.tiers.length;
        int tier = sanctions ? r.imposed[j] : -1;
        int reference = sanctions ? m.tierImposeRung[tier] : m.scenario.crisis().initialRung();
        // support moves only with the target's escalation, the tier at stake and whether it attacked: recompute then
        int escalation = j < 0 ? m.crisis.rung : r.culpability[j];
        int attacked = j >= 0 && r.attacker[j] ? 1 : 0;
        int assessed = (escalation + 1) * 2 + attacked;
        int ref = (j + 1) * 256 + reference * 2 + (sanctions ? 1 : 0);
        if (assessed != al.assessedRung || ref != al.assessedReference) {
            Stances.support(m, r, j, tier, reference, false, al.support);
            Stances.summarise(al, al.support);
            al.assessedRung = assessed;
            al.assessedReference = ref;
        }
        DrawnParameters ap = allianceParameters(m, al);
        al.boost *= ap.cohesionMemory;
        al.cohesion = Choice.clamp(1 - ap.cohesionSpread * al.spread + al.boost, 0, 1);
        return sanctions;
    }

    /**
     * The state the alliance answers now: of the states it may sanction, the one whose escalation went highest (the
     * present one on a tie); the first declared adversary until one escalates. Members' dependence is read for it.
     */
    static void answer(World m, AllianceAgent al, SanctionsRegime r) {
        int best = al.adversary;
        for (int j : r.targets) {
            if (r.culpability[j] >= 0 && (best < 0 || r.culpability[j] > r.culpability[best])) best = j;
        }
        if (best != al.adversary) m.answer(al, best);
    }

    // ------------------------------------------------------------------ agreements

    /**
     * Sanctions under an agreement: while an agreement in force binds the target and the alliance's side (a member
     * or a partner of the alliance), the tiers on it are suspended (no costs) and no new step is taken against it;
     * once the agreement has held {@code sanctionsLiftDays}, they are lifted (threats withdrawn, the target's record
     * cleared); if the agreement breaks down before, the suspended tiers snap back at once, without a new vote (the
     * snapback of UN Security Council resolution 2231 on Iran's nuclear programme).
     */
    static void settle(World m, AllianceAgent al, SanctionsRegime r) {
        int day = m.crisis.day;
        for (int j : r.targets) {
            if (r.imposed[j] == 0 && r.threatened[j] == 0) continue;
            StateAgent target = m.states[j];
            if (bound(m, al, j)) {
                if (r.suspendedSince[j] < 0) {
                    r.suspendedSince[j] = day;
                    if (r.imposed[j] > 0 && m.narrating()) m.say(() -> al.name + " suspends its sanctions on " + target.name + " under the agreement");
                } else if (day - r.suspendedSince[j] >= r.liftDays) {
                    boolean imposed = r.imposed[j] > 0;
                    r.imposed[j] = 0;
                    r.threatened[j] = 0;
                    r.suspendedSince[j] = -1;
                    r.culpability[j] = -1;
                    r.attacker[j] = false;
                    r.failureSaid[j] = -1;
                    if (m.narrating()) m.say(() -> al.name + (imposed ? " lifts its sanctions on " : " withdraws its sanctions threats against ") + target.name
                            + ": the agreement has held " + (int) r.liftDays + " days");
                }
            } else if (r.suspendedSince[j] >= 0) {
                r.suspendedSince[j] = -1;
                int tier = r.imposed[j];
                if (tier > 0 && m.narrating()) m.say(() -> al.name + " re-imposes sanctions tier " + tier + " on " + target.name + ": the agreement broke down");
            }
        }
        tally(al, r);
    }

    /** Does an agreement in force bind the target and the alliance's side (a member or partner of the alliance)? */
    public static boolean bound(World m, AllianceAgent al, int target) {
        if (!m.crisis.agreement || !m.isParty(target)) return false;
        for (int mem : al.members) if (m.isParty(mem)) return true;
        for (int p : m.partnersOf[al.index]) if (m.isParty(p)) return true;
        return false;
    }

    // ------------------------------------------------------------------ steps

    /**
     * A team playing the alliance's lead chose today's step (classroom hook): hold, threaten the next tier, or impose
     * it. The lead backs its proposal; the members vote by the alliance's rule as on the model's own proposals.
     */
    public static void leadStep(World m, AllianceAgent al) {
        int move = al.leadMove;
        al.leadMove = AllianceAgent.AUTO;
        SanctionsRegime r = al.regime;
        int j = al.adversary;
        if (move == AllianceAgent.HOLD || j < 0 || bound(m, al, j)) return;
        String lead = al.lead >= 0 ? m.states[al.lead].name : al.name;
        // the lead votes for its own proposal (unless it took a stance of its own today)
        if (al.lead >= 0 && m.states[al.lead].sanctionsStance == 0) m.states[al.lead].sanctionsStance = 1;
        boolean threat = move == AllianceAgent.THREATEN;
        int tier = threat ? r.threatened[j] : r.imposed[j];
        if (tier >= m.tiers.length) return;
        int blocker = Stances.vote(m, al, r, threat ? threatSupport(m, r, j, tier) : imposeSupport(m, r, j, tier));
        if (blocker >= 0) {
            if (m.narrating()) m.say(() -> lead + " proposes " + (threat ? "threatening" : "imposing") + " sanctions tier " + (tier + 1) + " (" + m.tiers[tier].name()
                    + ") in the " + al.name + ": not passed (" + Stances.member(m, al, blocker).name + " against)");
        } else if (threat) {
            threaten(m, al, j, tier + 1, " at " + lead + "'s proposal");
        } else {
            impose(m, al, j, tier + 1);
        }
        tally(al, r);
    }

    /** A member urges the alliance to threaten its next tier: it backs the threat in today's vote, if one is held. */
    public static void urge(World m, AllianceAgent al, StateAgent member) {
        member.sanctionsStance = 1;
        al.regime.urgedBy = member.index;
    }

    /** The alliance threatens a tier against the state it answers (a scheduled decision: no vote). */
    public static void threaten(World m, AllianceAgent al, int tier, String how) {
        if (al.adversary >= 0) threaten(m, al, al.adversary, tier, how);
    }

    /** The alliance imposes a tier on the state it answers (a scheduled decision: no vote). */
    public static void impose(World m, AllianceAgent al, int tier) {
        if (al.adversary >= 0) impose(m, al, al.adversary, tier);
    }

    static void threaten(World m, AllianceAgent al, int target, int tier, String how) {
        SanctionsRegime r = al.regime;
        if (tier <= r.threatened[target] || tier > m.tiers.length) return;
        r.threatened[target] = tier;
        tally(al, r);
        if (m.narrating()) m.say(() -> al.name + " threatens sanctions tier " + tier + " (" + m.tiers[tier - 1].name() + ") against " + m.states[target].name + how);
    }

    static void impose(World m, AllianceAgent al, int target, int tier) {
        SanctionsRegime r = al.regime;
        if (tier <= r.imposed[target] || tier > m.tiers.length) return;
        r.imposed[target] = tier;
        r.threatened[target] = Math.max(r.threatened[target], tier);
        tally(al, r);
        if (m.narrating()) m.say(() -> al.name + " imposes sanctions tier " + tier + " (" + m.tiers[tier - 1].name() + ") on " + m.states[target].name);
    }

    /** The alliance's summary for the ladder and the faces: the highest tier threatened against, and in force on, anyone. */
    static void tally(AllianceAgent al, SanctionsRegime r) {
        int threatened = 0, imposed = 0;
        for (int j : r.targets) {
            threatened = Math.max(threatened, r.threatened[j]);
            imposed = Math.max(imposed, r.inForce(j));
        }
        al.threatenedTier = threatened;
        al.imposedTier = imposed;
    }

    // ------------------------------------------------------------------ the end of the day

    /** After the ladder has placed the crisis: today's moves attributed to the states that made them. */
    public static void observe(World m) {
        for (AllianceAgent al : m.alliances) if (al.regime != null) Attribution.observe(m, al, al.regime);
    }

    /**
     * A day of costs (Hufbauer et al. 2007 measure both sides' costs as shares of GDP): the target loses the yearly
     * share of GDP of the tiers in force, c_T, over 365 days, and its cumulative damage D (share of a year's GDP)
     * grows by as much; each sender loses its GDP times the tiers' cost to senders, c_S, times its exposure to the
     * target (energy dependence plus trade share). The damage wears the target's resolve down:
     * resolve = resolve_0 * exp(-damageResolve * D).
     */
    public static void accrueCosts(World m) {
        for (AllianceAgent al : m.alliances) {
            SanctionsRegime r = al.regime;
            if (r == null || !r.sanctions || al.imposedTier == 0) continue;
            for (int j : r.targets) {
                int tiers = r.inForce(j);
                if (tiers == 0) continue;
                StateAgent target = m.states[j];
                double share = r.cumulativeTargetCost[tiers] / 365.0;
                target.gdpLost += target.gdp * share;
                // the damage wears its resolve down: StateAgent.currentResolve() = resolve * exp(-damageResolve D ...)
                target.sanctionsDamage += share;
                double senders = r.cumulativeSenderCost[tiers] / 365.0;
                for (int k = 0; k < r.members; k++) {
                    StateAgent s = m.states[al.members[k]];
                    int x = r.at(k, j);
                    s.gdpLost += s.gdp * senders * (r.dependence[x] + r.trade[x]);
                }
            }
        }
    }

    // ------------------------------------------------------------------ what the states see

    /**
     * Expected cost, in stake units, of the sanctions a state would bring on itself by pushing the crisis to the rung:
     * from every alliance that may answer it, each tier not yet imposed whose imposition rung it reaches, in full if
     * threatened and at half otherwise, times the alliance's cohesion (its credibility); and tiers suspended under an
     * agreement in full (a use of force ends the agreement and they snap back).
     */
    public static double expected(World m, int state, int rung) {
        double total = 0;
        for (AllianceAgent al : m.alliances) {
            SanctionsRegime r = al.regime;
            if (r == null || !r.sanctions || !r.eligible(state)) continue;
            if (r.suspended(state)) total += r.cumulativeTargetCost[r.imposed[state]] * m.p.sanctionsWeight;
            for (int t = r.imposed[state]; t < m.tiers.length; t++) {
                if (m.tierImposeRung[t] > rung) continue;
                double credibility = al.cohesion * (t < r.threatened[state] ? 1 : 0.5);
                total += m.tierCostToTarget[t] * m.p.sanctionsWeight * credibility;
            }
        }
        return total;
    }

    /**
     * The yearly cost, in stake units, of the sanctions in force on a state: what continuing the crisis without an
     * agreement costs it, since an agreement that binds it suspends them (its cost of disagreement; Fearon 1995).
     */
    public static double burden(World m, int state) {
        double total = 0;
        for (AllianceAgent al : m.alliances) {
            SanctionsRegime r = al.regime;
            if (r != null) total += r.cumulativeTargetCost[r.inForce(state)] * m.p.sanctionsWeight;
        }
        return total;
    }
}
