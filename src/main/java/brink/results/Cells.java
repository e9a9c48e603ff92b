package brink.results;

/**
 * Where a row's typed cells go, one call per column in column order: a CSV line, an engine's row (Spark), a check.
 * A cell is empty when a run failed or has no value there (a rung never reached). No engine parses CSV to get them.
 */
public interface Cells {
    void whole(Column c, long v);

    /** A REAL cell; writers refuse a NaN or an infinity (runs that produce one are failed before they get here). */
    void real(Column c, double v);

    /** A TEXT cell; null is an empty cell. */
    void text(Column c, String v);

    void empty(Column c);

    /**
     * Feeds a row held as values (Long, Double, String or null per column, e.g. read back from Parquet) to a sink,
     * so it is written exactly as when it was made.
     */
    static void replay(java.util.List<Column> columns, Object[] values, Cells out) {
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Object v = values[i];
            if (v == null) out.empty(c);
            else switch (c.type()) {
                case WHOLE -> out.whole(c, ((Number) v).longValue());
                case REAL -> out.real(c, ((Number) v).doubleValue());
                case TEXT -> out.text(c, v.toString());
            }
        }
    }

    /** The row as values (Long, Double, String or null per column): what an engine stores, and {@link #replay} reads. */
    final class Values implements Cells {
        private final Object[] values;
        private int i;

        public Values(int columns) {
            values = new Object[columns];
        }

        public Object[] values() {
            return values;
        }

        @Override
        public void whole(Column c, long v) {
            values[i++] = v;
        }

        @Override
        public void real(Column c, double v) {
            values[i++] = v;
        }

        @Override
        public void text(Column c, String v) {
            values[i++] = v;
        }

        @Override
        public void empty(Column c) {
            values[i++] = null;
        }
    }
}
