package brink.model.sanctions;

import brink.model.world.AllianceAgent;
import brink.model.world.Choice;
import brink.model.world.Crisis;
import brink.model.world.DrawnParameters;
import brink.model.world.StateAgent;
import brink.model.world.World;

import brink.scenario.AllianceSpec;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Alliance aggregation and sanctions. Each member's support for the alliance's next step falls with its energy
 * dependence on the adversary and rises with the rung; cohesion falls with the spread of support. A tier is
 * imposed when the rule lets it pass: under consensus one veto blocks it for the day.
 */
public final class Sanctions {
    private Sanctions() {
    }

    /** Probability that a member vetoes a tier: logistic(intercept + dependence weight * dep - rung weight * (rung - impose rung)). */
    public static double vetoProbability(double dependence, int rung, int imposeRung, DrawnParameters p) {
        return Choice.logistic(p.vetoIntercept + p.vetoDependence * dependence - p.vetoRung * (rung - imposeRung));
    }

    public static void aggregate(World m, AllianceAgent al) {
        Crisis c = m.crisis;
        int next = al.imposedTier;
        boolean sanctions = assess(m, al);
        if (!sanctions || al.adversary < 0) return;
        if (al.leadMove != AllianceAgent.AUTO) {
            leadStep(m, al);
            return;
        }

        // the alliance threatens what the rung warrants, if most members back it
        if (al.threatenedTier < m.tiers.length && c.rung >= m.tierThreatRung[al.threatenedTier] && al.meanSupport >= 0.5) {
            threaten(m, al, al.threatenedTier + 1, "");
        }
        if (c.rung >= m.tierImposeRung[next] && passes(m, al)) impose(m, al, next + 1);
    }

    /**
     * Each member's support for the alliance's next step and the cohesion that follows from their spread;
     * true when a sanctions tier is still to come.
     */
    public static boolean assess(World m, AllianceAgent al) {
        int next = al.imposedTier;
        boolean sanctions = al.has(AllianceSpec.Instrument.SANCTIONS) && next < m.tiers.length;
        int reference = sanctions ? m.tierImposeRung[next] : m.scenario.crisis().initialRung();
        // support depends only on the rung and the tier at stake: recompute when either moved
        if (m.crisis.rung != al.assessedRung || reference != al.assessedReference) {
            for (int k = 0; k < al.members.length; k++) {
                al.support[k] = 1 - vetoProbability(al.dependence[k], m.crisis.rung, reference, m.p);
            }
            al.spread = al.members.length > 1 ? Math.sqrt(al.variance.evaluate(al.support)) : 0;
            al.meanSupport = StatUtils.mean(al.support);
            al.assessedRung = m.crisis.rung;
            al.assessedReference = reference;
        }
        al.boost *= m.p.cohesionMemory;
        al.cohesion = Choice.clamp(1 - m.p.cohesionSpread * al.spread + al.boost, 0, 1);
        return sanctions;
    }

    /** Does the next tier pass today under the alliance's rule? Each member draws its veto. */
    public static boolean passes(World m, AllianceAgent al) {
        AllianceSpec.DecisionRule rule = al.spec.decisionRule();
        double yes = 0, all = 0;
        for (int k = 0; k < al.members.length; k++) {
            int mem = al.members[k];
            boolean veto = m.streams.sanctions(al.index).nextDouble() >= al.support[k];
            // a member that took a stance today votes it instead of its inclination
            int stance = m.states[mem].sanctionsStance;
            if (stance != 0) veto = stance < 0;
            if (rule == AllianceSpec.DecisionRule.CONSENSUS && veto) {
                if (al.vetoSaid <= al.imposedTier) {
                    al.vetoSaid = al.imposedTier + 1;
                    m.say(() -> m.states[mem].name + " vetoes sanctions tier " + (al.imposedTier + 1) + " (" + m.tiers[al.imposedTier].name() + ") in the " + al.name);
                }
                return false;
            }
            if (rule == AllianceSpec.DecisionRule.LEAD_STATE && mem == al.lead) return !veto;
            double w = m.states[mem].gdp;
            all += w;
            if (!veto) yes += w;
        }
        return rule != AllianceSpec.DecisionRule.QUALIFIED_MAJORITY || yes >= al.spec.majority() * all;
    }

