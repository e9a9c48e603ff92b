package brink.results;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * manifest.json: everything needed to know what was run and to run it again. No machine path: files are named
 * relative to the project (or by name), so a folder can be shared without telling where it was made.
 *
 * @param engine      where the runs ran: "local" (this machine's threads) or "spark"
 * @param runsFrom    a shard's first run index (null for a whole batch); it holds runs runsFrom..runsTo-1
 * @param shards      for a folder made by {@code brink merge}: how many shards it joins
 * @param sparkMaster for a cluster run: the master URL (with sparkVersion and the number of partitions)
 * @param runsPerSecond replications per second of the simulation (what the console prints and {@code brink bench} measures)
 * @param seconds     wall time of the whole batch, files included
 * @param driverOutcome the outcome the drivers chart explains (null: the likeliest)
 * @param parameterLabels plain names of the uncertain and swept parameters by their path, for charts and tables
 * @param missing     what a complete folder would hold but this one does not (charts not drawn), with {@code missingReason}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
        String tool,
        String version,
        String engine,
        String kind,
        boolean complete,
        String scenarioId,
        String scenarioTitle,
        String scenarioFile,
        String scenarioSha256,
        List<String> overrides,
        List<String> injects,
        long masterSeed,
        long runs,
        Long runsFrom,
        Long runsTo,
        long runsCompleted,
        long failedRuns,
        Double precision,
        Integer points,
        Long runsPerPoint,
        List<String> vary,
        int threads,
        int horizonDays,
        String startDate,
        String startedAt,
        String finishedAt,
        double seconds,
        double runsPerSecond,
        String javaVersion,
        int hostCores,
        Integer shards,
        String sparkVersion,
        String sparkMaster,
        Integer partitions,
        String driverOutcome,
        java.util.Map<String, String> parameterLabels,
        List<String> missing,
        String missingReason) {

    /** The same manifest with what is missing (charts and report not drawn), and why. */
    public Manifest withMissing(List<String> what, String reason) {
        return new Manifest(tool, version, engine, kind, complete, scenarioId, scenarioTitle, scenarioFile, scenarioSha256, overrides, injects,
                masterSeed, runs, runsFrom, runsTo, runsCompleted, failedRuns, precision, points, runsPerPoint, vary, threads, horizonDays,
                startDate, startedAt, finishedAt, seconds, runsPerSecond, javaVersion, hostCores, shards, sparkVersion, sparkMaster, partitions,
                driverOutcome, parameterLabels, what, reason);
    }
}
