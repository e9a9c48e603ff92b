package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** An alliance or union of states that decides by a rule and wields instruments. */
public record AllianceSpec(
        String id,
        String name,
        List<String> members,
        DecisionRule decisionRule,
        @Opt @Doc("the lead state, for the lead-state rule") String lead,
        @Opt @Range(min = 0, max = 1) @Doc("share of members' GDP needed under qualified-majority") Double majority,
        @Opt List<Instrument> instruments,
        @Opt @Doc("the state its sanctions and deterrence are aimed at first") String adversary,
        @Opt @Doc("further states it may answer: its sanctions follow whichever of its adversaries escalates") List<String> adversaries,
        @Opt @Doc("model parameters set for this alliance alone (name -> value)") Map<String, Param> parameters,
        @Opt @Range(min = -90, max = 90) Double lat,
        @Opt @Range(min = -180, max = 180) Double lon,
        @Opt List<String> sources) {

    public AllianceSpec {
        majority = majority == null ? 0.65 : majority;
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        sources = sources == null ? List.of() : List.copyOf(sources);
        members = List.copyOf(members);
        adversaries = adversaries == null ? List.of() : List.copyOf(adversaries);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** Every adversary it may answer: the first one, then the others, without repeats. */
    public List<String> allAdversaries() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (adversary != null) out.add(adversary);
        out.addAll(adversaries);
        return List.copyOf(out);
    }

    public boolean has(Instrument i) {
        return instruments.contains(i);
    }

    public enum DecisionRule {
        @JsonProperty("consensus") CONSENSUS,
        @JsonProperty("qualified-majority") QUALIFIED_MAJORITY,
        @JsonProperty("lead-state") LEAD_STATE
    }

    public enum Instrument {
        @JsonProperty("sanctions") SANCTIONS,
        @JsonProperty("reinforcement") REINFORCEMENT,
        @JsonProperty("collective-defence") COLLECTIVE_DEFENCE
    }
}
