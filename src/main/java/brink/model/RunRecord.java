package brink.model;

import brink.scenario.ActorResult;
import brink.scenario.Termination;

import java.util.List;

/**
 * What one replication leaves behind: its outcome, the rungs it reached and when, the drawn parameters,
 * sanctions and cohesion at the end, each scheduled talk's result, forces, the daily path, how the crisis ended in
 * the codes of crisis data (International Crisis Behavior v14: severity of violence, form of termination, each
 * principal's result, duration) with losses and first uses of force, the major moves taken, and (if narrated) the story.
 *
 * @param severity        highest severity of violence, ICB SEVVIOSY 1 (none) .. 4 (full-scale war)
 * @param termination     how the crisis ended, {@link Termination#NONE} when it had not ended
 * @param terminationDay  the day it ended (-1 when it had not)
 * @param durationDays    days from the crisis's trigger to its termination inclusive, or to the last day simulated
 * @param firstForceDay   first day anyone used force (-1 never); {@code firstForceDays} the same by state (scenario order)
 * @param losses          troops each state lost in war, thousand (scenario order)
 * @param results         each state's result (null for a state that takes no decisions), scenario order
 * @param positions       the final position of each issue (scenario order)
 * @param majorMoves      major moves taken; {@code majorMovesWorse} those worth less than the best everyday move when taken
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
        int severity,
        Termination termination,
        int terminationDay,
        int durationDays,
        int firstForceDay,
        int[] firstForceDays,
        double[] losses,
        ActorResult[] results,
        double[] positions,
        int majorMoves,
        int majorMovesWorse,
        String endReason,
        List<String> log) {

    /** A record with nothing of Model v2's ending (no violence, not ended, no major moves): for tests of the outputs. */
    public RunRecord(long seed, String outcome, int outcomeIndex, int peakRung, int endRung, int endDay, int[] firstDay, double[] drawn,
                     int[] sanctionsTier, double[] cohesion, byte[] talkResults, double[] endForces, byte[] rungByDay,
                     double[] tensionByDay, double[][] principalForcesByDay, List<String> log) {
        this(seed, outcome, outcomeIndex, peakRung, endRung, endDay, firstDay, drawn, sanctionsTier, cohesion, talkResults, endForces,
                rungByDay, tensionByDay, principalForcesByDay, 1, Termination.NONE, -1, endDay + 1, -1, new int[endForces.length],
                new double[endForces.length], new ActorResult[endForces.length], new double[0], 0, 0, "", log);
    }
}
