package brink.chart;

import brink.chart.Results.Daily;
import brink.chart.Results.Estimate;
import brink.chart.Results.Event;
import brink.chart.Results.Outcome;
import brink.chart.Results.Run;
import brink.chart.Results.Rung;
import brink.chart.Results.Scenario;
import brink.chart.Results.Source;
import brink.chart.Results.SurvivalPoint;
import brink.chart.Results.Sweep;
import brink.chart.Results.SweepPoint;
import brink.chart.Results.Talk;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and validates a whole results folder before anything is drawn, so that a corrupt file fails
 * with a message naming it instead of producing half a report.
 */
final class ResultsReader {
  static final String MANIFEST = "manifest.json";
  static final String SUMMARY = "summary.json";
  static final String RUNS = "runs.csv";
  static final String DAILY = "daily.csv";
  static final String POINTS = "points.csv";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultsReader() {}

  static Results read(Path dir) {
    return read(dir, null);
  }

  /**
   * @param driverOutcome the outcome whose drivers to chart; null for the one the manifest names, else the likeliest
   */
  static Results read(Path dir, String driverOutcome) {
    if (!Files.isDirectory(dir)) {
      throw new ChartException("Results folder " + dir + " does not exist or is not a folder");
    }
    JsonNode manifest = readJson(dir.resolve(MANIFEST));
    JsonNode summary = readJson(dir.resolve(SUMMARY));
    Json s = new Json(SUMMARY);

    List<Outcome> outcomes = outcomes(s, summary);
    List<Rung> rungs = rungs(s, summary);
    List<Integer> keyRungs = new ArrayList<>();
    JsonNode keys = s.optionalArray(summary, "keyRungs", "keyRungs");
    for (int i = 0; i < keys.size(); i++) {
      int k = s.integer(keys.get(i), "keyRungs[" + i + "]");
      if (rungs.stream().noneMatch(r -> r.rung() == k)) {
        throw new ChartException(SUMMARY + ": keyRungs[" + i + "] = " + k + " is not one of the listed rungs");
      }
      keyRungs.add(k);
    }
    // The main outcome is the likeliest (ties: the calmer), whatever older folders name in summary.json.
    Outcome main = Results.likeliest(outcomes);
    String wanted = driverOutcome != null ? driverOutcome : manifest.path("driverOutcome").asText(null);
    Outcome drivers = main;
    if (wanted != null) {
      drivers = outcomes.stream().filter(o -> o.id().equals(wanted)).findFirst().orElseThrow(() -> new ChartException(
          "--driver-outcome: '" + wanted + "' is not one of the outcomes (" + String.join(", ",
              outcomes.stream().map(Outcome::id).toList()) + ")"));
    }

    Daily daily = daily(CsvTable.read(dir.resolve(DAILY)));
    Scenario scenario = scenario(s, s.object(summary, "scenario", "scenario"), manifest, daily);
    List<Event> events = events(s, summary, scenario.startDate());

    long declaredRuns = s.integer(s.required(summary, "runs", "runs"), "runs");
    RunsFile runsFile = runs(dir.resolve(RUNS), declaredRuns);
    List<String> parameterColumns = runsFile.parameterColumns;
    List<Run> completed = runsFile.sample;

    Optional<Sweep> sweep = Files.exists(dir.resolve(POINTS))
        ? Optional.of(sweep(CsvTable.read(dir.resolve(POINTS))))
        : Optional.empty();

    Map<String, String> labels = new LinkedHashMap<>();
    manifest.path("parameterLabels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return new Results(manifest, scenario, s.integer(s.required(summary, "runs", "runs"), "runs"), main, drivers,
        List.copyOf(keyRungs), outcomes, rungs, talks(s, summary), events,
        parameterColumns.stream().map(c -> c.substring(c.indexOf(':') + 1)).toList(), completed,
        runsFile.peakCounts(), daily, sweep, Map.copyOf(labels), modelV2(s, summary));
  }

  /** summary.json's duration.censored counts the runs still open at the horizon; the report wants their share. */
  private static double censoredShare(Json s, JsonNode duration, JsonNode summary) {
    if (!duration.hasNonNull("censored")) return 0;
    double open = s.number(duration.get("censored"), "duration.censored");
    double runs = summary.path("runs").asDouble(0); // the runs that finished (failed runs are counted apart)
    return runs > 0 ? open / runs : 0;
  }

