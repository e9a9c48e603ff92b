package brink.model.ladder;

import brink.model.world.Conflict;
import brink.model.world.Crisis;
import brink.model.world.World;
import brink.scenario.Rung;
import brink.scenario.Trigger;

import java.util.List;

/**
 * The escalation ladder (Kahn 1965), resolved at the end of each day: the crisis stands on the highest rung one of
 * whose triggers holds, never below the floor a war in progress holds (the sticky rung of the action that opened or
 * widened it; when the war ends, the floor lapses and the ladder can come down), the floor when none holds. Every
 * rung change records who caused it.
 */
public final class Ladder {
    /** A trigger compiled to indices; NaN or -1 where the scenario gave no condition. */
    record Condition(int action, int holdDays, double tensionAbove, double tensionBelow, int state, double forcesAbove,
                     double forcesBelow, int sanctionsImposed, int sanctionsThreatened, int agreement, int war,
                     double warIntensityAbove, int allianceAtWar, int incident) {
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
            List<Trigger> triggers = rung.triggers();
            conditions[r] = new Condition[triggers.size()];
            for (int t = 0; t < triggers.size(); t++) conditions[r][t] = compile(m, triggers.get(t));
        }
    }

    private static Condition compile(World m, Trigger t) {
        return new Condition(t.action() == null ? -1 : m.actionIndex(t.action()), t.holdDays(),
                t.tensionAbove() == null ? Double.NaN : t.tensionAbove(), t.tensionBelow() == null ? Double.NaN : t.tensionBelow(),
                t.state() == null ? -1 : m.stateIndex(t.state()),
                t.forcesAbove() == null ? Double.NaN : t.forcesAbove(), t.forcesBelow() == null ? Double.NaN : t.forcesBelow(),
                t.sanctionsImposed() == null ? 0 : t.sanctionsImposed(), t.sanctionsThreatened() == null ? 0 : t.sanctionsThreatened(),
                t.agreement() == null ? -1 : (t.agreement() ? 1 : 0), t.war() == null ? -1 : (t.war() ? 1 : 0),
                t.warIntensityAbove() == null ? Double.NaN : t.warIntensityAbove(),
                t.allianceAtWar() == null ? -1 : m.allianceIndex(t.allianceAtWar()), t.incident() == null ? -1 : (t.incident() ? 1 : 0));
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
        if (t.agreement >= 0 && (t.agreement == 1) != c.agreement) return false;
        if (t.war >= 0 && (t.war == 1) != c.atWar()) return false;
        if (!Double.isNaN(t.warIntensityAbove) && !(maxIntensity(c) > t.warIntensityAbove)) return false;
        if (t.allianceAtWar >= 0 && allianceFighter(m, t.allianceAtWar) < 0) return false;
        return t.incident < 0 || (t.incident == 1) == (c.day - c.lastIncidentDay <= t.holdDays);
    }

    private static double maxIntensity(Crisis c) {
        double best = 0;
        for (int i = 0; i < c.conflicts.size(); i++) if (c.conflicts.get(i).active) best = Math.max(best, c.conflicts.get(i).intensity);
        return best;
    }

    /** A member of the alliance fighting a war in progress (-1 when none): the alliance is at war. */
    private static int allianceFighter(World m, int alliance) {
        for (int i = 0; i < m.crisis.conflicts.size(); i++) {
            Conflict c = m.crisis.conflicts.get(i);
            if (!c.active) continue;
            for (int mem : m.alliances[alliance].members) if (c.side(mem) != 0) return mem;
        }
        return -1;
    }

    /**
     * Who caused a trigger to hold: the actor of its action, the state whose forces it tests, the war's attacker (-1 when
     * nobody; a clash an incident started is nobody's doing: its "attacker" is whoever fired first by chance).
     */
    private static int cause(World m, Condition t) {
        Crisis c = m.crisis;
        if (t.action >= 0) return c.lastActionBy[t.action];
        if (t.state >= 0) return t.state;
        if (t.war == 1 || !Double.isNaN(t.warIntensityAbove) || t.allianceAtWar >= 0) {
            for (int i = c.conflicts.size() - 1; i >= 0; i--) if (c.conflicts.get(i).active && !c.conflicts.get(i).clash) return c.conflicts.get(i).attacker;
        }
        return -1;
    }

    /** The rung the crisis stands on given today's state; sets the cause of the trigger that holds. */
    public int currentRung(World m) {
        Crisis c = m.crisis;
        for (int r = conditions.length - 1; r > c.floor; r--) {
            for (Condition t : conditions[r]) {
                if (holds(m, t)) {
                    c.rungCause = cause(m, t);
                    c.rungCauseAction = t.action;
                    return r;
                }
            }
        }
        c.rungCause = -1;
        c.rungCauseAction = -1;
        return c.floor;
    }

    /** The floor: the highest sticky rung a war in progress holds (the crisis cannot come down while it is fought). */
    int floor(World m) {
        int floor = 0;
        for (int i = 0; i < m.crisis.conflicts.size(); i++) {
            Conflict c = m.crisis.conflicts.get(i);
            if (c.active && c.rung >= 0 && sticky[c.rung]) floor = Math.max(floor, c.rung);
        }
        return floor;
    }

    /** The end of a day on the ladder: the floor wars hold, then the rung. */
    public void resolve(World m) {
        Crisis c = m.crisis;
        if (c.ended) return;
        c.floor = floor(m);
        moveTo(m, currentRung(m));
    }

    public boolean absorbing(int rung) {
        return absorbing[rung];
    }

    /** Moves the crisis onto a rung, recording every rung reached on the way (a jump passes the rungs between). */
    public void moveTo(World m, int rung) {
        Crisis c = m.crisis;
        int from = c.rung;
        if (rung == from) return;
        int lo = Math.min(from, rung), hi = Math.max(from, rung);
        for (int r = lo; r <= hi; r++) if (c.firstDay[r] < 0) c.firstDay[r] = c.day;
        c.rung = rung;
        c.peak = Math.max(c.peak, rung);
        int by = c.rungCause;
        if (m.narrating()) m.say(() -> "rung " + from + " → " + rung + ": " + names[rung] + (by >= 0 ? " (" + m.states[by].name + ")" : ""));
    }
}
