package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The highest severity of violence in a crisis, as the International Crisis Behavior project codes it
 * (SEVVIOSY, codebook v14): 1 no violence, 2 minor clashes, 3 serious clashes, 4 full-scale war.
 */
public enum Severity {
    @JsonProperty("none") NONE(1),
    @JsonProperty("minor-clashes") MINOR_CLASHES(2),
    @JsonProperty("serious-clashes") SERIOUS_CLASHES(3),
    @JsonProperty("full-scale-war") FULL_SCALE_WAR(4);

    /** The ICB code (SEVVIOSY). */
    public final int icb;

    Severity(int icb) {
        this.icb = icb;
    }

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
