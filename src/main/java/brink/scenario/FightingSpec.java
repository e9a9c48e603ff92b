package brink.scenario;

import java.util.List;

/**
 * A war already being fought at day 0: a crisis that starts with force in use (an intrusion being repulsed, shelling
 * across a line of contact). The run starts with this war open; while it lasts, the rung it holds is a floor the
 * ladder cannot fall below when that rung is sticky.
 */
public record FightingSpec(
        @Doc("state that opened the fighting") String attacker,
        @Doc("state it fights") String defender,
        @Opt @Range(min = 0.01, max = 1) @Doc("intensity of the fighting, 0..1 (the share of each side's engaged strength committed daily); default 1") Param intensity,
        @Opt @Range(min = 0, max = 1) @Doc("share of the distance from the status quo to the attacker's ideal point it fights for; default 1") Param aim,
        @Opt @Range(min = 0, max = 99) @Doc("rung the fighting holds; default the initial rung") Integer rung,
        @Opt List<String> sources) {

    public FightingSpec {
        intensity = intensity == null ? Param.of(1) : intensity;
        aim = aim == null ? Param.of(1) : aim;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
