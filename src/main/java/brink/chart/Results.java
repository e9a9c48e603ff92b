package brink.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the charts and the report need from one results folder, already validated. */
record Results(
    JsonNode manifest,
    Scenario scenario,
    int runs,
    Outcome mainOutcome,
    Outcome driverOutcome,
    List<Integer> keyRungs,
    List<Outcome> outcomes,
    List<Rung> rungs,
    List<Talk> talks,
    List<Event> events,
    List<String> parameters,
    List<Run> completedRuns,
    long[] peakCounts,
    Daily daily,
    Optional<Sweep> sweep,
    Map<String, String> labels,
    ModelV2 v2) {

  record Scenario(String id, String title, String description, LocalDate startDate, int horizonDays,
                  List<Source> sources) {}

  record Source(String id, String citation, String url) {}

  record Outcome(String id, String name, int rung, long count, double probability, double low, double high) {}

  record Rung(int rung, String name, double probabilityReached, double low, double high, Double medianDay,
              List<SurvivalPoint> survival) {}

  /** {@code reached} is the Kaplan–Meier cumulative probability 1 − S(day). */
  record SurvivalPoint(int day, double reached, double low, double high) {}

  /** Results keep the file's order (breakthrough … not-held), which is also the order of the stacked bar. */
  record Talk(String id, String name, String date, Map<String, Double> results) {}

  record Event(String id, String name, LocalDate date, int day) {}

  /** One class of a Model v2 breakdown (severity, termination, a principal's result) with its 95% interval. */
  record Share(String id, long count, double probability, double low, double high) {}

  /** Hazard of the first use of force in a window of days: events among the runs still at risk. */
  record Hazard(int fromDay, int toDay, long atRisk, long events, double hazard, double low, double high) {}

  /** Duration of the crisis in days: median and quartiles, and how many runs had not ended at the horizon. */
  /** {@code censored}: the share of runs whose crisis had not ended at the horizon (summary.json's duration.censored). */
  record Duration(Double median, Double q1, Double q3, double censored) {}

  /** Major moves taken, and how many were worth less than the best alternative (a diagnostic of the decisions). */
  record MajorMoves(long count, long worse, double share) {}

  /**
   * What Model v2 adds to summary.json (contract 2), each part empty or null when the folder predates it: severity of
   * violence, form of termination, each principal's result, the crisis's duration, the hazard of first use of force.
   */
  record ModelV2(List<Share> severity, List<Share> termination, Map<String, List<Share>> results, Duration duration,
                 List<Hazard> firstForceHazard, MajorMoves majorMoves) {
    static final ModelV2 NONE = new ModelV2(List.of(), List.of(), Map.of(), null, List.of(), null);

    boolean any() {
      return !severity.isEmpty() || !termination.isEmpty() || !results.isEmpty() || duration != null
          || !firstForceHazard.isEmpty() || majorMoves != null;
    }
  }

  /** A run that ended with an outcome; {@code parameters} aligns with {@link Results#parameters()}. */
  record Run(String outcome, int peakRung, double[] parameters) {}

  /** {@code shares[i][d]} is the share of runs on rung {@code rungs[i]} on {@code days[d]}. */
  record Daily(int[] days, int[] rungs, double[][] shares) {}

  record Estimate(double probability, double low, double high) {}

  record SweepPoint(String id, List<String> values, Map<String, Estimate> estimates) {}

  /** {@code table} is points.csv verbatim, for the report. */
  record Sweep(List<String> parameters, List<String> outcomeIds, List<SweepPoint> points, CsvTable table) {}

  /** A parameter's plain name (from the manifest), or its path. */
  String label(String path) {
    return labels.getOrDefault(path, path);
  }

  /** The rung every run stands on at day 0 (reached by all on day 0), or -1 when the folder does not tell. */
  int startRung() {
    int start = -1;
    for (Rung r : rungs) {
      if (!r.survival().isEmpty() && r.survival().get(0).day() == 0 && r.survival().get(0).reached() >= 1.0) {
        start = Math.max(start, r.rung());
      }
    }
    return start;
  }

  /**
   * What distinguishes this batch from another of the same scenario, for titles: the overrides, the injects, and
   * seed, runs and horizon.
   */
  String variant() {
    List<String> parts = new java.util.ArrayList<>();
    manifest.path("overrides").forEach(o -> parts.add("--set " + o.asText()));
    manifest.path("injects").forEach(i -> parts.add("inject " + i.asText()));
    if (manifest.has("masterSeed")) {
      parts.add("seed " + manifest.get("masterSeed").asText());
    }
    parts.add(String.format(java.util.Locale.ROOT, "%,d runs", runs)
        + sweep.map(s -> " over " + s.points().size() + " sweep points").orElse(""));
    parts.add(scenario.horizonDays() + " days");
    return String.join(" · ", parts);
  }

  boolean complete() {
    return manifest.path("complete").asBoolean(true);
  }

  /** Highest rung number seen anywhere, so that one palette covers every chart. */
  int rungCount() {
    int max = 0;
    for (Rung r : rungs) {
      max = Math.max(max, r.rung());
    }
    for (Outcome o : outcomes) {
      max = Math.max(max, o.rung());
    }
    for (int r : daily.rungs()) {
      max = Math.max(max, r);
    }
    max = Math.max(max, peakCounts.length - 1);
    return max + 1;
  }

  String rungName(int rung) {
    return rungs.stream().filter(r -> r.rung() == rung).map(Rung::name).findFirst().orElse("Rung " + rung);
  }

  Optional<Outcome> outcome(String id) {
    return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The likeliest outcome; between equally likely ones, the calmer. */
  static Outcome likeliest(List<Outcome> outcomes) {
    return outcomes.stream().max(Comparator.comparingDouble(Outcome::probability)
        .thenComparing(Comparator.comparingInt(Outcome::rung).reversed())).orElseThrow();
  }

  static Outcome mostSevere(List<Outcome> outcomes) {
    return outcomes.stream().max(Comparator.comparingInt(Outcome::rung)).orElseThrow();
  }
}
