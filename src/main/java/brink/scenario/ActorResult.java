package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a crisis brought one of its principals, as the International Crisis Behavior project codes it per actor
 * (OUTCOM, codebook v14): 1 victory, 2 compromise, 3 stalemate, 4 defeat.
 */
public enum ActorResult {
    @JsonProperty("victory") VICTORY(1),
    @JsonProperty("compromise") COMPROMISE(2),
    @JsonProperty("stalemate") STALEMATE(3),
    @JsonProperty("defeat") DEFEAT(4);

    /** The ICB code (OUTCOM). */
    public final int icb;

    ActorResult(int icb) {
        this.icb = icb;
    }

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
