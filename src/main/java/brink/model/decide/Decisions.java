package brink.model.decide;

import brink.model.force.Forces;
import brink.model.sanctions.Sanctions;
import brink.model.talks.Diplomacy;
import brink.model.war.War;
import brink.model.world.AllianceAgent;
import brink.model.world.Choice;
import brink.model.world.Conflict;
import brink.model.world.Crisis;
import brink.model.world.DrawnParameters;
import brink.model.world.Outlook;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.ActionSpec;
import brink.scenario.ActionSpec.Kind;
import brink.scenario.AllianceSpec;

/**
 * Each principal's daily decision, in two tiers.
 * <ul>
 * <li><b>Everyday moves</b> (words, build-up steps, support, proposals, hold) are a quantal choice: each open one is
 * taken with probability proportional to exp(rationality x utility) (McKelvey &amp; Palfrey 1995).</li>
 * <li><b>Major moves</b> (opening or widening a war, nuclear use, unilateral concessions, withdrawal, and any action
 * a scenario marks major) are hard to reverse, and are taken with a discrete-time hazard that grows with their
 * advantage over the best everyday move: h = 1 - exp(-h0 b exp(lambda_M gap)), the complementary log-log form of a
 * grouped proportional-hazards model (Prentice &amp; Gloeckler 1978; Allison 1982), h0 = majorHazard,
 * lambda_M = majorDecisiveness, b = decisionPointBoost on a decision point (a deadline, readiness reached, an
 * incident) and 1 otherwise.</li>
 * </ul>
 * Utilities are in stake units relative to holding (U(hold) = 0). A state takes at most one action a day: first a
 * draw decides whether a major move is taken (chance 1 - prod(1 - h)), then which one.
 */
public final class Decisions {
    private Decisions() {
    }

    /** A principal's turn: it chooses one action and carries it out. */
    public static void decide(World m, StateAgent s) {
        int n = s.actions.length;
        double[] u = s.lastUtility, p = s.lastProbability;
        double major = probabilities(m, s, u, p);
        double force = 0;
        for (int i = 0; i < n; i++) if (s.actions[i].kind().isForce() && s.actions[i].violent()) force += p[i];
        s.forceProbability = force;
        // two draws a decision, always, so a state's stream stays aligned whatever it chooses
        double tier = m.streams.decision(s.index).nextDouble(), which = m.streams.decision(s.index).nextDouble();
        int choice;
        if (s.forcedChoice >= 0) {
            choice = s.forcedChoice;
        } else if (tier < major) {
            choice = pickMajor(s, which);
        } else {
            choice = pickEveryday(s, which, major);
        }
        s.forcedChoice = -1;
        s.lastChoice = choice;
        for (int i = 0; i < n; i++) s.recent[i] *= s.p.repeatMemory;
        if (s.actions[choice].kind() != Kind.HOLD) s.recent[choice] += 1;
        if (s.actions[choice].major()) {
            Crisis c = m.crisis;
            c.majorMoves++;
            s.majorTaken[choice]++;
            if (s.lastGap[choice] < 0) {
                c.majorMovesWorse++;
                s.majorWorse[choice]++;
            }
            double gap = s.lastGap[choice];
            if (m.narrating()) m.say(() -> String.format(java.util.Locale.ROOT, "%s takes a major step, worth %+.3f against its best everyday move", s.name, gap));
        }
        backingDown(m, s, choice);
        Actions.act(m, s, choice);
    }

