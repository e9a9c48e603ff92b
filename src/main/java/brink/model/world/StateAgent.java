package brink.model.world;

import brink.scenario.ActionSpec;
import brink.scenario.StateSpec;

/**
 * A state: its drawn attributes, its forces, its beliefs and what it did. Principals (states with actions) take a
 * decision each day through the decision mechanism; other states only bear costs and feed their alliances. The
 * state holds no behaviour of its own: mechanisms read and change it.
 */
public final class StateAgent implements java.io.Serializable {
    public final int index;
    public final String id;
    public final String name;
    public final transient StateSpec spec;

    // drawn attributes
    public double forces;
    public double activeForces;
    public double readiness;
    public double maxBuildUp;
    public double forceCost;
    public double gdp;
    public double resolve;
    public double riskTolerance;
    public double pressure;
    public double grievance;
    public double salience;
    /** Ideal point on the crisis's contested issue, 0..1 (talks' progress and concessions move it), and where it began. */
    public double ideal, ideal0;
    /** Its model parameters: the global ones, with its own values where the scenario gives them. */
    public DrawnParameters p;
    /** Theatre forces on day 0, and the most it can have in the theatre (day-0 forces plus what it can deploy). */
    public double forces0, ceiling;
    /** Active forces on day 0 (losses are counted against them). */
    public double active0;
    /** Nuclear warheads and second-strike capability (0..1); 0 and 0 without nuclear forces. */
    public double warheads, secondStrike;

    // war and its costs
    /** Troops lost in war so far, thousand. */
    public double losses;
    /** Costs of war borne so far (economic and losses), stake units. */
    public double warCostSoFar;
    /** Share of its GDP lost to sanctions so far (cumulative, as a target). */
    public double sanctionsDamage;
    /** Arms on their way (a ring of days: what arrives on each day of the supply lag). */
    public double[] pipeline = new double[1];
    /** Attacked (at home or struck elsewhere): it brings forces into the theatre up to its ceiling (Forces.mobilisation). */
    public boolean mobilising;
    /** Attacked on its own territory: its reserves join where they are (no lift bound) unless it is expeditionary. */
    public boolean attackedAtHome;
    /** Declares a {@code deployable} ceiling: its theatre is reached by moving forces there, so lift bounds mobilisation. */
    public boolean expeditionary;
    /** Of its daily move limit, what today's mobilisation already took (set at dawn; a build-up moves the rest). */
    public double liftUsed;

    // coercion and commitments
    /** Audience costs it has committed to by public demands: paid when it backs down (Fearon 1994). */
    public double commitment;
    /** The day its own ultimatum expires, -1 when none, and the audience cost staked on it. */
    public int deadline = -1;
    public double ultimatumStake;
    /** Last day of its present decision point (a deadline, readiness reached, an incident), -1 when none. */
    public int decisionPointUntil = -1;
    /** Whether it has reached its deployment ceiling (readiness: a decision point the first time). */
    public boolean ready;
    /** Actions it has taken at least once (by index into its actions): prerequisites of bigger moves. */
    public boolean[] taken = NO_BOOLEANS;
    /** Its compliance with the agreement in force, 0..1 (1 when none). */
    public double compliance = 1;
    /** All states it is a rival of (its adversaries), with the weight of each rivalry, strongest first. */
    public int[] adversaries = NO_INTS;
    public double[] adversaryWeight = NO_DOUBLES;
    /** Daily hazard of each major action at its last decision (0 for everyday actions), for explanation. */
    public double[] lastHazard = NO_DOUBLES;
    /** Advantage of each major action over the best everyday one at its last decision (NaN when not major or closed). */
    public double[] lastGap = NO_DOUBLES;
    /** Major moves taken by action, and those taken when worth less than the best everyday move (diagnostics). */
    public int[] majorTaken = NO_INTS, majorWorse = NO_INTS;

    /** Frustration from talks that failed: it makes the stake loom larger, as patience with diplomacy runs out. */
    public double frustration;
    /** GDP lost so far to sanctions (as target or sender), billion USD. */
    public double gdpLost;
    /** Arms received from partners, in thousand-troop equivalents. */
    public double supplies;
    /** Beta belief about each other state's resolve (alpha, beta by state index). */
    public final double[] beliefAlpha;
    public final double[] beliefBeta;
    /** Its beliefs at day 0 (the prior that old evidence fades back toward). */
    public double[] priorAlpha = NO_DOUBLES, priorBeta = NO_DOUBLES;
    /** Strength it had yesterday (forces and arms) and its measured daily growth (smoothed): the trend of the balance. */
    public double lastStrength = Double.NaN, strengthTrend;

    /** Main rival (strongest rival edge), -1 when none: whom its actions aim at unless they name a target. */
    public int rival = -1;
    /** The partner this state supplies arms to, -1 when none. */
    public int partner = -1;
    /** Alliances this state is a member of. */
    public int[] memberOf = NO_INTS;

