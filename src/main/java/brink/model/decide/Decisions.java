package brink.model.decide;

import brink.model.force.Forces;
import brink.model.sanctions.Sanctions;
import brink.model.talks.Diplomacy;
import brink.model.world.AllianceAgent;
import brink.model.world.Choice;
import brink.model.world.Crisis;
import brink.model.world.DrawnParameters;
import brink.model.world.StateAgent;
import brink.model.world.World;

import brink.scenario.ActionSpec;
import brink.scenario.ActionSpec.Kind;
import brink.scenario.AllianceSpec;

/**
 * Each principal's daily choice: expected utility of every open action, then a logit (quantal response) draw.
 * Utilities are in stake units relative to holding (U(hold) = 0).
 */
public final class Decisions {
    private Decisions() {
    }

    /** A principal's turn: it chooses one action and carries it out. */
    public static void decide(World m, StateAgent s) {
        int n = s.actions.length;
        double[] u = s.lastUtility, p = s.lastProbability;
        utilities(m, s, u);
        logit(u, m.p.rationality, p);
        double force = 0;
        for (int i = 0; i < n; i++) if (s.actions[i].kind().isForce()) force += p[i];
        s.forceProbability = force;
        int choice = s.forcedChoice >= 0 ? s.forcedChoice : Choice.pick(p, m.streams.decision(s.index).nextDouble());
        s.forcedChoice = -1;
        s.lastChoice = choice;
        for (int i = 0; i < n; i++) s.recent[i] *= m.p.repeatMemory;
        if (s.actions[choice].kind() != Kind.HOLD) s.recent[choice] += 1;
        Actions.act(m, s, choice);
    }

    /** The day's drift of a state's forces along the arms race, before it decides. */
    public static void drift(World m, StateAgent s) {
        if (s.rival >= 0 && s.maxBuildUp > 0) s.forces += Forces.drift(m, s);
    }

    /** Utility of each action open to s today; NaN where an action is not open. */
    public static void utilities(World m, StateAgent s, double[] u) {
        s.winVsRival = Double.NaN; // hybrid, incursion and invasion share one estimate of a war with the rival
        for (int i = 0; i < s.actions.length; i++) {
            // habituation: an action repeated within days is worth less each time (words wear out, moves lose news value)
            u[i] = isOpen(m, s, i) ? utility(m, s, i) - m.p.repeatCost * s.recent[i] : Double.NaN;
        }
    }

    /** Is the state's i-th action open today: enough forces for it, and open on the rung and in the situation? */
    public static boolean isOpen(World m, StateAgent s, int i) {
        return s.forces >= s.actionMinForces[i] && open(m, s, s.actions[i]);
    }

    static boolean open(World m, StateAgent s, ActionSpec a) {
        int r = m.crisis.rung;
        if (r < a.minRung() || r > a.maxRung()) return false;
        return switch (a.kind()) {
            case BUILD_UP -> s.maxBuildUp > 0 && s.forces < s.activeForces;
            case DRAW_DOWN -> s.forces > 0;
            case SUPPLY_ARMS -> s.partner >= 0;
            case REINFORCE_ALLY -> memberWith(m, s, AllianceSpec.Instrument.REINFORCEMENT) >= 0 && s.forces < s.activeForces;
            case THREATEN_SANCTIONS -> nextThreat(m, s) >= 0;
            case BACK_SANCTIONS, BLOCK_SANCTIONS -> memberWith(m, s, AllianceSpec.Instrument.SANCTIONS) >= 0;
            case PROPOSE_TALKS -> s.rival >= 0 && !m.talksPending(s.index, s.rival);
            case CONCEDE -> s.rival >= 0 && Math.abs(m.states[s.rival].ideal - m.crisis.statusQuo) > 1e-6;
            case HOLD, DEMAND, WARN -> true;
            default -> s.rival >= 0;
        };
    }

    static double utility(World m, StateAgent s, int i) {
        ActionSpec a = s.actions[i];
        DrawnParameters p = m.p;
        Crisis c = m.crisis;
        double cost = s.actionCost[i];
        double amount = s.actionAmount[i];
        return switch (a.kind()) {
            case HOLD -> 0;
            case BUILD_UP, DRAW_DOWN -> {
                double rate = Forces.rate(m, s);
                double pull = s.maxBuildUp > 0 ? clamp(rate / s.maxBuildUp, -1, 1) : Math.signum(rate);
                double agreementPull = c.agreement && m.isParty(s.index) ? p.postureWeight : 0;
                // keeping the troops moved costs forceCost per thousand per year for the days left
                double upkeep = s.forceCost * amount * (m.scenario.horizonDays() - c.day) / 365.0;
                yield (a.kind() == Kind.BUILD_UP ? p.postureWeight * pull - agreementPull - upkeep : -p.postureWeight * pull + agreementPull + upkeep) - cost;
            }
            case DEMAND, WARN -> p.wordsWeight * c.tension * s.resolve - cost;
            case SUPPLY_ARMS, REINFORCE_ALLY, THREATEN_SANCTIONS, BACK_SANCTIONS -> p.supportWeight * c.tension * s.resolve - cost;
            case BLOCK_SANCTIONS -> p.supportWeight * (dependence(m, s) - c.tension * s.resolve) - cost;
            case PROPOSE_TALKS -> p.talksWeight * Diplomacy.expectedValue(m, s.index, s.rival) - cost;
            case CONCEDE -> {
                StateAgent r = m.states[s.rival];
                double threatWithinMonth = 1 - Math.pow(1 - r.forceProbability, 30);
                yield s.salience * amount * (p.concedeThreat * threatWithinMonth - 1) - cost;
            }
            case HYBRID, INCURSION, INVASION, STRIKE_ALLIANCE, NUCLEAR_USE -> forceUtility(m, s, i);
        };
    }

