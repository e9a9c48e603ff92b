package brink.cli;

import brink.analysis.condition.ForecastChart;
import brink.analysis.condition.ParticleFilter;
import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.results.Proportion;
import brink.results.ResultsFolder;
import brink.scenario.Observation;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(header = "How the forecast moves from date to date as observations come in.", name = "forecast", mixinStandardHelpOptions = true,
        description = {"For each date D, the outcome distribution given everything observed on or before D (observations from --given: a file, or 'record' for "
                + "the scenario's own), by sequential importance resampling as in 'brink run --given'. Prints a table (one row per date, the effective sample size "
                + "that carried it) and writes forecast.csv, forecast.png and forecast.svg into results/<id>-forecast-<time>/ or --out.",
                "Intervals are 95% Wilson intervals on the effective sample size (the runs that agreed at the narrowest stage), not on the number of runs: "
                        + "resampled copies of one history are not independent.",
                "When no run reproduces a day's observations (the filter collapses), the table is printed up to the last date with agreeing runs, "
                        + "the error names the day and what was observed, nothing is written and the exit code is 2, as for 'brink run --given'."},
        footer = {"", "Examples:", "  brink forecast --given record                               (dates: the start and each observation's date)",
                "  brink forecast --given seen.json --dates 2022-01-07,2022-01-28,2022-02-12 --runs 2000"})
