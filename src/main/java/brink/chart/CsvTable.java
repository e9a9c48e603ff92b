package brink.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A comma-separated file with a header row; typed accessors fail with the file, line and column in the message. */
final class CsvTable {
  final String file;
  final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String[]> rows = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();

  private CsvTable(String file, List<String> header) {
    this.file = file;
    this.header = List.copyOf(header);
    for (int i = 0; i < header.size(); i++) {
      if (index.putIfAbsent(header.get(i), i) != null) {
        throw new ChartException(file + ": duplicate column '" + header.get(i) + "'");
      }
    }
  }

  static CsvTable read(Path path) {
    String file = path.getFileName().toString();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ChartException(file + " is missing from " + path.getParent());
    } catch (IOException e) {
      throw new ChartException(file + " cannot be read: " + e.getMessage(), e);
    }
    return parse(file, text);
  }

  /**
   * Reads a large file a block of rows at a time: each block is a table with the file's header whose rows
   * (and line numbers for messages) are only that block's, so memory stays bounded whatever the file's size.
   */
  static void stream(Path path, int block, java.util.function.Consumer<CsvTable> eachBlock) {
    String file = path.getFileName().toString();
    try (java.io.Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      CsvTable[] table = new CsvTable[1];
      RecordSink sink = (cells, line) -> {
        if (table[0] == null) {
          table[0] = new CsvTable(file, cells);
          return;
        }
        CsvTable t = table[0];
        if (cells.size() != t.header.size()) {
          throw new ChartException(file + " line " + line + ": expected " + t.header.size()
              + " cells as in the header, found " + cells.size());
        }
        t.rows.add(cells.toArray(String[]::new));
        t.lines.add(line);
        if (t.rows.size() >= block) {
          eachBlock.accept(t);
          t.rows.clear();
          t.lines.clear();
        }
      };
      splitRecords(file, in, sink);
      if (table[0] == null) {
        throw new ChartException(file + " is empty (no header row)");
      }
      eachBlock.accept(table[0]);
    } catch (NoSuchFileException e) {
      throw new ChartException(file + " is missing from " + path.getParent());
    } catch (IOException e) {
      throw new ChartException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private interface RecordSink {
    void accept(List<String> cells, int line);
  }

  static CsvTable parse(String file, String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> recordLines = new ArrayList<>();
    try {
      splitRecords(file, new java.io.StringReader(text), (cells, line) -> {
        records.add(cells);
        recordLines.add(line);
      });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (records.isEmpty()) {
      throw new ChartException(file + " is empty (no header row)");
    }
    CsvTable table = new CsvTable(file, records.get(0));
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      if (cells.size() != table.header.size()) {
        throw new ChartException(file + " line " + recordLines.get(r) + ": expected " + table.header.size()
            + " cells as in the header, found " + cells.size());
      }
      table.rows.add(cells.toArray(String[]::new));
      table.lines.add(recordLines.get(r));
    }
    return table;
  }

  /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; blank lines are skipped. */
  private static void splitRecords(String file, java.io.Reader in, RecordSink sink) throws IOException {
    java.io.PushbackReader text = new java.io.PushbackReader(in, 1);
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean cellStarted = false;
    boolean first = true;
    int line = 1;
    int recordLine = 1;
    for (int ch; (ch = text.read()) != -1; ) {
      char c = (char) ch;
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          continue;
        }
      }
      if (quoted) {
        if (c == '"') {
          int next = text.read();
          if (next == '"') {
            cell.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              text.unread(next);
            }
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        cellStarted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        cellStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          int next = text.read();
          if (next != '\n' && next != -1) {
            text.unread(next);
          }
        }
        if (cellStarted || cell.length() > 0) {
          cells.add(cell.toString());
          sink.accept(cells, recordLine);
        }
        cells = new ArrayList<>();
        cell.setLength(0);
        cellStarted = false;
        line++;
        recordLine = line;
      } else {
        cell.append(c);
        cellStarted = true;
      }
    }
    if (quoted) {
      throw new ChartException(file + " line " + recordLine + ": unterminated quoted cell");
    }
    if (cellStarted || cell.length() > 0) {
      cells.add(cell.toString());
      sink.accept(cells, recordLine);
    }
  }

  int size() {
    return rows.size();
  }

  boolean has(String column) {
    return index.containsKey(column);
  }

  int column(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new ChartException(file + ": required column '" + name + "' is missing");
    }
    return i;
  }

  List<String> columnsStartingWith(String prefix) {
    return header.stream().filter(h -> h.startsWith(prefix)).toList();
  }

  String text(int row, int column) {
    return rows.get(row)[column].trim();
  }

  String[] row(int row) {
    return rows.get(row).clone();
  }

  double number(int row, int column) {
    String cell = text(row, column);
    try {
      double v = Double.parseDouble(cell);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the location
    }
    throw bad(row, column, "'" + cell + "' is not a finite number");
  }

  /** The cell as a number, or NaN when it is not one (a word). */
  double numberOrNaN(int row, int column) {
    try {
      double v = Double.parseDouble(text(row, column));
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  int integer(int row, int column) {
    double v = number(row, column);
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw bad(row, column, "'" + text(row, column) + "' is not a whole number");
    }
    return (int) v;
  }

  ChartException bad(int row, int column, String what) {
    return new ChartException(file + " line " + lines.get(row) + ", column '" + header.get(column) + "': " + what);
  }
}
