package brink.results;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * manifest.json: everything needed to know what was run and to run it again.
 *
 * @param engine      where the runs ran: "local" (this machine's threads) or "spark"
 * @param runsFrom    a shard's first run index (null for a whole batch); it holds runs runsFrom..runsTo-1
 * @param shards      for a folder made by {@code brink merge}: how many shards it joins
 * @param sparkMaster for a cluster run: the master URL (with sparkVersion and the number of partitions)
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
        Integer partitions) {
}
