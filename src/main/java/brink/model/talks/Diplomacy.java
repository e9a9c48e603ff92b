package brink.model.talks;

import brink.model.force.Forces;
import brink.model.sanctions.Sanctions;
import brink.model.world.Choice;
import brink.model.world.Crisis;
import brink.model.world.DrawnParameters;
import brink.model.world.StateAgent;
import brink.model.world.TalkResult;
import brink.model.world.World;

/**
 * Talks in the shadow of war (Fearon 1995). Each side accepts a settlement it prefers to its expected value of
 * fighting; the bargaining range is the overlap, which shrinks when the sides disagree about who would win.
 * A talk's result is drawn from an ordered logit on a score of the range, trust, mediators and tension.
 */
public final class Diplomacy {
    private Diplomacy() {
    }

    /**
     * Width of the bargaining range between a and b on the contested issue, in position units, as
     * {@code observer} judges it (the observer knows its own resolve and believes the other's):
     * W = c_a + c_b - d * |p_a(a's view) - p_a(b's view)|, with c the costs of war over the salience.
     */
    public static double bargainingRange(World m, int a, int b, int observer) {
        StateAgent sa = m.states[a], sb = m.states[b];
        double d = Math.abs(sa.ideal - sb.ideal);
        double pOwnView = Forces.winChance(m, a, a, b, true);
        double pOtherView = 1 - Forces.winChance(m, b, b, a, true);
        double ca = warCost(m, a, observer), cb = warCost(m, b, observer);
        return ca + cb - d * Math.abs(pOwnView - pOtherView);
    }

    /** A state's cost of war over its salience, with sanctions it would face; resolve as the observer sees it. */
    public static double warCost(World m, int s, int observer) {
        StateAgent st = m.states[s];
        double resolve = observer == s ? st.resolve : m.states[observer].believedResolve(s);
        double cost = m.p.warCost * (1 - resolve / 2) + Sanctions.expected(m, s, m.warRung);
        return cost / Math.max(st.salience, 1e-9);
    }

    /**
     * What a proposer expects of talks with the other side, from its own view of the range: P(breakthrough) +
     * P(progress)/2 - P(breakdown), in [-1, 1].
     */
    public static double expectedValue(World m, int proposer, int other) {
        double[] pr = m.talkScratch;
        double range = bargainingRange(m, proposer, other, proposer);
        resultProbabilities(score(range, m.crisis.trust, 0, m.crisis.tension, m.p), m.p, pr);
        return pr[3] + pr[2] / 2 - pr[0];
    }

    /** Probabilities of breakdown, stalemate, progress, breakthrough (ordered logit on the score). */
    public static void resultProbabilities(double score, DrawnParameters p, double[] out) {
        double c1 = logistic(p.cutStalemate - score), c2 = logistic(p.cutProgress - score), c3 = logistic(p.cutBreakthrough - score);
        out[0] = c1;
        out[1] = c2 - c1;
        out[2] = c3 - c2;
        out[3] = 1 - c3;
    }

    public static double score(double range, double trust, int mediators, double tension, DrawnParameters p) {
        return p.rangeWeight * range + p.trustWeight * trust + p.mediatorWeight * mediators - p.tensionWeight * tension;
    }

    static double logistic(double x) {
        return Choice.logistic(x);
    }

    /** Holds a round of talks between two sides' representatives; returns the result and applies its effects. */
    public static TalkResult talk(World m, int a, int b, int mediators) {
        Crisis c = m.crisis;
        double range = (bargainingRange(m, a, b, a) + bargainingRange(m, a, b, b)) / 2;
        double[] probs = m.talkScratch;
        resultProbabilities(score(range, c.trust, mediators, c.tension, m.p), m.p, probs);
        TalkResult r = TalkResult.values()[Choice.pick(probs, m.streams.talks.nextDouble())];
        StateAgent sa = m.states[a], sb = m.states[b];
        switch (r) {
            case BREAKTHROUGH -> {
                c.addTension(m.p.breakthroughTension);
                c.trust = Math.min(1, c.trust + 2 * m.p.trustStep);
                // the agreement sits where the range lies: between the two ideal points, nearer the stronger side
                double pa = Forces.winChance(m, a, a, b, true);
                c.statusQuo = sb.ideal + pa * (sa.ideal - sb.ideal);
                m.beginAgreement(a, b);
            }
            case PROGRESS -> {
                c.addTension(m.p.progressTension);
                c.trust = Math.min(1, c.trust + m.p.trustStep);
                // each side moves toward the other by the concession step, never past the midpoint
                double gap = sb.ideal - sa.ideal, step = Math.min(m.p.concessionStep, Math.abs(gap) / 2) * Math.signum(gap);
                sa.ideal += step;
                sb.ideal -= step;
            }
            case STALEMATE -> {
                c.addTension(m.p.stalemateTension);
                sa.frustration += m.p.frustrationStep;
                sb.frustration += m.p.frustrationStep;
            }
            case BREAKDOWN -> {
                c.addTension(m.p.breakdownTension);
                c.trust = Math.max(0, c.trust - m.p.trustStep);
                sa.frustration += 2 * m.p.frustrationStep;
                sb.frustration += 2 * m.p.frustrationStep;
                // a breakdown is read as resolve on the other side
                sa.beliefAlpha[b] += 1;
                sb.beliefAlpha[a] += 1;
            }
        }
        return r;
    }
}
