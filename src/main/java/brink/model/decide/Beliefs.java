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

    public static void observe(World m, StateAgent actor, int choice) {
        int direction = actor.actions[choice].kind().direction;
        double w = actor.actionSignal[choice];
        if (direction == 0 || w == 0) return;
        for (StateAgent o : m.principals) {
            if (o == actor) continue;
            if (direction > 0) o.beliefAlpha[actor.index] += w;
            else o.beliefBeta[actor.index] += w;
        }
    }
}
