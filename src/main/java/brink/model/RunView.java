package brink.model;

import brink.model.world.TalkResult;
import brink.model.world.World;

/**
 * A read-only look at a run in progress, for the packages that watch a run without touching it (conditioning on
 * observations, forecasts, the classroom). Ids are the scenario's; an unknown id is an IllegalArgumentException.
 * Everything refers to the state of the world after the last day played ({@link #day()}).
 */
public final class RunView {
    private final World w;

    RunView(World w) {
        this.w = w;
    }

    /** The last day played (0 = the start date), or -1 before the first day. */
    public int day() {
        return w.crisis.daysPlayed - 1;
    }

    /** The rung the crisis stands on. */
    public int rung() {
        return w.crisis.rung;
    }

    /** The tension index, 0..1. */
    public double tension() {
        return w.crisis.tension;
    }

    /** A state's theatre forces, thousand troops. */
    public double forces(String state) {
        return w.states[state(state)].forces;
    }

    /**
     * The result of one of the scenario's bargaining events (talks, summits) by its event id: breakdown, stalemate,
     * progress, breakthrough, or not-held (also before its day).
     */
    public String talkResult(String event) {
        for (int i = 0; i < w.talks.size(); i++) {
            if (w.talks.get(i).id().equals(event)) return TalkResult.label(w.crisis.talkResult[i]);
        }
        throw new IllegalArgumentException("'" + event + "' is not a talks or summit event of " + w.scenario.id());
    }

    /** The first day anyone used force, -1 when nobody has. */
    public int firstForceDay() {
        return w.crisis.firstForceDay;
    }

    /** The first day this state used force, -1 when it has not. */
    public int firstForceDay(String state) {
        return w.states[state(state)].firstForceDay;
    }

    /** The highest sanctions tier the alliance has imposed (0 when none). */
    public int imposedTier(String alliance) {
        int a = w.allianceIndexOrMinus(alliance);
        if (a < 0) throw new IllegalArgumentException("'" + alliance + "' is not an alliance of " + w.scenario.id());
        return w.alliances[a].imposedTier;
    }

    /** Whether the run has ended (by the horizon, an absorbing rung or the end of the crisis). */
    public boolean ended() {
        return w.crisis.ended;
    }

    private int state(String id) {
        int s = w.stateIndexOrMinus(id);
        if (s < 0) throw new IllegalArgumentException("'" + id + "' is not a state of " + w.scenario.id());
        return s;
    }
}
