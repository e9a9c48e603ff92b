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
    public boolean agreement;
    public int agreementSince = -1;
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
        talkResult = new byte[talks];
        Arrays.fill(talkResult, (byte) -1);
        rungByDay = new byte[horizon];
        tensionByDay = new double[horizon];
        forcesByDay = new double[principals][horizon];
    }

    /** Tension moves by delta and stays in [0, 1]. */
    public void addTension(double delta) {
        tension = Math.max(0, Math.min(1, tension + delta));
    }
}
