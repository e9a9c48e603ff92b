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
                        + "resampled copies of one history are not independent."},
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
        int k = outcomes.size();
        double[][] p = new double[k][asOf.size()], lo = new double[k][asOf.size()], hi = new double[k][asOf.size()];
        long[] ess = new long[asOf.size()];
        Path target = out != null ? out : Places.results().resolve(s.id() + "-forecast-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ResultsFolder folder = ResultsFolder.create(target);
        if (!quiet) System.out.printf("forecast: %s%nmaster seed %d, %,d runs per date, %d thread%s%n", s.title(), seed, runs, t, t == 1 ? "" : "s");
        try (Batch batch = new Batch(t)) {
            ParticleFilter filter = new ParticleFilter(s, obs, seed, runs);
            Progress progress = new Progress("runs", quiet);
            long minEss = runs;
            for (int d = 0; d < asOf.size(); d++) {
                Conditioning.assimilate(filter, s.day(asOf.get(d)), batch, quiet, progress);
                for (ParticleFilter.Stage st : filter.stages()) minEss = Math.min(minEss, (long) st.ess());
                long[] counts = new long[k];
                long[] n = {0};
                int at = d;
                batch.run(filter.job(), 0, runs, (Replication r) -> {
                    if (!r.failed()) {
                        counts[r.record().outcomeIndex()]++;
                        n[0]++;
                    }
                    progress.update((long) at * runs + r.run() + 1, (long) asOf.size() * runs);
                });
                if (n[0] == 0) throw new IllegalStateException("every run failed");
                ess[d] = Math.min(minEss, n[0]);
                for (int o = 0; o < k; o++) {
                    double share = (double) counts[o] / n[0];
                    Proportion pr = Proportion.of(Math.round(share * ess[d]), ess[d]);
                    p[o][d] = share;
                    lo[o][d] = Math.min(share, pr.low());
                    hi[o][d] = Math.max(share, pr.high());
                }
            }
            progress.done((long) asOf.size() * runs);
            StringBuilder csv = new StringBuilder("as_of,ess,outcome,probability,low,high\n");
            for (int d = 0; d < asOf.size(); d++) {
                for (int o = 0; o < k; o++) {
                    csv.append(String.format(Locale.ROOT, "%s,%d,%s,%.6f,%.6f,%.6f%n", asOf.get(d), ess[d], outcomes.get(o).id(), p[o][d], lo[o][d], hi[o][d]));
                }
            }
            Files.writeString(folder.work().resolve("forecast.csv"), csv);
            Conditioning.write(filter, given, folder.work());
            if (!noCharts) {
                List<ForecastChart.Line> lines = new ArrayList<>();
                for (int o = 0; o < k; o++) lines.add(new ForecastChart.Line(outcomes.get(o).name(), p[o], lo[o], hi[o]));
                ForecastChart.write("How the forecast moved", s.title() + String.format(Locale.ROOT, " · %,d runs per date, given what was observed by each date", runs),
                        asOf, lines, folder.work());
            }
            if (!quiet) {
                System.out.println();
                System.out.println("Forecast as of each date (probability of each outcome given what had been observed by then; ESS = effective sample size)");
                StringBuilder h = new StringBuilder(String.format("  %-10s %7s", "as of", "ESS"));
                for (OutcomeSpec o : outcomes) h.append("  ").append(String.format("%" + Math.max(7, o.id().length()) + "s", o.id()));
                System.out.println(h);
                for (int d = 0; d < asOf.size(); d++) {
                    StringBuilder r = new StringBuilder(String.format(Locale.ROOT, "  %-10s %,7d", asOf.get(d), ess[d]));
                    for (int o = 0; o < k; o++) {
                        r.append("  ").append(String.format(Locale.ROOT, "%" + Math.max(7, outcomes.get(o).id().length()) + "s", String.format(Locale.ROOT, "%.1f%%", 100 * p[o][d])));
                    }
                    System.out.println(r);
                }
                System.out.println();
                System.out.print(Conditioning.summary(filter));
            }
        } catch (RuntimeException | java.io.IOException e) {
            folder.discard();
            throw e;
        }
        System.out.println("results: " + folder.publish());
        return 0;
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
