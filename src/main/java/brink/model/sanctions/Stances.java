package brink.model.sanctions;

import brink.model.world.AllianceAgent;
import brink.model.world.Choice;
import brink.model.world.SanctionsRegime;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.AllianceSpec;

/**
 * Each member's stance on a sanctions step, from its own costs and benefits, and the alliance's vote on the step.
 * <p>
 * <b>Stance.</b> Member k's log-odds of opposing a step against target j (tier t, reference rung R, threat or
 * imposition stage) is
 * <pre>
 *   L0 = alpha_k + s * rho_t * (bD_k * D_kj + bX_k * X_kj)     costs: energy dependence, trade exposure (Drezner 1999;
 *                                                               Hufbauer et al. 2007), weighed by the tier's cost to senders
 *        - bT_k * T_kj - bA_k * A_j                             benefits: threat felt from the target (Walt 1987), and
 *                                                               force used on a member or partner
 *        - bR * (C_j - R)                                       the target's own escalation against the step's rung
 *   L  = L0 - bP_k * (2 * pi_k - 1)                             alliance pressure (Martin 1992): the lead's and the
 *                                                               other members' own support, pi_k
 * </pre>
 * with s = {@code threatCostShare} at the threat stage and 1 for an imposition (threats are cheap until carried out;
 * Morgan, Bapat &amp; Kobayashi 2014), rho_t the tier's cost to senders relative to the costliest tier's, T_kj = 1 for a
 * land border and exp(-distance / {@code proximityRange}) otherwise (Boulding's loss-of-strength gradient). Support is
 * 1 - logistic(L). A dependent but threatened frontline member can thus back the costliest tier while a distant
 * dependent one opposes it.
 * <p>
 * <b>Vote.</b> A member votes for the step when its latent disposition (drawn once per run) is below its support, so
 * across runs it votes for with probability equal to its support, and within a run its vote changes only when its
 * situation does (a threshold model; Granovetter 1978). A stance it took today (back or block sanctions) replaces it.
 * The alliance's rule aggregates the votes: consensus needs every member (each is a veto player; Tsebelis 2002),
 * qualified majority the yes votes' share of the members' GDP, lead-state the lead's vote.
 */
final class Stances {
    private Stances() {
    }

    /**
     * Fills {@code out} with each member's support for a step against state j: tier t (0-based; -1 for the alliance's
     * response in general, weighed as the costliest tier), reference rung {@code ref}, threat or imposition stage.
     */
    static void support(World m, SanctionsRegime r, int j, int tier, int ref, boolean threatStage, double[] out) {
        int members = r.members;
        double rho = tier < 0 ? 1 : r.relativeSenderCost[tier];
        double share = threatStage ? r.threatCostShare : 1;
        int escalation = j < 0 ? m.crisis.rung : r.culpability[j];
        double attacked = j >= 0 && r.attacker[j] ? 1 : 0;
        double sum = 0;
        for (int k = 0; k < members; k++) {
            boolean target = j >= 0 && r.eligible(j);
            int x = target ? r.at(k, j) : 0;
            double exposure = target ? r.wDependence[k] * r.dependence[x] + r.wTrade[k] * r.trade[x] : 0;
            double threat = target ? r.threat[x] : 0;
            double own = r.intercept[k] + share * rho * exposure - r.wThreat[k] * threat - r.wAttack[k] * attacked
                    - r.wRung * (escalation - ref);
            out[k] = own;
            r.ownSupport[k] = 1 - Choice.logistic(own);
            sum += r.ownSupport[k];
        }
        for (int k = 0; k < members; k++) {
            // alliance pressure: the lead's and the other members' own inclinations pull each member (none for one alone)
            double pressure = 0;
            if (members > 1) {
                double others = (sum - r.ownSupport[k]) / (members - 1);
                int lead = r.leadMember;
                double pull = lead >= 0 && lead != k ? r.leadShare * r.ownSupport[lead] + (1 - r.leadShare) * others : others;
                pressure = r.wPressure[k] * (2 * pull - 1);
            }
            out[k] = 1 - Choice.logistic(out[k] - pressure);
        }
    }

    /** Member k's vote: a stance it took today, else its disposition against its support. */
    static boolean votesFor(World m, AllianceAgent al, SanctionsRegime r, int k, double[] support) {
        int stance = m.states[al.members[k]].sanctionsStance;
        if (stance != 0) return stance > 0;
        return r.disposition[k] < support[k];
    }

    /**
     * Does the step pass under the alliance's rule? Returns -1 when it passes, else the member (index into the
     * members) whose vote blocked it: under consensus the first to vote against, under qualified majority the largest
     * economy against, under lead-state the lead. Members who voted against a failed step are marked as having vetoed.
     */
    static int vote(World m, AllianceAgent al, SanctionsRegime r, double[] support) {
        AllianceSpec.DecisionRule rule = al.spec.decisionRule();
        int members = r.members;
        if (rule == AllianceSpec.DecisionRule.LEAD_STATE && r.leadMember >= 0) {
            int lead = r.leadMember;
            if (votesFor(m, al, r, lead, support)) return -1;
            r.vetoed[lead] = true;
            return lead;
        }
        double yes = 0, all = 0;
        int blocker = -1;
        for (int k = 0; k < members; k++) {
            double w = m.states[al.members[k]].gdp;
            all += w;
            if (votesFor(m, al, r, k, support)) {
                yes += w;
            } else if (blocker < 0 || (rule != AllianceSpec.DecisionRule.CONSENSUS && w > m.states[al.members[blocker]].gdp)) {
                blocker = k;
            }
        }
        boolean passes = rule == AllianceSpec.DecisionRule.CONSENSUS ? blocker < 0 : yes >= al.spec.majority() * all;
        if (passes) return -1;
        for (int k = 0; k < members; k++) if (!votesFor(m, al, r, k, support)) r.vetoed[k] = true;
        return Math.max(blocker, 0);
    }

    /** Spread and mean of the members' support: cohesion falls with the spread. */
    static void summarise(AllianceAgent al, double[] support) {
        al.spread = support.length > 1 ? Math.sqrt(variance(support)) : 0;
        double sum = 0;
        for (double s : support) sum += s;
        al.meanSupport = support.length == 0 ? 0 : sum / support.length;
    }

    /**
     * The population variance (not bias-corrected), with the arithmetic of Commons Math's
     * {@code new Variance(false).evaluate} (the mean with its correction term, then the corrected two-pass sum) to the
     * last bit, without the objects it makes at each call.
     */
    static double variance(double[] x) {
        int n = x.length;
        if (n == 0) return Double.NaN;
        if (n == 1) return 0;
        double sum = 0;
        for (double v : x) sum += v;
        double xbar = sum / n, correction = 0;
        for (double v : x) correction += v - xbar;
        double mean = xbar + correction / n;
        double accum = 0, accum2 = 0;
        for (double v : x) {
            double dev = v - mean;
            accum += dev * dev;
            accum2 += dev;
        }
        double len = n;
        return (accum - accum2 * accum2 / len) / len;
    }

    /** The member's state (for the story). */
    static StateAgent member(World m, AllianceAgent al, int k) {
        return m.states[al.members[k]];
    }
}
