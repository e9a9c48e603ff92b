package brink.results;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** manifest.json: everything needed to know what was run and to run it again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
        String tool,
        String version,
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
        int hostCores) {
}
