package brink.scenario;

/** An outcome class. Conditions given must all hold; a class without conditions catches every run. */
public record OutcomeSpec(
        String id,
        String name,
        @Range(min = 0, max = 99) @Doc("the ladder rung the class stands for; orders classes in charts") int rung,
        @Opt String description,
        @Opt @Range(min = 0, max = 99) Integer peakRungAtLeast,
        @Opt @Range(min = 0, max = 99) Integer peakRungAtMost,
        @Opt @Range(min = 0, max = 99) Integer endRungAtLeast,
        @Opt @Range(min = 0, max = 99) Integer endRungAtMost,
        @Opt @Doc("an agreement is (true) or is not (false) in force at the end") Boolean agreement) {

    public OutcomeSpec {
        description = description == null ? "" : description;
    }

    public boolean matches(int peakRung, int endRung, boolean agreementInForce) {
        return (peakRungAtLeast == null || peakRung >= peakRungAtLeast)
                && (peakRungAtMost == null || peakRung <= peakRungAtMost)
                && (endRungAtLeast == null || endRung >= endRungAtLeast)
                && (endRungAtMost == null || endRung <= endRungAtMost)
                && (agreement == null || agreement == agreementInForce);
    }
}
