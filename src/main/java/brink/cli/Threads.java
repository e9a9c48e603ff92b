package brink.cli;

/** --threads: all cores by default, and a documented ceiling, so that a typo cannot ask the machine for two billion threads. */
final class Threads {
    static final int MAX = 256;

    private Threads() {
    }

    /** The threads to use for --threads T (null: all cores), checked. */
    static int resolve(Integer given) {
        int t = given != null ? given : Runtime.getRuntime().availableProcessors();
        check(t);
        return t;
    }

    static void check(int t) {
        if (t < 1 || t > MAX) throw new Main.BadInput("--threads must be 1 to " + MAX + ", got " + t);
    }
}
