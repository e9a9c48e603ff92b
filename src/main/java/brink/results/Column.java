package brink.results;

import java.io.Serializable;

/**
 * One column of runs.csv: its header, its type and, for numbers written with fixed decimals, how many.
 * The same description gives the CSV text, a Parquet schema and the typed cells of an engine's row.
 *
 * @param decimals for {@link Type#REAL}: digits after the point, or -1 for the shortest text that reads back exactly
 */
public record Column(String name, Type type, int decimals) implements Serializable {
    public enum Type {
        /** A whole number (64 bits). */
        WHOLE,
        /** A finite double. */
        REAL,
        TEXT
    }

    public static Column whole(String name) {
        return new Column(name, Type.WHOLE, 0);
    }

    public static Column real(String name) {
        return new Column(name, Type.REAL, -1);
    }

    public static Column fixed(String name, int decimals) {
        return new Column(name, Type.REAL, decimals);
    }

    public static Column text(String name) {
        return new Column(name, Type.TEXT, 0);
    }
}
