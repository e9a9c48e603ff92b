package brink.model.force;

import brink.model.world.StateAgent;
import brink.model.world.World;

/**
 * Forces: effective strength, the contest success function, and Richardson's arms-race rate (the war itself is
 * brink.model.war). Pure functions, so each can be tested on a hand-made situation.
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
     * The state's Richardson rate today; a party to an agreement in force has its grievance satisfied. The forces it
     * fears are those of all its adversaries, each weighted by its rivalry relative to the main rival's (several
     * adversaries, each with its own weight).
     */
    public static double rate(World m, StateAgent s) {
        double rivalForces = 0;
        if (s.adversaries.length > 0) {
            double main = s.adversaryWeight[0] > 0 ? s.adversaryWeight[0] : 1;
            for (int k = 0; k < s.adversaries.length; k++) rivalForces += s.adversaryWeight[k] / main * m.states[s.adversaries[k]].forces;
        }
        double grievance = m.crisis.agreement && m.isParty(s.index) ? 0 : s.grievance * dissatisfaction(m, s);
        return richardsonRate(m.p.fear, rivalForces, m.p.fatigue, s.forces, grievance);
    }

    /**
     * How much of the state's grievance is left: the distance from the status quo to its ideal today over that
     * distance at day 0, at most 1. Richardson's g is the grievance against the status quo (the dissatisfied build
     * arms: Organski &amp; Kugler 1980; Lemke 2002); as far as the dispute has gone its way (a concession, a front
     * that moved, demands moderated in talks) it arms for it less, so a coercer that got much of what it wanted can
     * stand down and the crisis fade. A status quo that moved against it does not raise it above its drawn value.
     */
    public static double dissatisfaction(World m, StateAgent s) {
        double before = Math.abs(m.crisis.statusQuo0 - s.ideal0);
        if (before < 1e-6) return 1;
        return Math.min(1, Math.abs(m.crisis.statusQuo - s.ideal) / before);
    }

    /**
     * The day's mobilisation of a state at war that was attacked: a share mobilisationRate of what it still lacks to its
     * deployment ceiling (reserves take time to call up: Mearsheimer 1982), and, unless it was attacked on its own
     * territory with no declared {@code deployable} (its reserves then join where they are), at most its daily move
     * limit maxBuildUp (transport lift bounds what reaches a theatre: CBO 1997). Thousand troops, never negative.
     */
    public static double mobilisation(StateAgent s) {
        double target = Math.min(s.ceiling, s.activeForces);
        if (s.forces >= target) return 0;
        double step = s.p.mobilisationRate * (target - s.forces);
        return liftBound(s) ? Math.min(step, s.maxBuildUp) : step;
    }

    /**
     * Forces it could have in the theatre: up to its deployment ceiling (within its active forces, after losses) if it
     * can bring more (it mobilises, or it can build up), else those there now.
     */
    public static double reachable(StateAgent s) {
        boolean canMove = s.maxBuildUp > 0 || (s.mobilising && !liftBound(s));
        return canMove ? Math.max(s.forces, Math.min(s.ceiling, s.activeForces)) : s.forces;
    }

    /** Whether its mobilisation moves forces by lift (and so uses its daily move limit). */
    public static boolean liftBound(StateAgent s) {
        return !(s.attackedAtHome && !s.expeditionary);
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
