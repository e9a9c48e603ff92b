package brink.model.world;

/**
 * A war between two camps, fought day by day (bargaining while fighting): who fights on each side, how hard, where
 * the front stands between the attacker's repulse and its victory, what each side has lost, and what each side
 * believes about its chances (a Beta belief about the attacker's daily chance of winning, updated by each battle).
 */
public final class Conflict implements java.io.Serializable {
    public final int id;
    /**
     * Belligerents on each side, by state index; side A is the attacker's. Read them here; change them only through
     * {@link #enter} and {@link #leave}, which keep the lists of members in step.
     */
    public final boolean[] sideA, sideB;
    /** Each side's belligerents in ascending index order (the first membersA/membersB entries), for the daily sums. */
    private final int[] listA, listB;
    private int countA, countB;
    public final int attacker, defender;
    /** Share of the belligerents' forces engaged, 0..1. */
    public double intensity;
    /** The front between the attacker's repulse (0) and its victory (1). */
    public double control;
    /** The position before the war, what the attacker fights for, and where a repulse would leave it. */
    public final double q0, aim, repulse;
    public final int startDay;
    public int days;
    /** Engaged strength of each side when it entered (and when others joined), for collapse. */
    public double openA, openB;
    /** Each side's capacity when it entered: strength with all the forces its belligerents could bring (War.capacity). */
    public double capacityA, capacityB;
    /** Troops lost by each side, thousand. */
    public double lossesA, lossesB;
    /** Each side's Beta belief (alpha, beta) about the attacker's daily chance of winning a battle. */
    public double beliefAa, beliefAb, beliefBa, beliefBb;
    /** Today's battle: +1 won by the attacker, -1 by the defender, 0 not fought. */
    public int lastResult;
    /** The rung the war holds the crisis on while it lasts (-1 when none). */
    public int rung = -1;
    public boolean active = true;
    /** A clash started by a violent incident: fought over nothing, it moves no issue and ends without an agreement. */
    public boolean clash;
    /** How it ended (for the story), empty while it lasts. */
    public String ending = "";

    public Conflict(int id, int states, int attacker, int defender, double intensity, double q0, double aim, double repulse, int day) {
        this.id = id;
        sideA = new boolean[states];
        sideB = new boolean[states];
        listA = new int[states];
        listB = new int[states];
        this.attacker = attacker;
        this.defender = defender;
        enter(attacker, true);
        enter(defender, false);
        this.intensity = intensity;
        this.q0 = q0;
        this.aim = aim;
        this.repulse = repulse;
        this.startDay = day;
    }

    /** A state fights on side A (the attacker's) or B from now on. */
    public void enter(int state, boolean onA) {
        boolean[] side = onA ? sideA : sideB;
        if (side[state]) return;
        side[state] = true;
        int[] list = onA ? listA : listB;
        int n = onA ? countA++ : countB++;
        int i = n;
        for (; i > 0 && list[i - 1] > state; i--) list[i] = list[i - 1];
        list[i] = state;
    }

    /** A state no longer fights on either side. */
    public void leave(int state) {
        if (sideA[state]) countA = remove(listA, countA, state);
        if (sideB[state]) countB = remove(listB, countB, state);
        sideA[state] = false;
        sideB[state] = false;
    }

    private static int remove(int[] list, int n, int state) {
        int i = 0;
        while (list[i] != state) i++;
        for (; i < n - 1; i++) list[i] = list[i + 1];
        return n - 1;
    }

    /** The number of belligerents on a side. */
    public int count(boolean onA) {
        return onA ? countA : countB;
    }

    /** The i-th belligerent of a side, in ascending index order (i below {@link #count}). */
    public int member(boolean onA, int i) {
        return onA ? listA[i] : listB[i];
    }

    /** Which side a state fights on: +1 the attacker's, -1 the defender's, 0 neither. */
    public int side(int state) {
        return sideA[state] ? 1 : sideB[state] ? -1 : 0;
    }

    /** The position the front implies: from the repulse position (control 0) through q0 (frontStart) to the aim (1). */
    public double position(double frontStart) {
        if (control >= frontStart) return q0 + (control - frontStart) / (1 - frontStart) * (aim - q0);
        return q0 + (frontStart - control) / frontStart * (repulse - q0);
    }
}
