package brink.model.world;

import brink.scenario.Termination;

/**
 * An agreement on the crisis's issue: a settlement (formal), or a ceasefire or an understanding (semi-formal). It binds all its parties
 * (an alliance's agreement binds its members, and the states whose fate the issue decides are bound whoever signs),
 * runs one settlement clock, and can break down with a hazard that grows as its parties fail to comply.
 */
public final class Agreement implements java.io.Serializable {
    // not final: a run keeps one agreement and renews it for each new one (the day loop allocates nothing)
    public Termination form;
    /** Bound states, by index. */
    public final boolean[] bound;
    public int startDay;
    /** The position it fixes. */
    public double position;
    /** What it is called in the story: agreement, ceasefire, understanding. */
    public String noun;

    public Agreement(Termination form, boolean[] bound, int startDay, double position, String noun) {
        this.form = form;
        this.noun = noun;
        this.bound = bound;
        this.startDay = startDay;
        this.position = position;
    }

    /** The same object as a new agreement, binding nobody yet (only one agreement is in force at a time). */
    Agreement renew(Termination form, int startDay, double position, String noun) {
        java.util.Arrays.fill(bound, false);
        this.form = form;
        this.noun = noun;
        this.startDay = startDay;
        this.position = position;
        return this;
    }
}
