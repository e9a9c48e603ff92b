package brink.model.world;

import java.util.Arrays;

/** The shared world of one replication: the day, the rung, tension, trust, the contested position and what happened. */
public final class Crisis implements java.io.Serializable {
    public int day;
    /** Days played so far (the day's record written). */
    public int daysPlayed;
    public int rung;
    public int peak;
    /** The rung the crisis can no longer descend below (the highest sticky rung reached). */
    public int floor;
    public double tension;
    public double trust;
    /** Status quo position on the contested issue, 0..1. */
    public double statusQuo;
    /** The status quo at day 0. */
    public double statusQuo0;
    /** Whether an agreement is in force, and since when (the day it began; -1 when none). */
    public boolean agreement;
    public int agreementSince = -1;
    /** The agreement in force (null when none). */
    public Agreement accord;
    /** Wars, active and ended, in the order they began. */
    public final java.util.List<Conflict> conflicts = new java.util.ArrayList<>(4);
    /** How many of them are being fought (wars and clashes). */
    public int activeConflicts;
    /** Highest severity of violence so far (ICB SEVVIOSY): 1 none, 2 minor clashes, 3 serious clashes, 4 full-scale war. */
    public int severity = 1;
    /** How the crisis ended (null while open) and on which day. */
    public brink.scenario.Termination termination;
    public int terminationDay = -1;
    /** Why it ended, in words, and the state that imposed it or gave in (-1 when none). */
    public String terminationReason = "";
    public int terminationBy = -1;
    /** First day of the present calm stretch (for a crisis that fades), -1 when not calm. */
    public int calmSince = -1;
    /** Last day an incident happened (-1000000 never), and how many there were. */
    public int lastIncidentDay = -1_000_000;
    public int incidents;
    /** Major moves taken, and how many of them were worth less than the best everyday move when taken. */
    public int majorMoves, majorMovesWorse;
    /** Who last caused a rung change (state index; -1 none) and the action or condition, for the story. */
    public int rungCause = -1;
    /** The action (scenario index) of the trigger that holds the rung, -1 when it is not an action trigger. */
    public int rungCauseAction = -1;
    /** Which state took each action last (by scenario action index; -1 never). */
    public final int[] lastActionBy;
    public boolean ended;
    public String endReason = "";
    /** First day each rung was reached (stood on or passed), -1 when never. */
    public final int[] firstDay;
    /** Last day each action (scenario action index) was taken by anyone; -1 never. */
    public final int[] lastActionDay;
    /** First day anyone used force (incursion, invasion, a strike, nuclear use), -1 when never. */
    public int firstForceDay = -1;
    /** Result of each bargaining event (index into the model's talk list), -1 when not held. */
    public final byte[] talkResult;
    public final byte[] rungByDay;
    public final double[] tensionByDay;
    /** Theatre forces of each principal (model's principal order) by day. */
    public final double[][] forcesByDay;

    public Crisis(int rungs, int actions, int talks, int horizon, int principals) {
        firstDay = new int[rungs];
        Arrays.fill(firstDay, -1);
        lastActionDay = new int[actions];
        Arrays.fill(lastActionDay, -1_000_000);
        lastActionBy = new int[actions];
        Arrays.fill(lastActionBy, -1);
        talkResult = new byte[talks];
        Arrays.fill(talkResult, (byte) -1);
        rungByDay = new byte[horizon];
        tensionByDay = new double[horizon];
        forcesByDay = new double[principals][horizon];
    }

    /** Whether a war is being fought (a clash from an incident does not count). */
    public boolean atWar() {
        for (int i = 0; i < conflicts.size(); i++) if (conflicts.get(i).active && !conflicts.get(i).clash) return true;
        return false;
    }

    /** Tension moves by delta and stays in [0, 1]. */
    public void addTension(double delta) {
        tension = Math.max(0, Math.min(1, tension + delta));
    }
}
