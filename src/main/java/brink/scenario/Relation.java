package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A typed, weighted, directed relation between two states or a state and an alliance. */
public record Relation(
        Type type,
        String from,
        String to,
        @Opt @Doc("strength; for energy-dependence the share of the importer's gas from the exporter, for trade the share of the first state's trade with the second, for border 1 for a land border") Param weight,
        @Opt @Doc("a name, e.g. of a standing diplomatic channel") String name,
        @Opt List<String> sources) {

    public Relation {
        weight = weight == null ? Param.of(1) : weight;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public enum Type {
        @JsonProperty("member-of") MEMBER_OF,
        @JsonProperty("partner-of") PARTNER_OF,
        @JsonProperty("rival") RIVAL,
        @JsonProperty("energy-dependence") ENERGY_DEPENDENCE,
        @JsonProperty("trade") TRADE,
        @JsonProperty("border") BORDER,
        @JsonProperty("channel") CHANNEL;

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
