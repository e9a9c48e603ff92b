package brink.model.talks;

import brink.model.sanctions.Sanctions;
import brink.model.war.War;
import brink.model.world.Choice;
import brink.model.world.Conflict;
import brink.model.world.Crisis;
import brink.model.world.DrawnParameters;
import brink.model.world.Outlook;
import brink.model.world.StateAgent;
import brink.model.world.TalkResult;
import brink.model.world.World;
import brink.scenario.ActionSpec;
import brink.scenario.Termination;

/**
 * Talks in the shadow of war (Fearon 1995). Each side accepts a settlement it prefers to its expected value of
 * fighting: the war that would be fought (or is being fought), as it sees it, less its costs (those of the war, and
 * the burden of the sanctions in force on it while it lasts). The bargaining range
 * is the overlap of the two sides' acceptable sets; it shrinks when they disagree about how the war would go and
 * widens as its costs mount. A talk's result is drawn from an ordered logit on a score of the range, trust,
 * mediators and tension; a breakthrough settles where the range lies and is an agreement binding all its parties.
 * While an agreement is in force no talks are held on the issue.
 */
public final class Diplomacy {
    private Diplomacy() {
    }

    /**
     * Width of the bargaining range between a and b on the contested issue, in position units:
     * W = c_a/s_a + c_b/s_b - |E_a - E_b|, with E_x the position x expects the war to leave and c_x its cost of the
     * war (0 for a side that would not fight it). The observer is kept for the API: each side judges from its own view.
     */
    public static double bargainingRange(World m, int a, int b, int observer) {
        range(m, a, b, m.rangeScratch);
        return m.rangeScratch[0];
    }

    /**
     * Fills out[0] = the width of the range between a and b, out[1] = the settlement it points to (the middle of the
     * overlap of the positions each side prefers to the war; the middle of their expectations when there is none).
     * The war is the one their camps fight, else the one the revisionist side (the one with a force option whose
     * ideal lies farther from the status quo) would fight against its main rival.
     */
    static void range(World m, int a, int b, double[] out) {
        Crisis c = m.crisis;
        double q = c.statusQuo;
        Conflict war = War.between(m, a, b);
        if (war == null) war = War.of(m, a);
        if (war == null) war = War.of(m, b);
        int att, def;
        double aim, repulse, intensity;
        if (war != null) {
            att = war.attacker;
            def = war.defender;
            aim = war.aim;
            repulse = war.repulse;
            intensity = war.intensity;
        } else {
            int r = revisionist(m, a, b);
            att = r;
            def = m.states[r].rival >= 0 ? m.states[r].rival : (r == a ? b : a);
            aim = m.states[att].ideal;
            repulse = q + m.p.repulseShift * (m.states[def].ideal - q);
            intensity = 1;
        }
        Outlook o = m.outlook2;
        double ea, eb, ca, cb;
        War.outlook(m, a, att, def, intensity, true, o, m.ruinScratch);
        ea = o.win * aim + (1 - o.win) * repulse;
        ca = a == att ? o.costAttacker : a == def ? o.costDefender : 0;
        ca += (a == att ? Sanctions.expected(m, a, m.warRung) : 0) + Sanctions.burden(m, a) * o.days / 365;
        War.outlook(m, b, att, def, intensity, true, o, m.ruinScratch);
        eb = o.win * aim + (1 - o.win) * repulse;
        cb = b == att ? o.costAttacker : b == def ? o.costDefender : 0;
        cb += (b == att ? Sanctions.expected(m, b, m.warRung) : 0) + Sanctions.burden(m, b) * o.days / 365;
        StateAgent sa = m.states[a], sb = m.states[b];
        double ra = ca / Math.max(sa.salience, 1e-9), rb = cb / Math.max(sb.salience, 1e-9);
        out[0] = ra + rb - Math.abs(ea - eb);
        // each side accepts positions no farther from its ideal than the war's expected position plus its cost
        double reachA = Math.abs(ea - sa.ideal) + ra, reachB = Math.abs(eb - sb.ideal) + rb;
        double loA = sa.ideal - reachA, hiA = sa.ideal + reachA, loB = sb.ideal - reachB, hiB = sb.ideal + reachB;
        double lo = Math.max(Math.max(loA, loB), 0), hi = Math.min(Math.min(hiA, hiB), 1);
        out[1] = lo <= hi ? (lo + hi) / 2 : Math.max(0, Math.min(1, (ea + eb) / 2));
    }

