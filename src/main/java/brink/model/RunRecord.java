package brink.model;

import java.util.List;

/**
 * What one replication leaves behind: its outcome, the rungs it reached and when, the drawn parameters,
 * sanctions and cohesion at the end, each scheduled talk's result, forces, the daily path and (if narrated) the story.
 */
public record RunRecord(
        long seed,
        String outcome,
        int outcomeIndex,
        int peakRung,
        int endRung,
        int endDay,
        int[] firstDay,
        double[] drawn,
        int[] sanctionsTier,
        double[] cohesion,
        byte[] talkResults,
        double[] endForces,
        byte[] rungByDay,
        double[] tensionByDay,
        double[][] principalForcesByDay,
        List<String> log) {
}
