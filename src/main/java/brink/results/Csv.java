package brink.results;

import java.util.List;
import java.util.Locale;

/**
 * CSV as RFC 4180 writes it: a cell holding a comma, a quote, a CR or a LF is quoted, with quotes doubled. Every
 * header and text cell goes through here, so an id such as {@code A,B} never makes rows ragged.
 */
public final class Csv {
    private Csv() {
    }

    public static String escape(String s) {
        if (s == null) return "";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A header line (without its line break). */
    public static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            b.append(escape(cells.get(i)));
        }
        return b.toString();
    }

    /** Fixed decimals as {@code String.format("%.Nf")} writes them (the text of today's files). */
    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, FIXED[decimals], v);
    }

    private static final String[] FIXED = {"%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f", "%.7f", "%.8f", "%.9f"};

    /** A row's cells as one CSV line; reusable with {@link #reset()}. */
    public static final class Line implements Cells {
        private final StringBuilder b = new StringBuilder(512);
        private boolean first = true;

        public Line reset() {
            b.setLength(0);
            first = true;
            return this;
        }

        private StringBuilder next() {
            if (!first) b.append(',');
            first = false;
            return b;
        }

        @Override
        public void whole(Column c, long v) {
            next().append(v);
        }

        @Override
        public void real(Column c, double v) {
            if (!Double.isFinite(v)) throw new IllegalStateException("refusing to write " + v + " in column " + c.name());
            next().append(c.decimals() < 0 ? Double.toString(v) : fixed(v, c.decimals()));
        }

        @Override
        public void text(Column c, String v) {
            next().append(escape(v));
        }

        @Override
        public void empty(Column c) {
            next();
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
