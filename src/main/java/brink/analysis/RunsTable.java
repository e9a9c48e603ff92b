package brink.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the rows of a runs.csv, one at a time, so analyses read a million-run folder in constant memory.
 * The writer quotes cells per RFC 4180 and never writes a line break inside a cell, so a line is a row.
 */
public final class RunsTable {
    private final Path file;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();

    private RunsTable(Path file, List<String> header) {
        this.file = file;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
    }

    /** Bad or missing input, with the file (and line) in the message. */
    public static final class BadTable extends RuntimeException {
        public BadTable(String message) {
            super(message);
        }
    }

    /** One row: its cells by column name; empty strings for empty cells. */
    public final class Row {
        private final String[] cells;
        private final long line;

        Row(String[] cells, long line) {
            this.cells = cells;
            this.line = line;
        }

        public String get(String column) {
            Integer i = index.get(column);
            return i == null ? null : cells[i];
        }

        public String get(int column) {
            return cells[column];
        }

        /** A run that threw: its error cell is not empty. */
        public boolean failed() {
            String e = get("error");
            return e != null && !e.isEmpty();
        }

        /** A whole number, or -1 for an empty cell. */
        public int day(String column) {
            String v = get(column);
            if (v == null || v.isEmpty()) return -1;
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new BadTable(file + " line " + line + ": column " + column + " should hold a whole number, found '" + v + "'");
            }
        }

        /** A number, or NaN for an empty or missing cell. */
        public double number(String column) {
            String v = get(column);
            if (v == null || v.isEmpty()) return Double.NaN;
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new BadTable(file + " line " + line + ": column " + column + " should hold a number, found '" + v + "'");
            }
        }

        public long line() {
            return line;
        }
    }

    public List<String> header() {
        return header;
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    public int column(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public Path file() {
        return file;
    }

    /** Reads the header, then hands every row to the consumer in file order. Returns the table (for its header). */
    public static RunsTable stream(Path file, Consumer<RunsTable> onHeader, Consumer<Row> rows) {
        try (Cursor c = open(file)) {
            onHeader.accept(c.table());
            for (Row r; (r = c.next()) != null; ) rows.accept(r);
            return c.table();
        }
    }

    /** Opens the file for reading row by row (two files in step, say); close it when done. */
    public static Cursor open(Path file) {
        try {
            return new Cursor(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new BadTable(file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows one at a time. */
    public static final class Cursor implements AutoCloseable {
        private final BufferedReader in;
        private final RunsTable table;
        private long n = 1;

        private Cursor(Path file, BufferedReader in) throws IOException {
            this.in = in;
            String first = in.readLine();
            if (first == null) {
                in.close();
                throw new BadTable(file + " is empty (no header row)");
            }
            this.table = new RunsTable(file, split(first));
        }

        public RunsTable table() {
            return table;
        }

        /** The next row, or null at the end of the file. */
        public Row next() {
            try {
                String line;
                do {
                    line = in.readLine();
                    n++;
                } while (line != null && line.isEmpty());
                if (line == null) return null;
                List<String> cells = split(line);
                if (cells.size() != table.header.size()) {
                    throw new BadTable(table.file + " line " + n + ": expected " + table.header.size() + " cells as in the header, found " + cells.size());
                }
                return table.new Row(cells.toArray(String[]::new), n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The cells of one line: commas separate, double quotes enclose, a doubled quote inside quotes is a quote. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
