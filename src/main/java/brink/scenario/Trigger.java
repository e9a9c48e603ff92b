package brink.scenario;

/**
 * A condition that holds the crisis on a rung. Every field given must hold (they are combined with AND).
 * An action trigger holds on the day the action is taken and for {@code holdDays} after.
 */
public record Trigger(
        @Opt @Doc("an action id: taken by any state") String action,
        @Opt @Range(min = 0) @Doc("days an action trigger keeps holding after the action") Integer holdDays,
        @Opt @Range(min = 0, max = 1) Double tensionAbove,
        @Opt @Range(min = 0, max = 1) Double tensionBelow,
        @Opt @Doc("the state whose forces forcesAbove/forcesBelow test") String state,
        @Opt @Range(min = 0) @Doc("thousand troops") Double forcesAbove,
        @Opt @Range(min = 0) @Doc("thousand troops") Double forcesBelow,
        @Opt @Range(min = 1) @Doc("a sanctions tier at least this high is imposed") Integer sanctionsImposed,
        @Opt @Range(min = 1) @Doc("a sanctions tier at least this high is threatened or imposed") Integer sanctionsThreatened,
        @Opt @Doc("an agreement is (true) or is not (false) in force") Boolean agreement,
        @Opt @Doc("fighting is (true) or is not (false) going on") Boolean war,
        @Opt @Range(min = 0, max = 1) @Doc("a war is going on at an intensity above this") Double warIntensityAbove,
        @Opt @Doc("an alliance some member of which is at war") String allianceAtWar,
        @Opt @Doc("an incident between forces in contact happened today (or within holdDays)") Boolean incident) {

    public Trigger {
        holdDays = holdDays == null ? 0 : holdDays;
    }

    public boolean isEmpty() {
        return action == null && tensionAbove == null && tensionBelow == null && forcesAbove == null
                && forcesBelow == null && sanctionsImposed == null && sanctionsThreatened == null && agreement == null
                && war == null && warIntensityAbove == null && allianceAtWar == null && incident == null;
    }
}
