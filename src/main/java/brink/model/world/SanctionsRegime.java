package brink.model.world;

/**
 * An alliance's sanctions regime in one run: for every state it may answer, the tiers threatened and imposed, whether
 * they are suspended under an agreement, and what the state has done to earn them (the rung its own escalation
 * reached, whether it used force on a member or partner); for every member, its exposure to every state, its
 * coefficients and its latent disposition. Built once at the start of a run by the sanctions mechanism; read by the
 * decisions (the sanctions a move would bring) and by the faces. Arrays only: the daily loop allocates nothing.
 */
public final class SanctionsRegime implements java.io.Serializable {
    /** Number of states in the world, and of members in the alliance. */
    public final int states, members;
    /** Does the alliance wield sanctions (the instrument, and tiers to wield)? */
    public boolean sanctions;
    /** Position of the lead among the members, -1 when the lead is not a member. */
    public int leadMember = -1;

    /** The states it may sanction (a declared adversary, or any non-member non-partner when none is declared). */
    public final int[] targets;
    /** Each state's place among the targets, -1 for a state it may not sanction. */
    public final int[] slot;

    // each member k's exposure to each target j, at [k * targets.length + slot[j]] (see at)
    /** Energy dependence: share of member k's gas that comes from state j (energy-dependence relation). */
    public final double[] dependence;
    /** Trade exposure: share of member k's trade that is with state j (trade relation). */
    public final double[] trade;
    /** Threat felt by member k from state j: 1 for a land border, else its proximity exp(-distance / proximityRange). */
    public final double[] threat;

    // each member's coefficients of its stance (its own value, else the alliance's, else the global one)
    public final double[] intercept, wDependence, wTrade, wThreat, wAttack, wPressure;
    /** The alliance's own coefficients. */
    public double wRung, leadShare, threatCostShare, liftDays;
    /**
     * Each member's latent disposition u in (0, 1), drawn once per run: it votes for a step when u is below its
     * support for the step (a threshold model: its vote changes only when its situation does).
     */
    public final double[] disposition;

    // what each state has done (by state index; only targets' entries move)
    /** Highest rung the state's own escalation has taken the crisis to since its sanctions were last lifted (-1: none). */
    public final int[] culpability;
    /** Has the state used force on a member or a partner of the alliance? */
    public final boolean[] attacker;
    /** Tiers threatened against, and imposed on, each state (imposed tiers count whether in force or suspended). */
    public final int[] threatened, imposed;
    /** Day each state's sanctions were suspended under an agreement binding it, -1 when not suspended. */
    public final int[] suspendedSince;

    // the tiers (shared by every alliance of the run)
    /** Each tier's cost to senders relative to the costliest tier's (0..1): how much a member's exposure weighs. */
    public final double[] relativeSenderCost;
    /** Yearly share of GDP lost by the target (and per unit of exposure by a sender) with the first t tiers in force, at [t]. */
    public final double[] cumulativeTargetCost, cumulativeSenderCost;

    // today's assessment: support for the next threat and the next imposition, recomputed only when their inputs move
    public final double[] threatSupport, imposeSupport;
    /** Members' support before alliance pressure (scratch). */
    public final double[] ownSupport;
    public long threatKey = Long.MIN_VALUE, imposeKey = Long.MIN_VALUE;

    /** Has each member vetoed (voted against) a step that then failed, at least once in the run? */
    public final boolean[] vetoed;
    /** Highest step whose failure was narrated, by state (2 x tier for a threat, 2 x tier + 1 for an imposition). */
    public final int[] failureSaid;
    /** The member that urged today's threat (-1 none), for the story. */
    public int urgedBy = -1;
    /** The rung the alliance last saw the crisis on. */
    public int seenRung;

    public SanctionsRegime(int states, int members, int tiers, int[] targets) {
        this.states = states;
        this.members = members;
        this.targets = targets.clone();
        slot = new int[states];
        java.util.Arrays.fill(slot, -1);
        for (int t = 0; t < targets.length; t++) slot[targets[t]] = t;
        dependence = new double[members * targets.length];
        trade = new double[members * targets.length];
        threat = new double[members * targets.length];
        intercept = new double[members];
        wDependence = new double[members];
        wTrade = new double[members];
        wThreat = new double[members];
        wAttack = new double[members];
        wPressure = new double[members];
        disposition = new double[members];
        culpability = new int[states];
        java.util.Arrays.fill(culpability, -1);
        attacker = new boolean[states];
        threatened = new int[states];
        imposed = new int[states];
        suspendedSince = new int[states];
        java.util.Arrays.fill(suspendedSince, -1);
        relativeSenderCost = new double[tiers];
        cumulativeTargetCost = new double[tiers + 1];
        cumulativeSenderCost = new double[tiers + 1];
        threatSupport = new double[members];
        imposeSupport = new double[members];
        ownSupport = new double[members];
        vetoed = new boolean[members];
        failureSaid = new int[states];
        java.util.Arrays.fill(failureSaid, -1);
    }

    /** Index of member k's exposure to target state j in dependence, trade and threat. */
    public int at(int k, int j) {
        return k * targets.length + slot[j];
    }

    /** May the alliance sanction the state? */
    public boolean eligible(int state) {
        return slot[state] >= 0;
    }

    /** Tiers in force on the state today: those imposed, unless suspended under an agreement. */
    public int inForce(int state) {
        return suspendedSince[state] < 0 ? imposed[state] : 0;
    }

    public boolean suspended(int state) {
        return suspendedSince[state] >= 0;
    }
}