    // the actions open to it, with their drawn numbers (arrays so the daily step allocates nothing)
    public ActionSpec[] actions = NO_ACTIONS;
    public int[] actionIndex = NO_INTS;
    public double[] actionCost = NO_DOUBLES;
    public double[] actionTension = NO_DOUBLES;
    public double[] actionSignal = NO_DOUBLES;
    public double[] actionAmount = NO_DOUBLES;
    public double[] actionMinForces = NO_DOUBLES;
    public double[] actionIntensity = NO_DOUBLES;
    public double[] actionAudience = NO_DOUBLES;
    /** Whom each action aims at (state index, -1 when nobody), and the actions each one requires first. */
    public int[] actionTarget = NO_INTS;
    public int[][] actionRequires = NO_INT_ARRAYS;
    /** Utilities and probabilities of yesterday's decision, for inspectors and play mode; NaN when not open. */
    public double[] lastUtility = NO_DOUBLES;
    /** How often each action was taken lately (decays daily): the habituation that keeps moves from repeating. */
    public double[] recent = NO_DOUBLES;
    public double[] lastProbability = NO_DOUBLES;
    /** Probability that it chose a use of force yesterday: its visible posture. */
    public double forceProbability;
    /** Index (into actions) of the last action chosen, -1 before the first decision. */
    public int lastChoice = -1;
    /** An action a player chose for today (index into actions), or -1 to let the model choose. */
    public int forcedChoice = -1;

    /** First day it used force (incursion, invasion, a strike, nuclear use), -1 when never. */
    public int firstForceDay = -1;
    /** Bargaining events it represents a side in that are scheduled and not yet held. */
    public int upcomingTalks;
    /** Its stance on sanctions today: +1 back, -1 block, 0 none (reset at dawn). */
    public int sanctionsStance;

    // a bystander has no actions: its per-action arrays are these shared empty ones (nothing can be written into an
    // empty array), so building a run's states allocates only what holds values
    static final double[] NO_DOUBLES = {};
    static final int[] NO_INTS = {};
    static final long[] NO_LONGS = {};
    static final boolean[] NO_BOOLEANS = {};
    static final int[][] NO_INT_ARRAYS = {};
    static final ActionSpec[] NO_ACTIONS = {};

    StateAgent(int index, StateSpec spec, int states) {
        this.index = index;
        this.spec = spec;
        this.id = spec.id();
        this.name = spec.name();
        beliefAlpha = new double[states];
        beliefBeta = new double[states];
        java.util.Arrays.fill(beliefAlpha, 1);
        java.util.Arrays.fill(beliefBeta, 1);
    }

    public boolean isPrincipal() {
        return actions.length > 0;
    }

    /**
     * Resolve as it stands: the drawn resolve worn down by losses in war (war weariness; Mueller 1973) and by the damage
     * sanctions did (the costs they impose on the state's leadership).
     */
    public double currentResolve() {
        // kept until losses or damage change: strengths read it for every belligerent in every expectation of a war
        if (losses != resolveLosses || sanctionsDamage != resolveDamage || resolve != resolveBase || Double.isNaN(resolveNow)) {
            double lost = active0 > 0 ? losses / active0 : 0;
            resolveNow = resolve * Math.exp(-p.warWeariness * lost - p.damageResolve * sanctionsDamage);
            resolveLosses = losses;
            resolveDamage = sanctionsDamage;
            resolveBase = resolve;
        }
        return resolveNow;
    }

    private transient double resolveNow = Double.NaN, resolveLosses, resolveDamage, resolveBase;

    /** Whether it or one of its collective-defence allies has nuclear weapons (fixed for the run). */
    public boolean nuclearCamp;
    /** Whether one of its actions can open a war (it can be the revisionist side of talks). */
    public boolean canOpenWar;
    /** The number of its evaluations so far, and each action's value with the evaluation it was computed in. */
    public long evaluation;
    public double[] value = NO_DOUBLES;
    public long[] valueOf = NO_LONGS;

    /** Whether it can use nuclear weapons. */
    public boolean nuclear() {
        return warheads > 0;
    }

    /** Expected resolve of another state under this state's belief. */
    public double believedResolve(int other) {
        return beliefAlpha[other] / (beliefAlpha[other] + beliefBeta[other]);
    }

    // MASON inspector properties
    public double getForces() { return forces; }
    public double getResolve() { return resolve; }
    public double getGdpLost() { return gdpLost; }
    public double getSupplies() { return supplies; }
    public double getIdealPoint() { return ideal; }
    public double getForceProbability() { return forceProbability; }
    public double getLosses() { return losses; }
    public double getSanctionsDamage() { return sanctionsDamage; }
    public double getCommitment() { return commitment; }
    public String getLastAction() { return lastChoice < 0 ? "-" : actions[lastChoice].name(); }
    public String getName() { return name; }

    @Override
    public String toString() {
        return name;
    }
}