final class ForecastCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--given", paramLabel = "OBS|record", required = true, description = "A file of dated observations, or 'record' for the scenario's own.")
    String given;

    @Option(names = "--dates", paramLabel = "D1,D2,...", split = ",", description = "Dates to forecast as of (ISO; default: the start date and every observation's date).")
    List<String> dates = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "Runs (particles) per forecast (default ${DEFAULT-VALUE}).", defaultValue = "1000")
    int runs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default ${DEFAULT-VALUE}).", defaultValue = "" + RunCommand.DEFAULT_SEED)
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the table and chart; must not exist.")
    Path out;

    @Option(names = "--no-charts", description = "Skip the chart.")
    boolean noCharts;

    @Option(names = "--quiet", description = "Print nothing but errors and the results folder.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 1_000_000) throw new Main.BadInput("--runs must be from 1 to 1,000,000, got " + runs);
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) throw new Main.BadInput("--threads must be at least 1, got " + t);
        Scenario s = scenario.inputs().resolve();
        List<Observation> obs = Conditioning.observations(given, s, scenario.path());
        List<LocalDate> asOf = dates(s, obs);
        List<OutcomeSpec> outcomes = s.outcomes();
        Path target = out != null ? out : Places.results().resolve(s.id() + "-forecast-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ResultsFolder folder = ResultsFolder.create(target);
        if (!quiet) System.out.printf("forecast: %s%nmaster seed %d, %,d runs per date, %d thread%s%n", s.title(), seed, runs, t, t == 1 ? "" : "s");
        List<Row> rows = new ArrayList<>();
        ParticleFilter.Collapse collapse = null;
        try (Batch batch = new Batch(t)) {
            ParticleFilter filter = new ParticleFilter(s, obs, seed, runs);
            Progress progress = new Progress("runs", quiet);
            long total = (long) asOf.size() * runs;
            for (LocalDate date : asOf) {
                collapse = Conditioning.tryAssimilate(filter, s.day(date), batch, quiet, progress);
                if (collapse != null) {
                    // the forecast as of the last day whose observations some runs reproduced, when no row has it yet
                    LocalDate last = lastAgreeing(filter);
                    if (last != null && (rows.isEmpty() || last.isAfter(rows.get(rows.size() - 1).asOf()))) {
                        rows.add(forecast(filter, batch, last, outcomes.size(), progress, (long) rows.size() * runs, total));
                    }
                    break;
                }
                rows.add(forecast(filter, batch, date, outcomes.size(), progress, (long) rows.size() * runs, total));
            }
            progress.done((long) rows.size() * runs);
            if (collapse == null) {
                StringBuilder csv = new StringBuilder("as_of,ess,outcome,probability,low,high\n");
                for (Row r : rows) {
                    for (int o = 0; o < outcomes.size(); o++) {
                        csv.append(String.format(Locale.ROOT, "%s,%d,%s,%.6f,%.6f,%.6f%n", r.asOf(), r.ess(), outcomes.get(o).id(), r.p()[o], r.low()[o], r.high()[o]));
                    }
                }
                Files.writeString(folder.work().resolve("forecast.csv"), csv);
                Conditioning.write(filter, given, folder.work());
                if (!noCharts) {
                    List<LocalDate> dates = rows.stream().map(Row::asOf).toList();
                    List<ForecastChart.Line> lines = new ArrayList<>();
                    for (int o = 0; o < outcomes.size(); o++) {
                        int at = o;
                        lines.add(new ForecastChart.Line(outcomes.get(o).name(), rows.stream().mapToDouble(r -> r.p()[at]).toArray(),
                                rows.stream().mapToDouble(r -> r.low()[at]).toArray(), rows.stream().mapToDouble(r -> r.high()[at]).toArray()));
                    }
                    ForecastChart.write("How the forecast moved", s.title() + String.format(Locale.ROOT, " · %,d runs per date, given what was observed by each date", runs),
                            dates, lines, folder.work());
                }
            }
            if (!quiet) {
                System.out.println();
                System.out.print(table(rows, outcomes));
                if (collapse != null) {
                    System.out.printf("  %-10s  no forecast: none of the %,d runs reproduced what was observed that day%n", collapse.stage.date(), runs);
                }
                System.out.println();
                System.out.print(Conditioning.summary(filter));
            }
        } catch (RuntimeException | java.io.IOException e) {
            folder.discard();
            throw e;
        }
        if (collapse != null) {
            folder.discard();
            LocalDate last = rows.isEmpty() ? null : rows.get(rows.size() - 1).asOf();
            throw new Main.BadInput(collapse.getMessage() + ". " + (last == null ? "No date before it has a forecast"
                    : "The forecast goes as far as " + last + ", the last date with agreeing runs" + (quiet ? "" : " (the table above)")
                    + "; to keep its files, run again with --dates up to " + last) + "; nothing was written");
        }
        System.out.println("results: " + folder.publish());
        return 0;
    }

    /** The forecast as of one date: the outcome shares of the filter's runs played to the end, intervals on the smallest ESS so far. */
    private Row forecast(ParticleFilter filter, Batch batch, LocalDate date, int k, Progress progress, long doneBefore, long total) {
        long[] counts = new long[k];
        long[] n = {0};
        batch.run(filter.job(), 0, runs, (Replication r) -> {
            if (!r.failed()) {
                counts[r.record().outcomeIndex()]++;
                n[0]++;
            }
            progress.update(doneBefore + r.run() + 1, total);
        });
        if (n[0] == 0) throw new IllegalStateException("every run failed");
        long minEss = runs;
        for (ParticleFilter.Stage st : filter.stages()) if (st.agreeing() > 0) minEss = Math.min(minEss, (long) st.ess());
        long ess = Math.min(minEss, n[0]);
        double[] p = new double[k], lo = new double[k], hi = new double[k];
        for (int o = 0; o < k; o++) {
            double share = (double) counts[o] / n[0];
            Proportion pr = Proportion.of(Math.round(share * ess), ess);
            p[o] = share;
            lo[o] = Math.min(share, pr.low());
            hi[o] = Math.max(share, pr.high());
        }
        return new Row(date, ess, p, lo, hi);
    }

    /** The date of the last stage some runs agreed with, or null when none did. */
    private static LocalDate lastAgreeing(ParticleFilter filter) {
        LocalDate last = null;
        for (ParticleFilter.Stage st : filter.stages()) if (st.agreeing() > 0) last = st.date();
        return last;
    }

    private static String table(List<Row> rows, List<OutcomeSpec> outcomes) {
        StringBuilder b = new StringBuilder(String.format("Forecast as of each date (probability of each outcome given what had been observed by then; ESS = effective sample size)%n"));
        b.append(String.format("  %-10s %7s", "as of", "ESS"));
        for (OutcomeSpec o : outcomes) b.append("  ").append(String.format("%" + Math.max(7, o.id().length()) + "s", o.id()));
        b.append(String.format("%n"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "  %-10s %,7d", r.asOf(), r.ess()));
            for (int o = 0; o < outcomes.size(); o++) {
                b.append("  ").append(String.format(Locale.ROOT, "%" + Math.max(7, outcomes.get(o).id().length()) + "s", String.format(Locale.ROOT, "%.1f%%", 100 * r.p()[o])));
            }
            b.append(String.format("%n"));
        }
        return b.toString();
    }

    /** One row of the table: the forecast as of a date. */
    private record Row(LocalDate asOf, long ess, double[] p, double[] low, double[] high) {
    }

    /** --dates, or the start date and each observation's date; each within the horizon. */
    private List<LocalDate> dates(Scenario s, List<Observation> obs) {
        TreeSet<LocalDate> out = new TreeSet<>();
        LocalDate end = s.startDate().plusDays(s.horizonDays() - 1L);
        if (dates.isEmpty()) {
            out.add(s.startDate());
            obs.forEach(o -> out.add(o.date()));
        }
        for (String d : dates) {
            LocalDate x;
            try {
                x = LocalDate.parse(d.trim());
            } catch (DateTimeParseException e) {
                throw new Main.BadInput("--dates: '" + d + "' is not an ISO date such as " + s.startDate());
            }
            if (x.isBefore(s.startDate()) || x.isAfter(end)) throw new Main.BadInput("--dates: " + x + " is outside the horizon, " + s.startDate() + " to " + end);
            out.add(x);
        }
        return List.copyOf(out);
    }
}
