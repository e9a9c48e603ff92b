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
    Optional<Sweep> sweep) {

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

  /** A run that ended with an outcome; {@code parameters} aligns with {@link Results#parameters()}. */
  record Run(String outcome, int peakRung, double[] parameters) {}

  /** {@code shares[i][d]} is the share of runs on rung {@code rungs[i]} on {@code days[d]}. */
  record Daily(int[] days, int[] rungs, double[][] shares) {}

  record Estimate(double probability, double low, double high) {}

  record SweepPoint(String id, List<String> values, Map<String, Estimate> estimates) {}

  /** {@code table} is points.csv verbatim, for the report. */
  record Sweep(List<String> parameters, List<String> outcomeIds, List<SweepPoint> points, CsvTable table) {}

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
