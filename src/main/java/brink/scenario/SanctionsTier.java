package brink.scenario;

import java.util.List;

/** A tier of sanctions, from targeted measures up to energy and export controls. Tiers are cumulative. */
public record SanctionsTier(
        @Range(min = 1, max = 99) int tier,
        String name,
        @Opt String description,
        @Range(min = 0, max = 1) @Doc("loss of the target's GDP per year while imposed, share") Param costToTarget,
        @Range(min = 0, max = 1) @Doc("loss of a sender's GDP per year per unit of its dependence on the target, share") Param costToSenders,
        @Range(min = 0, max = 99) @Doc("rung at which an alliance threatens this tier") int threatRung,
        @Range(min = 0, max = 99) @Doc("rung at which an alliance moves to impose this tier") int imposeRung,
        @Opt List<String> sources) {

    public SanctionsTier {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