    /** The side that wants change by force: one with a violent use of force, whose ideal lies farther from the status quo. */
    static int revisionist(World m, int a, int b) {
        boolean fa = hasForce(m.states[a]), fb = hasForce(m.states[b]);
        if (fa != fb) return fa ? a : b;
        double q = m.crisis.statusQuo;
        return Math.abs(m.states[a].ideal - q) >= Math.abs(m.states[b].ideal - q) ? a : b;
    }

    private static boolean hasForce(StateAgent s) {
        return s.canOpenWar;
    }

    /**
     * What a proposer expects of talks with the other side, from its own view of the range: P(breakthrough) +
     * P(progress)/2 - P(breakdown), in [-1, 1].
     */
    public static double expectedValue(World m, int proposer, int other) {
        double[] pr = m.talkScratch;
        // valued once a day for each pair: the range as it stood when the proposer first weighed talks that day
        int key = proposer * m.states.length + other;
        if (m.rangeDay[key] != m.crisis.day) {
            m.rangeDay[key] = m.crisis.day;
            m.rangeWidth[key] = bargainingRange(m, proposer, other, proposer);
        }
        double range = m.rangeWidth[key];
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

    /**
     * Holds a round of talks between two sides' representatives (an alliance's agreement binds its members); returns
     * the result and applies its effects, or null when an agreement in force ends talks on the issue. The form of an
     * agreement reached is the talks' declared one, else {@link #form}.
     */
    public static TalkResult talk(World m, int a, int b, int mediators, int allianceA, int allianceB) {
        return talk(m, a, b, mediators, allianceA, allianceB, null);
    }

    /**
     * The form of an agreement reached in talks (ICB's FOROUT; Lipson 1991 on why states choose informal
     * agreements): a settlement that ends a war, or that moves the issue by more than formalShift, is written and
     * signed (formal); one that confirms or restores the status quo — assurances, a mutual stand-down, an exchange of
     * letters — is semi-formal.
     */
    public static Termination form(World m, double settlement, boolean war) {
        return war || Math.abs(settlement - m.crisis.statusQuo) > m.p.formalShift ? Termination.FORMAL_AGREEMENT : Termination.SEMI_FORMAL_AGREEMENT;
    }

    public static TalkResult talk(World m, int a, int b, int mediators, int allianceA, int allianceB, Termination declared) {
        Crisis c = m.crisis;
        if (c.accord != null) return null;
        range(m, a, b, m.rangeScratch);
        double width = m.rangeScratch[0], settlement = m.rangeScratch[1];
        double[] probs = m.talkScratch;
        resultProbabilities(score(width, c.trust, mediators, c.tension, m.p), m.p, probs);
        TalkResult r = TalkResult.of(Choice.pick(probs, m.streams.talks.nextDouble()));
        StateAgent sa = m.states[a], sb = m.states[b];
        switch (r) {
            case BREAKTHROUGH -> {
                c.addTension(m.p.breakthroughTension);
                c.trust = Math.min(1, c.trust + 2 * m.p.trustStep);
                // the settlement sits where the range lies; it ends any war between the two camps
                Conflict war = War.between(m, a, b);
                if (war == null) war = War.of(m, a);
                if (war == null) war = War.of(m, b);
                Termination form = declared != null ? declared : form(m, settlement, war != null);
                if (war != null) War.end(m, war, form, -1, form == Termination.FORMAL_AGREEMENT ? "a settlement is signed" : "a settlement is agreed");
                c.statusQuo = settlement;
                int[] parties = m.partyScratch, alliances = m.allianceScratch;
                parties[0] = a;
                parties[1] = b;
                alliances[0] = allianceA;
                alliances[1] = allianceB;
                m.beginAgreement(form, settlement, parties, 2, alliances, 2, World.noun(form));
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
                sa.frustration += sa.p.frustrationStep;
                sb.frustration += sb.p.frustrationStep;
            }
            case BREAKDOWN -> {
                c.addTension(m.p.breakdownTension);
                c.trust = Math.max(0, c.trust - m.p.trustStep);
                sa.frustration += 2 * sa.p.frustrationStep;
                sb.frustration += 2 * sb.p.frustrationStep;
                // a breakdown is read as resolve on the other side
                sa.beliefAlpha[b] += 1;
                sb.beliefAlpha[a] += 1;
            }
        }
        return r;
    }
}