    /**
     * A team playing the alliance's lead chose today's step (classroom hook): hold, threaten the next tier, or put the
     * next tier to the members, who vote by the alliance's rule as they would on the model's own proposal.
     */
    static void leadStep(World m, AllianceAgent al) {
        int move = al.leadMove;
        al.leadMove = AllianceAgent.AUTO;
        String lead = al.lead >= 0 ? m.states[al.lead].name : al.name;
        if (move == AllianceAgent.THREATEN) {
            threaten(m, al, al.threatenedTier + 1, " at " + lead + "'s proposal");
        } else if (move == AllianceAgent.IMPOSE) {
            int tier = al.imposedTier + 1;
            // the lead votes for its own proposal; the other members vote by their stance or inclination
            if (al.lead >= 0 && m.states[al.lead].sanctionsStance == 0) m.states[al.lead].sanctionsStance = 1;
            if (al.spec.decisionRule() == AllianceSpec.DecisionRule.LEAD_STATE || passes(m, al)) impose(m, al, tier);
            else m.say(() -> lead + " proposes sanctions tier " + tier + " (" + m.tiers[tier - 1].name() + ") in the " + al.name + ": not passed");
        }
    }

    public static void threaten(World m, AllianceAgent al, int tier, String how) {
        if (tier <= al.threatenedTier || tier > m.tiers.length) return;
        al.threatenedTier = tier;
        m.say(() -> al.name + " threatens sanctions tier " + tier + " (" + m.tiers[tier - 1].name() + ")" + how);
    }

    public static void impose(World m, AllianceAgent al, int tier) {
        if (tier <= al.imposedTier || tier > m.tiers.length) return;
        al.imposedTier = tier;
        al.threatenedTier = Math.max(al.threatenedTier, tier);
        m.say(() -> al.name + " imposes sanctions tier " + tier + " (" + m.tiers[tier - 1].name() + ") on " + m.states[al.adversary].name);
    }

    /** A day of costs: the target loses its share of GDP per tier in force, each sender in proportion to its dependence. */
    public static void accrueCosts(World m) {
        for (AllianceAgent al : m.alliances) {
            if (al.imposedTier == 0 || al.adversary < 0) continue;
            double toTarget = 0, toSenders = 0;
            for (int t = 0; t < al.imposedTier; t++) {
                toTarget += m.tierCostToTarget[t];
                toSenders += m.tierCostToSenders[t];
            }
            StateAgent target = m.states[al.adversary];
            target.gdpLost += target.gdp * toTarget / 365.0;
            for (int k = 0; k < al.members.length; k++) {
                StateAgent s = m.states[al.members[k]];
                s.gdpLost += s.gdp * toSenders * al.dependence[k] / 365.0;
            }
        }
    }

    /**
     * Expected cost, in stake units, of the sanctions a state would bring on itself by pushing the crisis to the rung:
     * every tier not yet imposed whose imposition rung it reaches, in full if threatened and at half otherwise,
     * times the sender's cohesion (its credibility).
     */
    public static double expected(World m, int state, int rung) {
        double total = 0;
        for (AllianceAgent al : m.alliances) {
            if (al.adversary != state || !al.has(AllianceSpec.Instrument.SANCTIONS)) continue;
            for (int t = al.imposedTier; t < m.tiers.length; t++) {
                if (m.tierImposeRung[t] > rung) continue;
                double credibility = al.cohesion * (t < al.threatenedTier ? 1 : 0.5);
                total += m.tierCostToTarget[t] * m.p.sanctionsWeight * credibility;
            }
        }
        return total;
    }

    /**
     * The burden of the sanctions in force on a state, stake units per year: what waiting under them costs it (a
     * move that ends the standoff saves it).
     */
    public static double burden(World m, int state) {
        double total = 0;
        for (AllianceAgent al : m.alliances) {
            if (al.adversary != state) continue;
            for (int t = 0; t < al.imposedTier; t++) total += m.tierCostToTarget[t] * m.p.sanctionsWeight;
        }
        return total;
    }
}