    /**
     * Fills u (utility, NaN where closed) and p (the chance of each action today: majors by their hazards, everyday
     * moves by the logit over what is left) and each major's hazard and gap; returns the chance of a major move today.
     */
    public static double probabilities(World m, StateAgent s, double[] u, double[] p) {
        int n = s.actions.length;
        utilities(m, s, u);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) if (!s.actions[i].major() && !Double.isNaN(u[i]) && u[i] > best) best = u[i];
        if (best == Double.NEGATIVE_INFINITY) best = 0;
        // on the day its ultimatum expires, every everyday move is backing down: it would pay the stake (Fearon 1994)
        if (s.deadline == m.crisis.day) {
            best -= s.ultimatumStake;
            s.decisionPointUntil = Math.max(s.decisionPointUntil, m.crisis.day + (int) Math.round(m.p.decisionPointDays) - 1);
        }
        double boost = s.decisionPointUntil >= m.crisis.day ? s.p.decisionPointBoost : 1;
        double survive = 1;
        for (int i = 0; i < n; i++) {
            s.lastHazard[i] = 0;
            s.lastGap[i] = Double.NaN;
            if (!s.actions[i].major() || Double.isNaN(u[i]) || u[i] == Double.NEGATIVE_INFINITY) continue;
            double gap = u[i] - best;
            s.lastGap[i] = gap;
            s.lastHazard[i] = hazard(s.p.majorHazard * boost, s.p.majorDecisiveness, gap);
            survive *= 1 - s.lastHazard[i];
        }
        double major = 1 - survive;
        // everyday moves: the logit over the open ones, sharing what the majors leave
        for (int i = 0; i < n; i++) p[i] = s.actions[i].major() ? Double.NaN : u[i];
        Choice.logit(p, s.p.rationality, p);
        double hazards = 0;
        for (int i = 0; i < n; i++) if (s.actions[i].major()) hazards += s.lastHazard[i];
        for (int i = 0; i < n; i++) {
            if (s.actions[i].major()) p[i] = hazards > 0 ? major * s.lastHazard[i] / hazards : 0;
            else p[i] = Double.isNaN(p[i]) ? 0 : p[i] * (1 - major);
        }
        return major;
    }

    /** The complementary log-log hazard of a major move with this advantage over the best everyday move. */
    public static double hazard(double h0, double decisiveness, double gap) {
        // -expm1 keeps the tiny hazards of moves far below the alternative representable
        return -Math.expm1(-h0 * Math.exp(Math.min(50, decisiveness * gap)));
    }

    private static int pickMajor(StateAgent s, double uniform) {
        double total = 0;
        for (int i = 0; i < s.actions.length; i++) total += s.lastHazard[i];
        double acc = 0;
        int last = -1;
        for (int i = 0; i < s.actions.length; i++) {
            if (s.lastHazard[i] <= 0) continue;
            acc += s.lastHazard[i] / total;
            last = i;
            if (uniform < acc) return i;
        }
        return last;
    }

    private static int pickEveryday(StateAgent s, double uniform, double major) {
        double acc = 0, scale = 1 - major;
        int last = -1;
        for (int i = 0; i < s.actions.length; i++) {
            if (s.actions[i].major() || s.lastProbability[i] <= 0) continue;
            acc += s.lastProbability[i] / scale;
            last = i;
            if (uniform < acc) return i;
        }
        return last >= 0 ? last : holdOrFirst(s);
    }

    private static int holdOrFirst(StateAgent s) {
        for (int i = 0; i < s.actions.length; i++) if (s.actions[i].kind() == Kind.HOLD) return i;
        return 0;
    }

    /**
     * On the day its ultimatum expires, a state that does not escalate backs down and pays its audience cost
     * (Fearon 1994): its public commitment is spent.
     */
    static void backingDown(World m, StateAgent s, int choice) {
        if (s.deadline != m.crisis.day) return;
        ActionSpec a = s.actions[choice];
        boolean followsThrough = a.major() && a.kind().direction > 0;
        if (!followsThrough && s.ultimatumStake > 0) {
            double cost = s.ultimatumStake;
            if (m.narrating()) m.say(() -> String.format(java.util.Locale.ROOT, "%s lets its deadline pass and backs down (audience cost %.2f)", s.name, cost));
            // the ultimatum's audience cost is paid; the demands it still stands by keep theirs
            s.commitment = Math.max(0, s.commitment - cost);
        }
        s.ultimatumStake = 0;
        s.deadline = -1;
    }

    /** Forces of non-principals drift along the arms race (principals move theirs by choice: Richardson counted once). */
    public static void drift(World m, StateAgent s) {
        if (s.isPrincipal() || s.rival < 0 || s.maxBuildUp <= 0) return;
        s.forces += Forces.drift(m, s);
        s.forces = Math.min(s.forces, Math.max(s.ceiling, s.forces0));
    }

    /** Utility of each action open to s today; NaN where an action is not open. */
    public static void utilities(World m, StateAgent s, double[] u) {
        s.evaluation++; // a fresh evaluation: the values remembered from the last one no longer hold
        for (int i = 0; i < s.actions.length; i++) {
            // habituation: words and gestures repeated within days are worth less each time (they lose news value);
            // moving forces is a plan carried out step by step, not a signal that wears out
            double wornOut = movesForces(s.actions[i].kind()) ? 0 : s.p.repeatCost * s.recent[i];
            u[i] = isOpen(m, s, i) ? utility(m, s, i) - wornOut : Double.NaN;
        }
        for (int i = 0; i < s.actions.length; i++) if (!Double.isNaN(u[i]) && !s.taken[i]) u[i] += enabling(m, s, i);
    }

    /**
     * A preparatory step is worth what it opens: the best value, if positive, of a move that requires it and waits
     * for nothing else (so the risk of escalation builds toward the step that makes the bigger move possible).
     */
    static double enabling(World m, StateAgent s, int step) {
        double best = 0;
        for (int k = 0; k < s.actions.length; k++) {
            boolean needs = false, ready = true;
            for (int r : s.actionRequires[k]) {
                if (r == step) needs = true;
                else if (r >= 0 && !s.taken[r]) ready = false;
            }
            if (!needs || !ready || s.forces < s.actionMinForces[k] || !open(m, s, s.actions[k], s.actionTarget[k])) continue;
            best = Math.max(best, utility(m, s, k));
        }
        return best;
    }

    static boolean movesForces(Kind k) {
        return k == Kind.BUILD_UP || k == Kind.DRAW_DOWN || k == Kind.REINFORCE_ALLY;
    }

    /**
     * Which of the model's conditions closes an action today, or OPEN: the one check behind {@link #isOpen} and the
     * decisions, and the source of the reasons play mode and the classroom show ({@link Locks} puts them in words).
     */
    public enum Closed {
        OPEN,
        /** the crisis is below the action's lowest rung */
        BELOW_RUNG,
        /** the crisis is above the action's highest rung */
        ABOVE_RUNG,
        /** fewer troops in the theatre than the action needs */
        FORCES,
        /** a preparatory step it requires is not taken */
        STEP_FIRST,
        /** no target: no rival (or partner) for the action to aim at */
        NO_TARGET,
        /** a build-up with no capacity to build up */
        NO_CAPACITY,
        /** forces already at the state's ceiling */
        AT_CEILING,
        /** today's mobilisation already used the state's daily move limit */
        LIFT_USED,
        /** no forces in the theatre to draw down */
        NO_FORCES,
        /** not a member of an alliance that sends reinforcements */
        NO_REINFORCEMENT_ALLIANCE,
        /** not a member of an alliance with sanctions */
        NO_SANCTIONS_ALLIANCE,
        /** its sanctions alliance answers no adversary yet */
        SANCTIONS_NO_ADVERSARY,
        /** its sanctions alliance already threatens its last tier */
        SANCTIONS_ALL_THREATENED,
        /** the next tier can be threatened only from a higher rung */
        SANCTIONS_RUNG,
        /** an agreement in force ends talks on the issue */
        AGREEMENT_IN_FORCE,
        /** talks with the rival already proposed and not yet held */
        TALKS_PENDING,
        /** the issue already stands at the target's position */
        AT_TARGET_POSITION,
        /** an ultimatum of the state's runs */
        ULTIMATUM_RUNNING,
        /** a major hybrid step already taken once */
        DONE_ONCE,
        /** the action would aim at the state itself */
        SELF_TARGET,
        /** already fighting the target at this intensity or more */
        FIGHTING,
        /** already at war */
        AT_WAR,
        /** no war in which the partner is attacked */
        PARTNER_NOT_ATTACKED,
        /** no nuclear weapons */
        NOT_NUCLEAR,
        /** not at war */
        NOT_AT_WAR,
        /** at war, but not as the attacker of a war (a defender, or a clash nobody chose) */
        NOT_THE_ATTACKER,
        /** no forces beyond those it began with and no commitment to stand down from */
        NOTHING_TO_WITHDRAW
    }

    /** Is the state's i-th action open today: open on the rung, enough forces, its preparatory steps taken and open now? */
    public static boolean isOpen(World m, StateAgent s, int i) {
        return closed(m, s, i) == Closed.OPEN;
    }

    /** The first of the model's conditions that closes the state's i-th action today, or OPEN. */
    public static Closed closed(World m, StateAgent s, int i) {
        ActionSpec a = s.actions[i];
        int r = m.crisis.rung;
        if (r < a.minRung()) return Closed.BELOW_RUNG;
        if (r > a.maxRung()) return Closed.ABOVE_RUNG;
        if (s.forces < s.actionMinForces[i]) return Closed.FORCES;
        if (firstStepMissing(s, i) >= 0) return Closed.STEP_FIRST;
        return closed(m, s, a, s.actionTarget[i]);
    }

    /** The first preparatory step of the i-th action not yet taken, or -1. */
    public static int firstStepMissing(StateAgent s, int i) {
        for (int r : s.actionRequires[i]) if (r >= 0 && !s.taken[r]) return r;
        return -1;
    }

    static boolean open(World m, StateAgent s, ActionSpec a, int target) {
        return closed(m, s, a, target) == Closed.OPEN;
    }

    static Closed closed(World m, StateAgent s, ActionSpec a, int target) {
        Crisis c = m.crisis;
        int r = c.rung;
        if (r < a.minRung()) return Closed.BELOW_RUNG;
        if (r > a.maxRung()) return Closed.ABOVE_RUNG;
        return switch (a.kind()) {
            // today's mobilisation may have used the daily move limit already
            case BUILD_UP -> s.maxBuildUp <= 0 ? Closed.NO_CAPACITY : s.forces >= s.ceiling ? Closed.AT_CEILING
                    : s.maxBuildUp > s.liftUsed ? Closed.OPEN : Closed.LIFT_USED;
            case DRAW_DOWN -> s.forces > 0 ? Closed.OPEN : Closed.NO_FORCES;
            case SUPPLY_ARMS -> target >= 0 ? Closed.OPEN : Closed.NO_TARGET;
            case REINFORCE_ALLY -> memberWith(m, s, AllianceSpec.Instrument.REINFORCEMENT) < 0 ? Closed.NO_REINFORCEMENT_ALLIANCE
                    : s.forces >= s.ceiling ? Closed.AT_CEILING : s.maxBuildUp <= 0 || s.maxBuildUp > s.liftUsed ? Closed.OPEN : Closed.LIFT_USED;
            case THREATEN_SANCTIONS -> threatClosed(m, s);
            case BACK_SANCTIONS, BLOCK_SANCTIONS -> memberWith(m, s, AllianceSpec.Instrument.SANCTIONS) >= 0 ? Closed.OPEN : Closed.NO_SANCTIONS_ALLIANCE;
            // an agreement in force ends talks on the issue: one settlement clock
            case PROPOSE_TALKS -> target < 0 ? Closed.NO_TARGET : c.accord != null ? Closed.AGREEMENT_IN_FORCE
                    : m.talksPending(s.index, target) ? Closed.TALKS_PENDING : Closed.OPEN;
            case CONCEDE -> target < 0 ? Closed.NO_TARGET : Math.abs(m.states[target].ideal - c.statusQuo) > 1e-6 ? Closed.OPEN : Closed.AT_TARGET_POSITION;
            case HOLD, WARN -> Closed.OPEN;
            // an ultimatum is set once at a time: a second one before the first expires would add nothing
            case DEMAND -> a.deadlineDays() == null || s.deadline < 0 ? Closed.OPEN : Closed.ULTIMATUM_RUNNING;
            // a hybrid step taken as a major move (recognition, annexation) is done once
            case HYBRID -> target < 0 ? Closed.NO_TARGET : a.major() && s.taken[indexOf(s, a)] ? Closed.DONE_ONCE : Closed.OPEN;
            case INCURSION, INVASION, STRIKE, STRIKE_ALLIANCE -> target < 0 ? Closed.NO_TARGET : target == s.index ? Closed.SELF_TARGET
                    : fightingAtLeast(m, s.index, target, a) ? Closed.FIGHTING : Closed.OPEN;
            case INTERVENE -> target < 0 ? Closed.NO_TARGET : War.of(m, s.index) != null ? Closed.AT_WAR
                    : defending(m, target) == null ? Closed.PARTNER_NOT_ATTACKED : Closed.OPEN;
            case NUCLEAR_USE -> !s.nuclear() ? Closed.NOT_NUCLEAR : War.of(m, s.index) == null ? Closed.NOT_AT_WAR : Closed.OPEN;
            case WITHDRAW -> withdrawClosed(m, s);
        };
    }

    /** OPEN when an alliance of s can threaten its next tier today ({@link #nextThreat}); else why its first sanctions alliance cannot. */
    static Closed threatClosed(World m, StateAgent s) {
        if (nextThreat(m, s) >= 0) return Closed.OPEN;
        int a = memberWith(m, s, AllianceSpec.Instrument.SANCTIONS);
        if (a < 0) return Closed.NO_SANCTIONS_ALLIANCE;
        AllianceAgent al = m.alliances[a];
        if (al.adversary < 0) return Closed.SANCTIONS_NO_ADVERSARY;
        return al.threatenedTier >= m.tiers.length ? Closed.SANCTIONS_ALL_THREATENED : Closed.SANCTIONS_RUNG;
    }

    /** Already at war with the target at this action's intensity or more: nothing left to open. */
    private static boolean fightingAtLeast(World m, int s, int target, ActionSpec a) {
        Conflict c = War.between(m, s, target);
        return c != null && c.intensity >= m.states[s].actionIntensity[indexOf(m.states[s], a)] - 1e-9;
    }

    private static int indexOf(StateAgent s, ActionSpec a) {
        for (int i = 0; i < s.actions.length; i++) if (s.actions[i] == a) return i;
        return 0;
    }

    /** The war in which this state is attacked (fights on the defender's side), or null. */
    static Conflict defending(World m, int state) {
        Conflict c = War.of(m, state);
        return c != null && c.side(state) < 0 ? c : null;
    }

    /** Withdrawal is open to an attacker at war, and to a coercer with forces or commitments to stand down. */
    static Closed withdrawClosed(World m, StateAgent s) {
        Conflict c = War.of(m, s.index);
        if (c != null) return c.attacker == s.index && !c.clash ? Closed.OPEN : Closed.NOT_THE_ATTACKER;
        return s.forces > s.forces0 + 1e-9 || s.commitment > 0 ? Closed.OPEN : Closed.NOTHING_TO_WITHDRAW;
    }

    /**
     * The action's value in this evaluation; computed once per evaluation (a preparatory step and a withdrawal ask
     * for the values of the wars they open or give up, which are valued anyway).
     */
    static double utility(World m, StateAgent s, int i) {
        if (s.valueOf[i] == s.evaluation) return s.value[i];
        double v = value(m, s, i);
        s.value[i] = v;
        s.valueOf[i] = s.evaluation;
        return v;
    }

    static double value(World m, StateAgent s, int i) {
        ActionSpec a = s.actions[i];
        DrawnParameters p = s.p;
        Crisis c = m.crisis;
        double cost = s.actionCost[i];
        double amount = s.actionAmount[i];
        double resolve = s.currentResolve();
        return switch (a.kind()) {
            case HOLD -> 0;
            case BUILD_UP, DRAW_DOWN -> {
                // Richardson's rate as the pull of the arms race, counted once: principals move forces only by choice
                double rate = Forces.rate(m, s);
                double pull = s.maxBuildUp > 0 ? clamp(rate / s.maxBuildUp, -1, 1) : Math.signum(rate);
                double agreementPull = m.isParty(s.index) ? p.postureWeight : 0;
                // the troops moved cost upkeep over the state's planning window (never over the run's horizon)
                double upkeep = s.forceCost * amount * p.planningDays / 365.0;
                yield (a.kind() == Kind.BUILD_UP ? p.postureWeight * pull - agreementPull - upkeep : -p.postureWeight * pull + agreementPull + upkeep) - cost;
            }
            case DEMAND, WARN -> p.wordsWeight * c.tension * resolve - cost;
            case SUPPLY_ARMS -> p.supportWeight * c.tension * resolve * (defending(m, s.actionTarget[i]) != null ? 2 : 1) - cost;
            case REINFORCE_ALLY, THREATEN_SANCTIONS, BACK_SANCTIONS -> p.supportWeight * c.tension * resolve - cost;
            case BLOCK_SANCTIONS -> p.supportWeight * (dependence(m, s) - c.tension * resolve) - cost;
            case PROPOSE_TALKS -> p.talksWeight * Diplomacy.expectedValue(m, s.index, s.actionTarget[i]) - cost;
            case HYBRID -> hybridUtility(m, s, i);
            case INCURSION, INVASION, STRIKE, STRIKE_ALLIANCE -> warUtility(m, s, i);
            case INTERVENE -> interveneUtility(m, s, i);
            case NUCLEAR_USE -> nuclearUtility(m, s, i);
            case CONCEDE -> concedeUtility(m, s, i);
            case WITHDRAW -> withdrawUtility(m, s, i);
        };
    }

    // ------------------------------------------------------------------ the value of the issue

    /** A state's value of the issue at a position: linear loss from its ideal (Fearon 1995), stake units. */
    static double value(StateAgent s, double position) {
        return -s.salience * Math.abs(position - s.ideal);
    }

    /** How much larger the stake looms: domestic pressure felt as tension rises, and frustration with failed talks. */
    static double stakeWeight(World m, StateAgent s) {
        return 1 + s.pressure * m.crisis.tension + s.frustration;
    }

    /** Costs count more for the risk-averse: 1 + riskWeight (0.5 - riskTolerance). */
    static double riskFactor(StateAgent s) {
        return 1 + s.p.riskWeight * (0.5 - s.riskTolerance);
    }

    /**
     * The cost of keeping the standoff going over the state's planning window: the upkeep of its theatre forces and
     * the sanctions in force on it. Waiting costs: a move that ends the standoff saves it.
     */
    public static double standoff(World m, StateAgent s) {
        return s.forceCost * s.forces * s.p.planningDays / 365.0 + Sanctions.burden(m, s.index) * s.p.planningDays / 365.0;
    }

    /** The restraint a state shows while talks it takes part in are ahead (waiting keeps an option open). */
    static double restraint(StateAgent s) {
        return s.upcomingTalks > 0 ? s.p.talksRestraint : 0;
    }

    // ------------------------------------------------------------------ major moves

    /**
     * Opening (or widening, or intensifying) a war: the expected position the war would bring (the gambler's ruin of
     * the front, from the state's own view), against its costs (economic, losses, upkeep, nuclear risk), the
     * sanctions the rung it leads to would bring, and the standoff it ends.
     */
    static double warUtility(World m, StateAgent s, int i) {
        int target = s.actionTarget[i];
        ActionSpec a = s.actions[i];
        double intensity = s.actionIntensity[i];
        boolean home = a.kind() == Kind.INCURSION || a.kind() == Kind.INVASION;
        Outlook o = m.outlook;
        StateAgent t = m.states[target];
        double q = m.crisis.statusQuo;
        Conflict existing = War.between(m, s.index, target);
        War.outlook(m, s.index, s.index, target, intensity, home, o, m.ruinScratch);
        double aim, repulse;
        if (existing != null) {
            aim = existing.attacker == s.index ? existing.aim : existing.repulse;
            repulse = existing.attacker == s.index ? existing.repulse : existing.aim;
        } else {
            aim = q + s.actionAmount[i] * (s.ideal - q);
            repulse = q + m.p.repulseShift * (t.ideal - q);
        }
        double expected = o.win * value(s, aim) + (1 - o.win) * value(s, repulse);
        double gain = stakeWeight(m, s) * (expected - value(s, q));
        int rung = Math.max(m.crisis.rung, m.actionRung[s.actionIndex[i]]);
        double costs = o.costAttacker + Sanctions.expected(m, s.index, rung);
        // a war ends the standoff: it saves the waiting costs of the planning window it leaves unused
        double saved = existing == null ? standoff(m, s) * Math.max(0, 1 - o.days / s.p.planningDays) : 0;
        if (existing != null) {
            // intensifying a war already fought: only the change counts
            Outlook now = m.outlook2;
            War.outlook(m, s.index, s.index, target, existing.intensity, home, now, m.ruinScratch);
            double before = now.win * value(s, aim) + (1 - now.win) * value(s, repulse);
            gain = stakeWeight(m, s) * (expected - before);
            costs = o.costAttacker - now.costAttacker + Sanctions.expected(m, s.index, rung);
        }
        if (existing == null) {
            // the preventive motive (Powell 2006): what waiting would cost if the balance shifts against it
            double later = War.winLater(m, o, s, t, s.p.planningDays, m.ruinScratch);
            gain += stakeWeight(m, s) * Math.max(0, o.win - later) * (value(s, aim) - value(s, repulse));
        }
        return gain - riskFactor(s) * costs + saved - s.actionCost[i] - restraint(s);
    }

    /**
     * Joining a war in defence of a partner: what the partner's better chances are worth to the state, against its own
     * costs of fighting (the nuclear risk among them when the attacker has nuclear weapons).
     */
    static double interveneUtility(World m, StateAgent s, int i) {
        Conflict c = defending(m, s.actionTarget[i]);
        if (c == null) return Double.NEGATIVE_INFINITY;
        Outlook without = m.outlook, with = m.outlook2;
        War.outlook(m, s.index, c.attacker, c.defender, c.intensity, false, without, m.ruinScratch);
        c.enter(s.index, false);
        War.outlook(m, s.index, c.attacker, c.defender, c.intensity, false, with, m.ruinScratch);
        double own = War.costOf(m, s, with.days, s.actionIntensity[i], with.strengthA, false, with.daily, c.attacker, s.index);
        c.leave(s.index);
        double before = without.win * value(s, c.aim) + (1 - without.win) * value(s, c.repulse);
        double after = with.win * value(s, c.aim) + (1 - with.win) * value(s, c.repulse);
        return stakeWeight(m, s) * (after - before) - riskFactor(s) * own - s.actionCost[i] - restraint(s);
    }

    /**
     * Nuclear use, valued with the nuclear balance: in a war it is losing, a state may hope a nuclear use compels
     * the other side to stop (nuclearCoercion) and so avert defeat (desperation), against the retaliation the
     * other side's second strike, its allies' and its patrons' (extendedDeterrence) would bring.
     */
    static double nuclearUtility(World m, StateAgent s, int i) {
        Conflict c = War.of(m, s.index);
        if (c == null) return Double.NEGATIVE_INFINITY;
        boolean attacker = c.side(s.index) > 0;
        int enemy = attacker ? c.defender : c.attacker;
        Outlook o = m.outlook;
        War.outlook(m, s.index, c.attacker, c.defender, c.intensity, false, o, m.ruinScratch);
        double winPos = attacker ? c.aim : c.repulse, losePos = attacker ? c.repulse : c.aim;
        double myWin = attacker ? o.win : 1 - o.win;
        double fightOn = myWin * value(s, winPos) + (1 - myWin) * value(s, losePos);
        double compelled = m.p.nuclearCoercion * value(s, winPos) + (1 - m.p.nuclearCoercion) * fightOn;
        double retaliation = War.retaliation(m, s.index, enemy) * s.p.nuclearRetaliationCost;
        double costs = retaliation + Sanctions.expected(m, s.index, m.ladderTop());
        return stakeWeight(m, s) * (compelled - fightOn) - riskFactor(s) * costs - s.actionCost[i];
    }

    /**
     * Steps short of war (cyber attacks, recognising separatists): pressure on the target, worth the share of the
     * stake it presses for times the chance the threatened war would succeed, against the sanctions it brings.
     */
    static double hybridUtility(World m, StateAgent s, int i) {
        int target = s.actionTarget[i];
        Outlook o = m.outlook;
        War.outlook(m, s.index, s.index, target, 1, true, o, m.ruinScratch);
        double q = m.crisis.statusQuo;
        double pressed = s.actionAmount[i] * stakeWeight(m, s) * o.win * (value(s, s.ideal) - value(s, q));
        int rung = Math.max(m.crisis.rung, m.actionRung[s.actionIndex[i]]);
        return pressed - riskFactor(s) * Sanctions.expected(m, s.index, rung) - s.actionCost[i] - restraint(s);
    }

    /**
     * A unilateral concession: worth the war it averts only if the threat is credible (the rival's visible chance of
     * force within the planning window, times the war's expected loss), against the ground given up, its domestic
     * cost and the audience costs of public demands it made.
     */
    static double concedeUtility(World m, StateAgent s, int i) {
        int r = s.actionTarget[i];
        StateAgent rival = m.states[r];
        double q = m.crisis.statusQuo;
        double gap = Math.abs(rival.ideal - q);
        double step = Math.min(s.actionAmount[i], gap);
        double threat = 1 - Math.pow(1 - Math.min(1, rival.forceProbability), s.p.planningDays);
        Conflict c = War.between(m, s.index, r);
        Outlook o = m.outlook;
        War.outlook(m, s.index, c != null ? c.attacker : r, c != null ? c.defender : s.index, 1, true, o, m.ruinScratch);
        boolean attacked = c == null || c.defender == s.index || c.side(s.index) < 0;
        double myWin = attacked ? 1 - o.win : o.win;
        double warLoss = value(s, q) - (myWin * value(s, q) + (1 - myWin) * value(s, rival.ideal)) + (attacked ? o.costDefender : o.costAttacker);
        if (c != null) threat = 1;
        double averted = threat * Math.max(0, warLoss) * (gap > 0 ? step / gap : 1);
        double given = s.salience * step;
        return averted - given - s.p.concessionCost - s.commitment - s.actionCost[i];
    }

    /**
     * Withdrawal: an attacker at war gives up its aim and stops the costs of fighting on; a coercer not at war stands
     * its campaign down and saves the standoff's costs, giving up what its forces could still win. Either way it
     * pays the audience costs of its public demands.
     */
    static double withdrawUtility(World m, StateAgent s, int i) {
        Conflict c = War.of(m, s.index);
        if (c != null && c.clash) c = null;
        if (c != null) {
            Outlook o = m.outlook;
            War.outlook(m, s.index, c.attacker, c.defender, c.intensity, false, o, m.ruinScratch);
            double fightOn = o.win * value(s, c.aim) + (1 - o.win) * value(s, c.repulse);
            return stakeWeight(m, s) * (value(s, c.q0) - fightOn) + riskFactor(s) * o.costAttacker - s.commitment - s.actionCost[i];
        }
        double saved = s.forceCost * Math.max(0, s.forces - s.forces0) * s.p.planningDays / 365.0 + Sanctions.burden(m, s.index) * s.p.planningDays / 365.0;
        // what it gives up: the option its forces keep open (a war it could still open, after any preparatory step)
        double option = 0;
        for (int k = 0; k < s.actions.length; k++) {
            Kind kind = s.actions[k].kind();
            if ((kind == Kind.INCURSION || kind == Kind.INVASION || kind == Kind.STRIKE) && open(m, s, s.actions[k], s.actionTarget[k])) {
                option = Math.max(option, utility(m, s, k));
            }
        }
        return saved - option - s.commitment - s.actionCost[i];
    }

    // ------------------------------------------------------------------ helpers

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
            if (!al.has(AllianceSpec.Instrument.SANCTIONS) || al.adversary < 0) continue;
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