    /**
     * Use of force: a share of the stake won with the chance of winning, against the military cost, the sanctions
     * it would bring (each threatened tier counts fully times the sender's credibility, others at half) and the
     * alliance's response when the rung it leads to reaches collective defence.
     */
    public static double forceUtility(World m, StateAgent s, int i) {
        ActionSpec a = s.actions[i];
        DrawnParameters p = m.p;
        double share = s.actionAmount[i];
        int target = a.kind() == Kind.STRIKE_ALLIANCE ? strongestAllianceRival(m, s) : s.rival;
        if (target < 0) return Double.NEGATIVE_INFINITY;
        boolean camp = a.kind() == Kind.STRIKE_ALLIANCE || a.kind() == Kind.NUCLEAR_USE;
        double win;
        if (camp || target != s.rival) {
            win = Forces.winChance(m, s.index, s.index, target, camp);
        } else {
            if (Double.isNaN(s.winVsRival)) s.winVsRival = Forces.winChance(m, s.index, s.index, target, false);
            win = s.winVsRival;
        }
        double distance = Math.abs(s.ideal - m.states[target].ideal);
        double statusQuoLoss = s.salience * Math.abs(m.crisis.statusQuo - s.ideal);
        double warLoss = s.salience * (1 - win) * distance;
        int rung = Math.max(m.crisis.rung, m.actionRung[s.actionIndex[i]]);
        double risk = 1.5 - s.riskTolerance;
        double costs = share * p.warCost * (1 - s.resolve / 2) + Sanctions.expected(m, s.index, rung) + expectedAllianceResponse(m, s.index, rung);
        // domestic pressure, felt more as tension rises, and frustration with failed talks make the stake loom larger
        double stakeWeight = 1 + s.pressure * m.crisis.tension + s.frustration;
        // while talks it takes part in are ahead, waiting keeps an option open and attacking mid-diplomacy costs standing
        double restraint = s.upcomingTalks > 0 ? p.talksRestraint : 0;
        return share * stakeWeight * (statusQuoLoss - warLoss) - risk * costs - s.actionCost[i] - restraint;
    }

    static double expectedAllianceResponse(World m, int state, int rung) {
        if (rung < m.p.allianceWarRung) return 0;
        double total = 0;
        for (AllianceAgent al : m.alliances) {
            if (al.adversary == state && al.has(AllianceSpec.Instrument.COLLECTIVE_DEFENCE)) total += m.p.allianceWarCost * al.cohesion;
        }
        return total;
    }

    /** The member state of the alliance that most opposes s (its lead, or its largest economy). */
    static int strongestAllianceRival(World m, StateAgent s) {
        for (AllianceAgent al : m.alliances) {
            if (al.adversary == s.index && al.has(AllianceSpec.Instrument.COLLECTIVE_DEFENCE)) return al.lead;
        }
        return -1;
    }

    static double dependence(World m, StateAgent s) {
        double d = 0;
        for (int a : s.memberOf) {
            AllianceAgent al = m.alliances[a];
            for (int k = 0; k < al.members.length; k++) if (al.members[k] == s.index) d = Math.max(d, al.dependence[k]);
        }
        return d;
    }

    static int memberWith(World m, StateAgent s, AllianceSpec.Instrument inst) {
        for (int a : s.memberOf) if (m.alliances[a].has(inst)) return a;
        return -1;
    }

    /** The alliance whose next sanctions tier s can threaten today, or -1. */
    public static int nextThreat(World m, StateAgent s) {
        for (int a : s.memberOf) {
            AllianceAgent al = m.alliances[a];
            if (!al.has(AllianceSpec.Instrument.SANCTIONS)) continue;
            int t = al.threatenedTier;
            if (t < m.tiers.length && m.tierThreatRung[t] <= m.crisis.rung) return a;
        }
        return -1;
    }

    /** Quantal response: p_i proportional to exp(lambda * u_i); NaN utilities get probability 0. */
    public static void logit(double[] u, double lambda, double[] p) {
        Choice.logit(u, lambda, p);
    }

    static double clamp(double v, double lo, double hi) {
        return Choice.clamp(v, lo, hi);
    }
}
