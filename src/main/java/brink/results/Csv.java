package brink.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

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

    /**
     * Fixed decimals exactly as {@code String.format(Locale.ROOT, "%.Nf", v)} writes them, in a fraction of its time:
     * the formatter rounds the shortest decimal text of v (Double.toString's digits) half up, and so does this.
     */
    static String fixed(double v, int decimals) {
        boolean negative = Double.compare(v, 0.0) < 0; // -0.0 too: the formatter writes "-0.00"
        String s = new BigDecimal(Double.toString(Math.abs(v))).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return negative ? "-" + s : s;
    }

    /** A REAL cell's text: fixed decimals, or the shortest text that reads back exactly. */
    public static String text(Column c, double v) {
        return c.decimals() < 0 ? Double.toString(v) : fixed(v, c.decimals());
    }

    /**
     * The number a REAL cell holds once written: what reading runs.csv's text gives back, without writing it (the
     * value itself when written in full, else rounded as {@link #fixed} rounds it).
     */
    public static double asWritten(Column c, double v) {
        if (c.decimals() < 0 || !Double.isFinite(v)) return v;
        double r = new BigDecimal(Double.toString(Math.abs(v))).setScale(c.decimals(), RoundingMode.HALF_UP).doubleValue();
        return Double.compare(v, 0.0) < 0 ? -r : r;
    }

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
            next().append(Csv.text(c, v));
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
