package brink.model.force;

import brink.model.world.AllianceAgent;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.AllianceSpec;

/**
 * Forces and fighting: effective strength, the contest success function, and Richardson's arms-race rate.
 * Pure functions of the world, so each can be tested on a hand-made situation.
 */
public final class Forces {
    private Forces() {
    }

    /** Forces that count in a fight: theatre forces times readiness, scaled by resolve (0.5 resolve = 1). */
    public static double effective(double forces, double readiness, double resolve, double resolveWeight) {
        return forces * readiness * (1 - resolveWeight + 2 * resolveWeight * resolve);
    }

    /** Contest success function: the chance that a side with strength a prevails over one with strength b. */
    public static double winProbability(double a, double b, double gamma) {
        if (a <= 0 && b <= 0) return 0.5;
        double pa = Math.pow(Math.max(a, 0), gamma);
        double pb = Math.pow(Math.max(b, 0), gamma);
        return pa / (pa + pb);
    }

    /** Richardson: rate = fear * rival's forces - fatigue * own forces + grievance (thousand troops per day). */
    public static double richardsonRate(double fear, double rivalForces, double fatigue, double ownForces, double grievance) {
        return fear * rivalForces - fatigue * ownForces + grievance;
    }

    /**
     * Strength of {@code s} in a war against {@code opponent} as {@code observer} sees it: its own effective forces
     * and arms received, plus the members of its alliances with collective defence weighted by cohesion, and,
     * when {@code camp} is set, every ally and alliance partner that is also the opponent's rival.
     */
    public static double strength(World m, int observer, int s, int opponent, boolean camp) {
        StateAgent st = m.states[s];
        double w = m.p.resolveForceWeight;
        double res = observer == s ? st.resolve : m.states[observer].believedResolve(s);
        double total = effective(st.forces, st.readiness, res, w) + st.supplies;
        // the strongest of its coalitions stands with it (members of two alliances are not counted twice)
        double allies = 0;
        for (int a : st.memberOf) {
            AllianceAgent al = m.alliances[a];
            if (!camp && !al.has(AllianceSpec.Instrument.COLLECTIVE_DEFENCE)) continue;
            // the members' strength as of dawn, less s's own (s counts with its own resolve above)
            double own = al.isMember(s) ? effective(st.forces, st.readiness, st.resolve, w) : 0;
            allies = Math.max(allies, al.cohesion * Math.max(0, al.memberStrength - own));
        }
        total += allies;
        if (camp) {
            for (int i = 0; i < st.memberOf.length; i++) {
                for (int partner : m.partnersOf[st.memberOf[i]]) {
                    if (partner != s && m.states[partner].rival == opponent && !partnerOfEarlier(m, st, i, partner)) {
                        StateAgent x = m.states[partner];
                        total += effective(x.forces, x.readiness, x.resolve, w) + x.supplies;
                    }
                }
            }
        }
        return total;
    }

    /** Is the partner already counted through one of s's alliances listed before the i-th? */
    private static boolean partnerOfEarlier(World m, StateAgent st, int i, int partner) {
        for (int j = 0; j < i; j++) {
            for (int p : m.partnersOf[st.memberOf[j]]) if (p == partner) return true;
        }
        return false;
    }

    /** The chance that {@code s} wins a war against {@code opponent}, as {@code observer} estimates it. */
    public static double winChance(World m, int observer, int s, int opponent, boolean camp) {
        return winProbability(strength(m, observer, s, opponent, camp), strength(m, observer, opponent, s, camp), m.p.contestExponent);
    }

    /** The state's Richardson rate today; a party to an agreement in force has its grievance satisfied. */
    public static double rate(World m, StateAgent s) {
        double rivalForces = s.rival < 0 ? 0 : m.states[s.rival].forces;
        double grievance = m.crisis.agreement && m.isParty(s.index) ? 0 : s.grievance;
        return richardsonRate(m.p.fear, rivalForces, m.p.fatigue, s.forces, grievance);
    }

    /**
     * The day's drift of a state's theatre forces along Richardson's form, capped by its build-up capacity either
     * way and kept within [0, active forces].
     */
    public static double drift(World m, StateAgent s) {
        double rate = rate(m, s);
        double step = Math.max(-s.maxBuildUp, Math.min(s.maxBuildUp, rate));
        return Math.max(-s.forces, Math.min(step, s.activeForces - s.forces));
    }
}
