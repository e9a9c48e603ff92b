package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a crisis ended, in the forms of the International Crisis Behavior project (FOROUT, codebook v14):
 * 1 formal agreement, 2 semi-formal agreement (a ceasefire, an understanding), 3 tacit understanding (here also
 * ICB's 7, the crisis faded), 4 unilateral act (one side withdraws or gives in), 5 imposed (military victory);
 * {@link #NONE} when the crisis had not ended by the horizon (censored).
 */
public enum Termination {
    @JsonProperty("formal-agreement") FORMAL_AGREEMENT(1),
    @JsonProperty("semi-formal-agreement") SEMI_FORMAL_AGREEMENT(2),
    @JsonProperty("tacit") TACIT(3),
    @JsonProperty("unilateral") UNILATERAL(4),
    @JsonProperty("imposed") IMPOSED(5),
    @JsonProperty("none") NONE(0);

    /** The ICB code (FOROUT); 0 for a crisis still open at the horizon. */
    public final int icb;

    Termination(int icb) {
        this.icb = icb;
    }

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
