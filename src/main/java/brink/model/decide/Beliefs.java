package brink.model.decide;

import brink.model.world.StateAgent;
import brink.model.world.World;

/**
 * Beliefs about resolve are Beta distributions; an observed action adds its signal weight as pseudo-observations:
 * to alpha when it shows resolve (escalatory), to beta when it shows restraint. Costly actions weigh more than words.
 */
public final class Beliefs {
    private Beliefs() {
    }

    /**
     * Evidence fades: each day a principal keeps beliefMemory of the pseudo-counts it gathered beyond its prior
     * (a discounted Beta model, as for a type that may change: West &amp; Harrison 1997, ch. 6), so a run of small
     * signals weighs like a few recent ones rather than piling up into certainty.
     */
    public static void fade(World m) {
        for (StateAgent o : m.principals) {
            double keep = o.p.beliefMemory;
            if (keep >= 1) continue;
            // only beliefs about principals are read (bystanders' resolve is seen as it is)
            for (int j : m.principalIndex) {
                o.beliefAlpha[j] = o.priorAlpha[j] + keep * (o.beliefAlpha[j] - o.priorAlpha[j]);
                o.beliefBeta[j] = o.priorBeta[j] + keep * (o.beliefBeta[j] - o.priorBeta[j]);
            }
        }
    }

    public static void observe(World m, StateAgent actor, int choice) {
        int direction = actor.actions[choice].kind().direction;
        // a signal repeated within days tells less each time: its weight falls with the actor's recent uses of it
        double w = actor.actionSignal[choice] / (1 + actor.recent[choice]);
        if (direction == 0 || w == 0) return;
        for (StateAgent o : m.principals) {
            if (o == actor) continue;
            if (direction > 0) o.beliefAlpha[actor.index] += w;
            else o.beliefBeta[actor.index] += w;
        }
    }
}
