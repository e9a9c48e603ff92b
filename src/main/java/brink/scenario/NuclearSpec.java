package brink.scenario;

/** A state's nuclear forces: what a nuclear use and a retaliation are valued with (the nuclear balance). */
@Doc("a state's nuclear forces")
public record NuclearSpec(
        @Range(min = 0) @Doc("deployed and stockpiled warheads (a state with 0 cannot use or retaliate)") Param warheads,
        @Range(min = 0, max = 1) @Doc("chance that it could retaliate after a nuclear attack on it (second-strike capability), 0..1") Param secondStrike) {
}