  /** Model v2's parts of summary.json, each optional: a folder from before them reads as having none. */
  private static Results.ModelV2 modelV2(Json s, JsonNode summary) {
    List<Results.Share> severity = shares(s, summary.get("severity"), "severity");
    List<Results.Share> termination = shares(s, summary.get("termination"), "termination");
    Map<String, List<Results.Share>> results = new LinkedHashMap<>();
    JsonNode r = summary.get("results");
    if (r != null && r.isObject()) {
      r.fields().forEachRemaining(e -> results.put(e.getKey(), shares(s, e.getValue(), "results." + e.getKey())));
    }
    Results.Duration duration = null;
    JsonNode d = summary.get("duration");
    if (d != null && d.isObject()) {
      duration = new Results.Duration(optionalNumber(s, d, "median", "duration.median"), optionalNumber(s, d, "q1", "duration.q1"),
          optionalNumber(s, d, "q3", "duration.q3"), censoredShare(s, d, summary));
    }
    List<Results.Hazard> hazard = new ArrayList<>();
    JsonNode h = s.optionalArray(summary, "firstForceHazard", "firstForceHazard");
    for (int i = 0; i < h.size(); i++) {
      JsonNode w = h.get(i);
      String path = "firstForceHazard[" + i + "]";
      hazard.add(new Results.Hazard(s.integer(s.required(w, "fromDay", path + ".fromDay"), path + ".fromDay"),
          s.integer(s.required(w, "toDay", path + ".toDay"), path + ".toDay"),
          s.integer(s.required(w, "atRisk", path + ".atRisk"), path + ".atRisk"),
          s.integer(s.required(w, "events", path + ".events"), path + ".events"),
          s.number(s.required(w, "hazard", path + ".hazard"), path + ".hazard"),
          s.number(s.required(w, "low", path + ".low"), path + ".low"), s.number(s.required(w, "high", path + ".high"), path + ".high")));
    }
    Results.MajorMoves moves = null;
    JsonNode m = summary.get("majorMoves");
    if (m != null && m.isObject()) {
      moves = new Results.MajorMoves(s.integer(s.required(m, "count", "majorMoves.count"), "majorMoves.count"),
          s.integer(s.required(m, "worse", "majorMoves.worse"), "majorMoves.worse"),
          m.has("share") && !m.get("share").isNull() ? s.number(m.get("share"), "majorMoves.share") : Double.NaN);
    }
    return new Results.ModelV2(severity, termination, results, duration, List.copyOf(hazard), moves);
  }

