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

  static CsvTable parse(String file, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<Integer> recordLines = new ArrayList<>();
    splitRecords(file, text, records, recordLines);
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
  private static void splitRecords(String file, String text, List<List<String>> records, List<Integer> recordLines) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean cellStarted = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
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
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (cellStarted || cell.length() > 0) {
          cells.add(cell.toString());
          records.add(cells);
          recordLines.add(recordLine);
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
      records.add(cells);
      recordLines.add(recordLine);
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
