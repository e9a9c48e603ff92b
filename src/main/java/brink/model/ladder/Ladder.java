package brink.model.ladder;

import brink.model.world.Crisis;
import brink.model.world.World;
import brink.scenario.Rung;
import brink.scenario.Trigger;

/**
 * The escalation ladder (Kahn 1965), resolved at the end of each day: the crisis stands on the highest rung one of
 * whose triggers holds (never below the highest sticky rung reached; the lowest rung when none holds). Then the day
 * is recorded, tension relaxes toward its baseline, and absorbing rungs or a lasting agreement end the run.
 */
public final class Ladder {
    /** A trigger compiled to indices; NaN or -1 where the scenario gave no condition. */
    record Condition(int action, int holdDays, double tensionAbove, double tensionBelow, int state, double forcesAbove,
                     double forcesBelow, int sanctionsImposed, int sanctionsThreatened, int agreement) {
    }

    final Condition[][] conditions;
    final boolean[] sticky;
    final boolean[] absorbing;
    public final String[] names;

    public Ladder(World m) {
        int n = m.scenario.ladder().size();
        conditions = new Condition[n][];
        sticky = new boolean[n];
        absorbing = new boolean[n];
        names = new String[n];
        for (int r = 0; r < n; r++) {
            Rung rung = m.scenario.ladder().get(r);
            sticky[r] = rung.sticky();
            absorbing[r] = rung.absorbing();
            names[r] = rung.name();
            conditions[r] = rung.triggers().stream().map(t -> compile(m, t)).toArray(Condition[]::new);
        }
    }

    private static Condition compile(World m, Trigger t) {
        return new Condition(t.action() == null ? -1 : m.actionIndex(t.action()), t.holdDays(),
                t.tensionAbove() == null ? Double.NaN : t.tensionAbove(), t.tensionBelow() == null ? Double.NaN : t.tensionBelow(),
                t.state() == null ? -1 : m.stateIndex(t.state()),
                t.forcesAbove() == null ? Double.NaN : t.forcesAbove(), t.forcesBelow() == null ? Double.NaN : t.forcesBelow(),
                t.sanctionsImposed() == null ? 0 : t.sanctionsImposed(), t.sanctionsThreatened() == null ? 0 : t.sanctionsThreatened(),
                t.agreement() == null ? -1 : (t.agreement() ? 1 : 0));
    }

    boolean holds(World m, Condition t) {
        Crisis c = m.crisis;
        if (t.action >= 0 && c.day - c.lastActionDay[t.action] > t.holdDays) return false;
        if (!Double.isNaN(t.tensionAbove) && !(c.tension > t.tensionAbove)) return false;
        if (!Double.isNaN(t.tensionBelow) && !(c.tension < t.tensionBelow)) return false;
        if (!Double.isNaN(t.forcesAbove) && !(m.states[t.state].forces > t.forcesAbove)) return false;
        if (!Double.isNaN(t.forcesBelow) && !(m.states[t.state].forces < t.forcesBelow)) return false;
        if (t.sanctionsImposed > 0 && m.maxImposedTier() < t.sanctionsImposed) return false;
        if (t.sanctionsThreatened > 0 && m.maxThreatenedTier() < t.sanctionsThreatened) return false;
        return t.agreement < 0 || (t.agreement == 1) == c.agreement;
    }

    /** The rung the crisis stands on given today's state. */
    public int currentRung(World m) {
        for (int r = conditions.length - 1; r > m.crisis.floor; r--) {
            for (Condition t : conditions[r]) if (holds(m, t)) return r;
        }
        return m.crisis.floor;
    }

    /** The end of a day: the rung, the day's record, tension relaxing, and the end of the run when it comes. */
    public void resolve(World m) {
        Crisis c = m.crisis;
        if (c.ended) return;
        moveTo(m, currentRung(m));
        m.recordDay();
        c.tension += m.p.tensionDecay * (m.p.tensionBaseline - c.tension);
        if (absorbing[c.rung]) {
            m.end(names[c.rung]);
        } else if (c.agreement && c.day - c.agreementSince + 1 >= m.scenario.crisis().settlementDays()) {
            m.end("agreement held for " + m.scenario.crisis().settlementDays() + " days");
        }
    }

    /** Moves the crisis onto a rung, recording every rung reached on the way (a jump passes the rungs between). */
    public void moveTo(World m, int rung) {
        Crisis c = m.crisis;
        int from = c.rung;
        if (rung == from) return;
        int lo = Math.min(from, rung), hi = Math.max(from, rung);
        for (int r = lo; r <= hi; r++) {
            if (c.firstDay[r] < 0) c.firstDay[r] = c.day;
            // a sticky rung passed on the way up holds the floor too
            if (sticky[r] && rung > from) c.floor = Math.max(c.floor, r);
        }
        c.rung = rung;
        c.peak = Math.max(c.peak, rung);
        m.say(() -> "rung " + from + " → " + rung + ": " + names[rung]);
    }
}
