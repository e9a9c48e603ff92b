package brink.model.world;

/** How a round of talks ends, in order from worst to best. */
public enum TalkResult {
    BREAKDOWN, STALEMATE, PROGRESS, BREAKTHROUGH;

    public static final String NOT_HELD = "not-held";

    public String label() {
        return name().toLowerCase();
    }

    public static String label(byte code) {
        return code < 0 ? NOT_HELD : values()[code].label();
    }
}