  private static List<Results.Share> shares(Json s, JsonNode list, String path) {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw s.fail(path, "must be an array");
    }
    List<Results.Share> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode x = list.get(i);
      String p = path + "[" + i + "]";
      out.add(new Results.Share(s.text(x, "id", p + ".id"), x.has("count") ? s.integer(x.get("count"), p + ".count") : 0,
          s.number(s.required(x, "probability", p + ".probability"), p + ".probability"),
          s.number(s.required(x, "low", p + ".low"), p + ".low"), s.number(s.required(x, "high", p + ".high"), p + ".high")));
    }
    return List.copyOf(out);
  }

  private static Double optionalNumber(Json s, JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : s.number(v, path);
  }

  private static JsonNode readJson(Path path) {
    String file = path.getFileName().toString();
    JsonNode node;
    try {
      node = JSON.readTree(Files.readString(path));
    } catch (NoSuchFileException e) {
      throw new ChartException(file + " is missing from " + path.getParent());
    } catch (JacksonException e) {
      throw new ChartException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ChartException(file + " cannot be read: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new ChartException(file + " must hold a JSON object");
    }
    return node;
  }

  private static Scenario scenario(Json s, JsonNode node, JsonNode manifest, Daily daily) {
    String start = s.optionalText(node, "startDate", "scenario.startDate", manifest.path("startDate").asText(null));
    LocalDate startDate = start == null ? null : s.date(start, "scenario.startDate");
    int horizon = node.has("horizonDays")
        ? s.integer(node.get("horizonDays"), "scenario.horizonDays")
        : manifest.path("horizonDays").asInt(daily.days().length == 0 ? 0 : daily.days()[daily.days().length - 1]);
    List<Source> sources = new ArrayList<>();
    JsonNode list = s.optionalArray(node, "sources", "scenario.sources");
    for (int i = 0; i < list.size(); i++) {
      JsonNode src = list.get(i);
      String path = "scenario.sources[" + i + "]";
      sources.add(new Source(s.optionalText(src, "id", path + ".id", ""),
          s.optionalText(src, "citation", path + ".citation", ""), s.optionalText(src, "url", path + ".url", "")));
    }
    return new Scenario(s.optionalText(node, "id", "scenario.id", ""), s.text(node, "title", "scenario.title"),
        s.optionalText(node, "description", "scenario.description", ""), startDate, horizon, List.copyOf(sources));
  }

  private static List<Outcome> outcomes(Json s, JsonNode summary) {
    JsonNode list = s.array(summary, "outcomes", "outcomes");
    if (list.isEmpty()) {
      throw new ChartException(SUMMARY + ": outcomes is empty");
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode o = list.get(i);
      String path = "outcomes[" + i + "]";
      String id = s.text(o, "id", path + ".id");
      double[] ci = s.interval(o, path);
      long count = o.has("count") ? s.integer(o.get("count"), path + ".count") : 0;
      outcomes.add(new Outcome(id, s.optionalText(o, "name", path + ".name", id),
          s.integer(s.required(o, "rung", path + ".rung"), path + ".rung"), count,
          s.number(s.required(o, "probability", path + ".probability"), path + ".probability"), ci[0], ci[1]));
    }
    return List.copyOf(outcomes);
  }

  private static List<Rung> rungs(Json s, JsonNode summary) {
    JsonNode list = s.array(summary, "rungs", "rungs");
    List<Rung> rungs = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode r = list.get(i);
      String path = "rungs[" + i + "]";
      int rung = s.integer(s.required(r, "rung", path + ".rung"), path + ".rung");
      JsonNode median = r.path("medianDay");
      Double medianDay = median.isMissingNode() || median.isNull() ? null : s.number(median, path + ".medianDay");
      List<SurvivalPoint> survival = new ArrayList<>();
      JsonNode points = s.optionalArray(r, "survival", path + ".survival");
      for (int j = 0; j < points.size(); j++) {
        JsonNode p = points.get(j);
        String pp = path + ".survival[" + j + "]";
        survival.add(new SurvivalPoint(s.integer(s.required(p, "day", pp + ".day"), pp + ".day"),
            s.number(s.required(p, "reached", pp + ".reached"), pp + ".reached"),
            s.number(s.required(p, "low", pp + ".low"), pp + ".low"),
            s.number(s.required(p, "high", pp + ".high"), pp + ".high")));
      }
      survival.sort(Comparator.comparingInt(SurvivalPoint::day));
      double[] ci = s.interval(r, path);
      rungs.add(new Rung(rung, s.optionalText(r, "name", path + ".name", "Rung " + rung),
          s.number(s.required(r, "probabilityReached", path + ".probabilityReached"), path + ".probabilityReached"),
          ci[0], ci[1], medianDay, List.copyOf(survival)));
    }
    rungs.sort(Comparator.comparingInt(Rung::rung));
    return List.copyOf(rungs);
  }

  private static List<Talk> talks(Json s, JsonNode summary) {
    List<Talk> talks = new ArrayList<>();
    JsonNode list = s.optionalArray(summary, "talks", "talks");
    for (int i = 0; i < list.size(); i++) {
      JsonNode t = list.get(i);
      String path = "talks[" + i + "]";
      String id = s.text(t, "id", path + ".id");
      Map<String, Double> results = new LinkedHashMap<>();
      JsonNode res = s.object(t, "results", path + ".results");
      res.fieldNames().forEachRemaining(k -> results.put(k, s.number(res.get(k), path + ".results." + k)));
      talks.add(new Talk(id, s.optionalText(t, "name", path + ".name", id),
          s.optionalText(t, "date", path + ".date", ""), results));
    }
    return List.copyOf(talks);
  }

  private static List<Event> events(Json s, JsonNode summary, LocalDate start) {
    List<Event> events = new ArrayList<>();
    JsonNode list = s.optionalArray(summary, "events", "events");
    for (int i = 0; i < list.size(); i++) {
      JsonNode e = list.get(i);
      String path = "events[" + i + "]";
      String id = s.text(e, "id", path + ".id");
      String dateText = s.optionalText(e, "date", path + ".date", null);
      LocalDate date = dateText == null ? null : s.date(dateText, path + ".date");
      int day;
      if (e.has("day")) {
        day = s.integer(e.get("day"), path + ".day");
      } else if (date != null && start != null) {
        day = (int) ChronoUnit.DAYS.between(start, date);
      } else {
        throw new ChartException(SUMMARY + ": " + path + " needs a day (or a date and a scenario startDate)");
      }
      if (date == null && start != null) {
        date = start.plusDays(day);
      }
      events.add(new Event(id, s.optionalText(e, "name", path + ".name", id), date, day));
    }
    return List.copyOf(events);
  }

  /** Runs kept for the drivers chart: every run up to this many, a systematic sample (every k-th) above. */
  static final int SAMPLE = 200_000;

  /** What runs.csv gives the charts: peak-rung counts over every completed run, and a bounded sample of runs. */
  private static final class RunsFile {
    List<String> parameterColumns = List.of();
    final List<Run> sample = new ArrayList<>();
    long[] counts = new long[0];
    long seen;

    long[] peakCounts() {
      return counts;
    }
  }

  /** Streams runs.csv in blocks, checking every row, so a million-run batch charts in bounded memory. */
  private static RunsFile runs(Path file, long declaredRuns) {
    RunsFile f = new RunsFile();
    long stride = Math.max(1, (declaredRuns + SAMPLE - 1) / SAMPLE);
    long[] counts = new long[64];
    int[] maxPeak = {-1};
    CsvTable.stream(file, 10_000, t -> {
      t.column("run");
      int outcome = t.column("outcome");
      int peak = t.column("peak_rung");
      int error = t.has("error") ? t.column("error") : -1;
      // drawn parameters, and for sweeps the swept ones (the biggest drivers there)
      List<String> parameterColumns = new ArrayList<>(t.columnsStartingWith("param:"));
      for (String c : t.columnsStartingWith("point:")) {
        if (!parameterColumns.contains("param:" + c.substring("point:".length()))) {
          parameterColumns.add(c);
        }
      }
      f.parameterColumns = parameterColumns;
      int[] params = parameterColumns.stream().mapToInt(t::column).toArray();
      List<Integer> optionalNumbers = new ArrayList<>();
      for (String h : t.header) {
        if (h.equals("end_rung") || h.equals("end_day") || h.startsWith("day_rung_")) {
          optionalNumbers.add(t.column(h));
        }
      }
      for (int r = 0; r < t.size(); r++) {
        boolean failed = t.text(r, outcome).isEmpty() || (error >= 0 && !t.text(r, error).isEmpty());
        if (failed) {
          continue;
        }
        double[] values = new double[params.length];
        for (int p = 0; p < params.length; p++) {
          // a swept value may be a word (decisionRule=consensus): NaN leaves that column out of the drivers
          values[p] = t.header.get(params[p]).startsWith("point:") ? t.numberOrNaN(r, params[p]) : t.number(r, params[p]);
        }
        for (int c : optionalNumbers) {
          if (!t.text(r, c).isEmpty()) {
            t.number(r, c);
          }
        }
        int peakRung = t.integer(r, peak);
        if (peakRung < 0 || peakRung >= counts.length) {
          throw t.bad(r, peak, peakRung < 0 ? "a rung cannot be negative" : "rung above " + (counts.length - 1));
        }
        counts[peakRung]++;
        maxPeak[0] = Math.max(maxPeak[0], peakRung);
        if (f.seen++ % stride == 0) {
          f.sample.add(new Run(t.text(r, outcome).intern(), peakRung, values));
        }
      }
    });
    f.counts = java.util.Arrays.copyOf(counts, maxPeak[0] + 1);
    return f;
  }

  private static Daily daily(CsvTable t) {
    int dayColumn = t.column("day");
    List<String> shareColumns = new ArrayList<>(t.columnsStartingWith("share_rung_"));
    if (shareColumns.isEmpty()) {
      throw new ChartException(DAILY + ": no share_rung_<k> columns");
    }
    int[] rungs = new int[shareColumns.size()];
    int[] columns = new int[shareColumns.size()];
    for (int i = 0; i < rungs.length; i++) {
      String suffix = shareColumns.get(i).substring("share_rung_".length());
      try {
        rungs[i] = Integer.parseInt(suffix);
      } catch (NumberFormatException e) {
        throw new ChartException(DAILY + ": column '" + shareColumns.get(i) + "' does not end with a rung number");
      }
      if (rungs[i] < 0) {
        throw new ChartException(DAILY + ": column '" + shareColumns.get(i) + "' names a negative rung");
      }
      columns[i] = t.column(shareColumns.get(i));
    }
    int[] days = new int[t.size()];
    double[][] shares = new double[rungs.length][t.size()];
    for (int r = 0; r < t.size(); r++) {
      days[r] = t.integer(r, dayColumn);
      // The stacked area needs one x per row, in order.
      if (r > 0 && days[r] <= days[r - 1]) {
        throw t.bad(r, dayColumn, "day " + days[r] + " does not come after day " + days[r - 1]);
      }
      for (int i = 0; i < rungs.length; i++) {
        shares[i][r] = t.number(r, columns[i]);
      }
    }
    return sortedByRung(days, rungs, shares);
  }

  private static Daily sortedByRung(int[] days, int[] rungs, double[][] shares) {
    Integer[] order = new Integer[rungs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> rungs[i]));
    int[] sortedRungs = new int[rungs.length];
    double[][] sortedShares = new double[rungs.length][];
    for (int i = 0; i < order.length; i++) {
      sortedRungs[i] = rungs[order[i]];
      sortedShares[i] = shares[order[i]];
    }
    return new Daily(days, sortedRungs, sortedShares);
  }

  private static Sweep sweep(CsvTable t) {
    int point = t.column("point");
    int runs = t.column("runs");
    if (runs <= point + 1) {
      throw new ChartException(POINTS + ": no swept parameter columns between 'point' and 'runs'");
    }
    List<String> parameters = t.header.subList(point + 1, runs);
    List<String> outcomeIds = new ArrayList<>();
    for (String h : t.header) {
      if (h.startsWith("p_") && t.has(h + "_low") && t.has(h + "_high")) {
        outcomeIds.add(h.substring(2));
      }
    }
    if (outcomeIds.isEmpty()) {
      throw new ChartException(POINTS + ": no outcome columns (p_<id>, p_<id>_low, p_<id>_high)");
    }
    List<SweepPoint> points = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      t.integer(r, runs);
      List<String> values = new ArrayList<>();
      for (int c = point + 1; c < runs; c++) {
        if (t.text(r, c).isEmpty()) {
          throw t.bad(r, c, "the swept value is empty");
        }
        values.add(t.text(r, c));
      }
      Map<String, Estimate> estimates = new LinkedHashMap<>();
      for (String id : outcomeIds) {
        estimates.put(id, new Estimate(t.number(r, t.column("p_" + id)), t.number(r, t.column("p_" + id + "_low")),
            t.number(r, t.column("p_" + id + "_high"))));
      }
      points.add(new SweepPoint(t.text(r, point), List.copyOf(values), estimates));
    }
    return new Sweep(List.copyOf(parameters), List.copyOf(outcomeIds), List.copyOf(points), t);
  }

  /** Field access on one JSON file, failing with the file name and the field's path. */
  private record Json(String file) {
    JsonNode required(JsonNode node, String field, String path) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        throw fail(path, "is missing");
      }
      return v;
    }

    JsonNode object(JsonNode node, String field, String path) {
      JsonNode v = required(node, field, path);
      if (!v.isObject()) {
        throw fail(path, "must be an object");
      }
      return v;
    }

    JsonNode array(JsonNode node, String field, String path) {
      JsonNode v = required(node, field, path);
      if (!v.isArray()) {
        throw fail(path, "must be an array");
      }
      return v;
    }

    JsonNode optionalArray(JsonNode node, String field, String path) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? JSON.createArrayNode() : array(node, field, path);
    }

    String text(JsonNode node, String field, String path) {
      JsonNode v = required(node, field, path);
      if (!v.isTextual()) {
        throw fail(path, "must be a string");
      }
      return v.asText();
    }

    String optionalText(JsonNode node, String field, String path, String fallback) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? fallback : text(node, field, path);
    }

    double number(JsonNode v, String path) {
      if (!v.isNumber()) {
        throw fail(path, "must be a number, found " + v);
      }
      return v.asDouble();
    }

    int integer(JsonNode v, String path) {
      if (!v.isIntegralNumber() && !(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) {
        throw fail(path, "must be a whole number, found " + v);
      }
      return v.asInt();
    }

    double[] interval(JsonNode node, String path) {
      JsonNode ci = array(node, "ci95", path + ".ci95");
      if (ci.size() != 2) {
        throw fail(path + ".ci95", "must hold two numbers [low, high]");
      }
      return new double[] {number(ci.get(0), path + ".ci95[0]"), number(ci.get(1), path + ".ci95[1]")};
    }

    LocalDate date(String text, String path) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw fail(path, "'" + text + "' is not an ISO date (yyyy-mm-dd)");
      }
    }

    ChartException fail(String path, String what) {
      return new ChartException(file + ": " + path + " " + what);
    }
  }
}
