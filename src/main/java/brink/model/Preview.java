package brink.model;

import brink.model.decide.Decisions;
import brink.model.world.StateAgent;

/**
 * Read-only look at a principal's decision before it is taken: the utility and logit probability of each of its
 * actions in the present situation, computed exactly as {@link Decisions} would (same utilities, the same hazards of major moves, the same logit for everyday ones),
 * without drawing, choosing or changing anything. For play mode's hints and the GUI; the model never calls it.
 */
public final class Preview {
    private Preview() {
    }

    /** Fills u (utility, NaN where not open) and p (probability, 0 where not open), each of length actions.length. */
    public static void decision(CrisisModel m, StateAgent s, double[] u, double[] p) {
        Decisions.probabilities(m.world, s, u, p);
    }

    /** Is the action (index into the state's actions) open to the state in the present situation? */
    public static boolean open(CrisisModel m, StateAgent s, int action) {
        return Decisions.isOpen(m.world, s, action);
    }
}
