package brink.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes small but self-consistent results folders in the format Brink's batch and sweep commands produce:
 * summary.json and daily.csv are computed from the generated runs.csv, so the charts look like real output.
 */
final class ChartFixtures {
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate START = LocalDate.of(2022, 1, 7);
  static final String[] RUNGS = {"De-escalated", "Diplomatic protest", "Military posturing", "Mobilisation",
      "Sanctions", "Border incidents", "Limited incursion", "Air strikes", "Full-scale invasion",
      "Nuclear signalling"};
  /** id, name, rung: in an order other than ladder order, to check the chart sorts them. */
  static final String[][] OUTCOMES = {{"full-scale-invasion", "Full-scale invasion", "8"},
      {"negotiated-settlement", "Negotiated settlement", "0"}, {"limited-incursion", "Limited incursion", "6"},
      {"frozen-standoff", "Frozen stand-off", "3"}};
  static final String[] TALK_RESULTS = {"breakthrough", "progress", "stalemate", "breakdown", "not-held"};
  static final String TITLE = "NATO & Russia <January 2022>";

  private ChartFixtures() {}

  /** A batch with two uncertain parameters, one failed run, two talks and three scheduled events. */
  static Path batch(Path dir, int runs, int horizon) throws IOException {
    Random random = new Random(7);
    List<Run> list = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      list.add(Run.draw(i, random, horizon, null));
    }
    list.get(runs / 2).error = "Simulation failed: \"division by zero\", at step 12";
    ObjectNode manifest = manifest("run", runs, horizon);
    manifest.put("runsCompleted", runs - 1).put("failedRuns", 1);
    write(dir, manifest, summary(list, horizon), runsCsv(list, false, true), dailyCsv(list, horizon));
    return dir;
  }

  /** A 2 x 3 sweep over resolve and rationality, no uncertain parameters, so no drivers chart. */
  static Path sweep(Path dir, int runsPerPoint, int horizon) throws IOException {
    Random random = new Random(11);
    String[] resolve = {"0.5", "0.7"};
    String[] rationality = {"1", "2", "3"};
    List<Run> list = new ArrayList<>();
    StringBuilder points = new StringBuilder("point,states.RUS.resolve,parameters.rationality,runs");
    for (String[] o : OUTCOMES) {
      points.append(",p_").append(o[0]).append(",p_").append(o[0]).append("_low,p_").append(o[0]).append("_high");
    }
    points.append('\n');
    int point = 0;
    for (String a : resolve) {
      for (String b : rationality) {
        List<Run> at = new ArrayList<>();
        for (int i = 0; i < runsPerPoint; i++) {
          Run run = Run.draw(list.size(), random, horizon, new String[] {String.valueOf(point), a, b});
          at.add(run);
          list.add(run);
        }
        points.append(point).append(',').append(a).append(',').append(b).append(',').append(runsPerPoint);
        for (String[] o : OUTCOMES) {
          double p = at.stream().filter(r -> r.outcome.equals(o[0])).count() / (double) runsPerPoint;
          double[] ci = wilson(p, runsPerPoint);
          points.append(String.format(Locale.ROOT, ",%.4f,%.4f,%.4f", p, ci[0], ci[1]));
        }
        points.append('\n');
        point++;
      }
    }
    ObjectNode manifest = manifest("sweep", list.size(), horizon);
    manifest.put("points", point).put("runsPerPoint", runsPerPoint);
    manifest.putArray("vary").add("states.RUS.resolve=0.5,0.7").add("parameters.rationality=1,2,3");
    write(dir, manifest, summary(list, horizon), runsCsv(list, true, false), dailyCsv(list, horizon));
    Files.writeString(dir.resolve("points.csv"), points);
    return dir;
  }

  /** Adds Model v2's parts of summary.json (contract 2) to a folder, with made-up but consistent numbers. */
  static Path withModelV2(Path dir) throws IOException {
    ObjectNode s = (ObjectNode) JSON.readTree(dir.resolve("summary.json").toFile());
    ArrayNode severity = s.putArray("severity");
    String[] sev = {"full-scale-war", "none", "minor-clashes", "serious-clashes"};
    double[] ps = {0.1, 0.5, 0.25, 0.15};
    for (int i = 0; i < sev.length; i++) {
      severity.addObject().put("id", sev[i]).put("count", (long) (ps[i] * 100)).put("probability", ps[i])
          .put("low", ps[i] - 0.05).put("high", ps[i] + 0.05);
    }
    ArrayNode termination = s.putArray("termination");
    termination.addObject().put("id", "none").put("count", 60).put("probability", 0.6).put("low", 0.5).put("high", 0.7);
    termination.addObject().put("id", "formal-agreement").put("count", 40).put("probability", 0.4).put("low", 0.3).put("high", 0.5);
    ArrayNode rus = s.putObject("results").putArray("RUS");
    rus.addObject().put("id", "victory").put("count", 30).put("probability", 0.3).put("low", 0.2).put("high", 0.4);
    rus.addObject().put("id", "stalemate").put("count", 70).put("probability", 0.7).put("low", 0.6).put("high", 0.8);
    s.putObject("duration").put("median", 41).put("q1", 20).put("q3", 90).put("censored", 12);
    ArrayNode hazard = s.putArray("firstForceHazard");
    for (int w = 0; w < 3; w++) {
      hazard.addObject().put("fromDay", w * 10).put("toDay", w * 10 + 9).put("atRisk", 100 - 20 * w).put("events", 10)
          .put("hazard", 10.0 / (100 - 20 * w)).put("low", 0.05).put("high", 0.2);
    }
    s.putObject("majorMoves").put("count", 500).put("worse", 40).put("share", 0.08);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), s);
    return dir;
  }

  private static void write(Path dir, ObjectNode manifest, ObjectNode summary, String runs, String daily)
      throws IOException {
    Files.createDirectories(dir);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), manifest);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), summary);
    Files.writeString(dir.resolve("runs.csv"), runs);
    Files.writeString(dir.resolve("daily.csv"), daily);
  }

  private static ObjectNode manifest(String kind, int runs, int horizon) {
    ObjectNode m = JSON.createObjectNode();
    m.put("tool", "brink").put("version", "0.1.0").put("kind", kind).put("complete", true)
        .put("scenarioId", "nato-russia-2022-01").put("scenarioTitle", TITLE)
        .put("scenarioFile", "scenarios/nato-russia-2022-01.json").put("scenarioSha256", "ab12cd34")
        .put("masterSeed", 42).put("runs", runs).put("runsCompleted", runs).put("failedRuns", 0)
        .put("threads", 2).put("horizonDays", horizon).put("startDate", START.toString())
        .put("startedAt", "2026-11-27T22:00:00Z").put("finishedAt", "2026-11-27T22:00:01Z")
        .put("seconds", 1.2).put("runsPerSecond", 830.5).put("javaVersion", "17.0.15").put("hostCores", 2);
    m.putArray("overrides").add("parameters.rationality=2");
    m.putArray("injects").add("talks.json");
    return m;
  }

  private static ObjectNode summary(List<Run> all, int horizon) {
    List<Run> runs = all.stream().filter(r -> r.error.isEmpty()).toList();
    int n = runs.size();
    ObjectNode s = JSON.createObjectNode();
    ObjectNode scenario = s.putObject("scenario");
    scenario.put("id", "nato-russia-2022-01").put("title", TITLE)
        .put("description", "Russian forces massed on Ukraine's borders while NATO and Russia met in Geneva, "
            + "Brussels and Vienna.\n\nA <b>test</b> scenario: rungs & outcomes are illustrative.")
        .put("startDate", START.toString()).put("horizonDays", horizon);
    scenario.putArray("sources").addObject().put("id", "s1")
        .put("citation", "NATO-Russia Council statement, 12 January 2022").put("url", "https://www.nato.int/");
    s.put("runs", n);
    s.put("mainOutcome", "full-scale-invasion");
    s.putArray("keyRungs").add(5).add(6);
    ArrayNode outcomes = s.putArray("outcomes");
    for (String[] o : OUTCOMES) {
      long count = runs.stream().filter(r -> r.outcome.equals(o[0])).count();
      double p = (double) count / n;
      double[] ci = wilson(p, n);
      ObjectNode node = outcomes.addObject().put("id", o[0]).put("name", o[1]).put("rung", Integer.parseInt(o[2]))
          .put("count", count).put("probability", p);
      node.putArray("ci95").add(ci[0]).add(ci[1]);
    }
    ArrayNode rungs = s.putArray("rungs");
    for (int k = 0; k < RUNGS.length; k++) {
      final int rung = k;
      ObjectNode node = rungs.addObject().put("rung", k).put("name", RUNGS[k]);
      long reached = runs.stream().filter(r -> r.dayReached[rung] >= 0).count();
      double[] ci = wilson((double) reached / n, n);
      node.put("probabilityReached", (double) reached / n);
      node.putArray("ci95").add(ci[0]).add(ci[1]);
      ArrayNode survival = node.putArray("survival");
      Integer median = null;
      double previous = -1;
      for (int d = 0; d <= horizon; d++) {
        final int day = d;
        double p = runs.stream().filter(r -> r.dayReached[rung] >= 0 && r.dayReached[rung] <= day).count()
            / (double) n;
        if (median == null && p >= 0.5) {
          median = d;
        }
        // Rung 6 lists only the days where the curve changes, the others every day: both forms are allowed.
        if (k != 6 || p != previous) {
          double[] band = wilson(p, n);
          survival.addObject().put("day", d).put("date", START.plusDays(d).toString()).put("reached", p)
              .put("low", band[0]).put("high", band[1]);
        }
        previous = p;
      }
      if (median == null) {
        node.putNull("medianDay");
      } else {
        node.put("medianDay", median);
      }
    }
    ArrayNode talks = s.putArray("talks");
    String[][] talkList = {{"geneva", "Geneva strategic stability talks", "3"}, {"nrc", "NATO–Russia Council", "5"}};
    for (int t = 0; t < talkList.length; t++) {
      final int talk = t;
      ObjectNode node = talks.addObject().put("id", talkList[t][0]).put("name", talkList[t][1])
          .put("date", START.plusDays(Integer.parseInt(talkList[t][2])).toString());
      ObjectNode results = node.putObject("results");
      for (String word : TALK_RESULTS) {
        results.put(word, runs.stream().filter(r -> r.talks[talk].equals(word)).count() / (double) n);
      }
    }
    ArrayNode events = s.putArray("events");
    String[][] eventList = {{"geneva", "Geneva talks", "3"}, {"nrc", "NATO–Russia Council", "5"},
        {"osce", "OSCE Permanent Council", "6"}};
    for (String[] e : eventList) {
      int day = Integer.parseInt(e[2]);
      events.addObject().put("id", e[0]).put("name", e[1]).put("date", START.plusDays(day).toString())
          .put("day", day);
    }
    return s;
  }

  private static String runsCsv(List<Run> runs, boolean sweep, boolean params) {
    StringBuilder b = new StringBuilder();
    List<String> header = new ArrayList<>();
    if (sweep) {
      header.add("point");
    }
    header.addAll(List.of("run", "seed", "outcome", "peak_rung", "end_rung", "end_day"));
    for (int k = 0; k < RUNGS.length; k++) {
      header.add("day_rung_" + k);
    }
    if (sweep) {
      header.addAll(List.of("point:states.RUS.resolve", "point:parameters.rationality"));
    }
    if (params) {
      header.addAll(List.of("param:states.RUS.resolve", "param:parameters.rationality"));
    }
    header.addAll(List.of("sanctions_tier_NATO", "cohesion_NATO", "talk_geneva", "talk_nrc", "forces_RUS", "error"));
    b.append(String.join(",", header)).append('\n');
    for (Run r : runs) {
      List<String> cells = new ArrayList<>();
      boolean failed = !r.error.isEmpty();
      if (sweep) {
        cells.add(r.point[0]);
      }
      cells.addAll(List.of(String.valueOf(r.id), String.valueOf(1000 + r.id), failed ? "" : r.outcome,
          failed ? "" : String.valueOf(r.peak), failed ? "" : String.valueOf(r.end), String.valueOf(r.endDay)));
      for (int k = 0; k < RUNGS.length; k++) {
        cells.add(failed || r.dayReached[k] < 0 ? "" : String.valueOf(r.dayReached[k]));
      }
      if (sweep) {
        cells.add(r.point[1]);
        cells.add(r.point[2]);
      }
      if (params) {
        cells.add(String.format(Locale.ROOT, "%.4f", r.resolve));
        cells.add(String.format(Locale.ROOT, "%.4f", r.rationality));
      }
      cells.addAll(List.of(String.valueOf(r.peak / 3), "0.8", r.talks[0], r.talks[1], "120000", csv(r.error)));
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  private static String dailyCsv(List<Run> all, int horizon) {
    List<Run> runs = all.stream().filter(r -> r.error.isEmpty()).toList();
    StringBuilder b = new StringBuilder("day,date");
    for (int k = 0; k < RUNGS.length; k++) {
      b.append(",share_rung_").append(k);
    }
    b.append(",tension_p5,tension_p25,tension_p50,tension_p75,tension_p95,forces_RUS_p5,forces_RUS_p95\n");
    for (int d = 0; d <= horizon; d++) {
      double[] share = new double[RUNGS.length];
      for (Run r : runs) {
        share[r.rungOn(d)] += 1.0 / runs.size();
      }
      b.append(d).append(',').append(START.plusDays(d));
      for (double v : share) {
        b.append(String.format(Locale.ROOT, ",%.4f", v));
      }
      b.append(",0.1,0.2,0.3,0.4,0.5,100000,130000\n");
    }
    return b.toString();
  }

  private static String csv(String cell) {
    return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  static double[] wilson(double p, int n) {
    double z = 1.96;
    double denominator = 1 + z * z / n;
    double centre = (p + z * z / (2 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /** One simulated run: climbs from rung 2 to a peak driven by resolve, then holds or settles. */
  private static final class Run {
    int id;
    String outcome;
    int peak;
    int end;
    int endDay;
    int[] dayReached = new int[RUNGS.length];
    double resolve;
    double rationality;
    String[] talks = new String[2];
    String[] point;
    String error = "";

    static Run draw(int id, Random random, int horizon, String[] point) {
      Run r = new Run();
      r.id = id;
      r.point = point;
      r.resolve = point == null ? 0.3 + 0.6 * random.nextDouble() : Double.parseDouble(point[1]);
      r.rationality = point == null ? 0.5 + 2.5 * random.nextDouble() : Double.parseDouble(point[2]);
      double push = r.resolve + 0.25 * random.nextGaussian() - 0.05 * r.rationality;
      r.peak = Math.max(2, Math.min(9, (int) Math.round(2 + push * 8)));
      java.util.Arrays.fill(r.dayReached, -1);
      r.dayReached[1] = 0;
      r.dayReached[2] = 0;
      int day = 0;
      for (int k = 3; k <= r.peak; k++) {
        day = Math.min(horizon, day + 1 + random.nextInt(Math.max(1, horizon / 6)));
        r.dayReached[k] = day;
      }
      r.outcome = r.peak >= 8 ? "full-scale-invasion" : r.peak >= 6 ? "limited-incursion"
          : random.nextBoolean() ? "negotiated-settlement" : "frozen-standoff";
      r.end = r.outcome.equals("negotiated-settlement") ? 0 : r.peak;
      r.endDay = Math.min(horizon, day + 2 + random.nextInt(5));
      if (r.end == 0) {
        r.dayReached[0] = r.endDay;
      }
      for (int t = 0; t < 2; t++) {
        r.talks[t] = TALK_RESULTS[Math.min(4, random.nextInt(4) + (r.peak >= 8 ? 1 : 0))];
      }
      return r;
    }

    int rungOn(int day) {
      if (end == 0 && day >= endDay) {
        return 0;
      }
      int rung = 2;
      for (int k = 3; k <= peak; k++) {
        if (dayReached[k] <= day) {
          rung = k;
        }
      }
      return rung;
    }
  }
}
