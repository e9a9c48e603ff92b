package brink.model.world;

/** How a round of talks ends, in order from worst to best. */
public enum TalkResult {
    BREAKDOWN, STALEMATE, PROGRESS, BREAKTHROUGH;

    public static final String NOT_HELD = "not-held";
    /** The results by ordinal (values() copies its array at each call). */
    private static final TalkResult[] ALL = values();

    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    public String label() {
        return label;
    }

    /** The result with this ordinal. */
    public static TalkResult of(int ordinal) {
        return ALL[ordinal];
    }

    public static String label(byte code) {
        return code < 0 ? NOT_HELD : ALL[code].label();
    }
}
