package brink.scenario;

import java.util.List;

/** The crisis at day 0 and what ends it. */
public record CrisisSpec(
        @Range(min = 0, max = 99) @Doc("rung at day 0") int initialRung,
        @Range(min = 0, max = 1) @Doc("tension index at day 0, 0..1") Param initialTension,
        @Opt @Range(min = 0, max = 1) @Doc("trust between the sides at day 0, 0..1") Param initialTrust,
        @Opt @Doc("the contested issue that talks bargain over; default the first issue") String issue,
        @Opt @Range(min = 1) @Doc("days an agreement must hold to end the run as settled") Integer settlementDays,
        @Opt List<String> sources) {

    public CrisisSpec {
        initialTrust = initialTrust == null ? Param.of(0.3) : initialTrust;
        settlementDays = settlementDays == null ? 30 : settlementDays;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
