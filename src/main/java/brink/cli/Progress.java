package brink.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A progress bar on stderr when it is a terminal; a single closing line otherwise; silence with --quiet. */
final class Progress {
    private final PrintStream err = System.err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long lastDraw;
    private final String what;

    Progress(String what, boolean quiet) {
        this.what = what;
        this.quiet = quiet;
    }

    void update(long done, long total) {
        if (quiet || !terminal) return;
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done < total) return;
        lastDraw = now;
        double secs = (now - start) / 1e9, rate = done / Math.max(secs, 1e-9);
        int width = 30, filled = total == 0 ? width : (int) (width * done / total);
        String eta = rate > 0 ? clock((total - done) / rate) : "?";
        err.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d/%,d %s  %,.0f runs/s  %s left ", "=".repeat(filled), " ".repeat(width - filled),
                total == 0 ? 100 : (int) (100 * done / total), done, total, what, rate, eta);
        err.flush();
    }

    /** The closing line, timed from this progress's start. */
    void done(long done) {
        done(done, (System.nanoTime() - start) / 1e9);
    }

    /** The closing line; {@code secs} is the time the manifest records, so console and manifest give one runs/s. */
    void done(long done, double secs) {
        if (quiet) return;
        if (terminal) err.print("\r" + " ".repeat(100) + "\r");
        err.printf(Locale.ROOT, "%,d %s in %.1f s (%,.0f runs/s)%n", done, what, secs, done / Math.max(secs, 1e-9));
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
