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
    /** Ideal point on the crisis's contested issue, 0..1. */
    public double ideal;

    /** Frustration from talks that failed: it makes the stake loom larger, as patience with diplomacy runs out. */
    public double frustration;
    /** GDP lost so far to sanctions (as target or sender), billion USD. */
    public double gdpLost;
    /** Arms received from partners, in thousand-troop equivalents. */
    public double supplies;
    /** Beta belief about each other state's resolve (alpha, beta by state index). */
    public final double[] beliefAlpha;
    public final double[] beliefBeta;

    /** Main rival (strongest rival edge), -1 when none. */
    public int rival = -1;
    /** The partner this state supplies arms to, -1 when none. */
    public int partner = -1;
    /** Alliances this state is a member of. */
    public int[] memberOf = new int[0];

    // the actions open to it, with their drawn numbers (arrays so the daily step allocates nothing)
    public ActionSpec[] actions = new ActionSpec[0];
    public int[] actionIndex = new int[0];
    public double[] actionCost = new double[0];
    public double[] actionTension = new double[0];
    public double[] actionSignal = new double[0];
    public double[] actionAmount = new double[0];
    public double[] actionMinForces = new double[0];
    /** Utilities and probabilities of yesterday's decision, for inspectors and play mode; NaN when not open. */
    public double[] lastUtility = new double[0];
    /** How often each action was taken lately (decays daily): the habituation that keeps moves from repeating. */
    public double[] recent = new double[0];
    public double[] lastProbability = new double[0];
    /** Its chance against its rival as estimated in today's decision (NaN until needed): computed once per day. */
    public double winVsRival = Double.NaN;
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
    public String getLastAction() { return lastChoice < 0 ? "-" : actions[lastChoice].name(); }
    public String getName() { return name; }

    @Override
    public String toString() {
        return name;
    }
}
