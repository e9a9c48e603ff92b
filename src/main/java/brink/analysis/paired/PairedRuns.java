package brink.analysis.paired;

import brink.analysis.RunsTable;
import brink.results.ProportionDifference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two batches read run by run: when run k has the same seed in both (same master seed, so common random numbers),
 * each outcome's change gets the paired interval. Anything that breaks the pairing (a sweep, different seeds or
 * numbers of runs) is reported as the reason the batches were not paired.
 */
public final class PairedRuns {
    private PairedRuns() {
    }

    /** Each outcome's paired difference B − A, or none and the reason the batches cannot be paired. */
    public record Result(Map<String, ProportionDifference> differences, long pairs, String reason) {
        public boolean paired() {
            return reason == null;
        }
    }

    public static Result compare(Path dirA, Path dirB, List<String> outcomeIds) {
        Path a = dirA.resolve("runs.csv"), b = dirB.resolve("runs.csv");
        if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) return none("a folder has no runs.csv");
        int k = outcomeIds.size();
        long[][] t = new long[k][4];
        long pairs = 0;
        try (RunsTable.Cursor ca = RunsTable.open(a); RunsTable.Cursor cb = RunsTable.open(b)) {
            if (ca.table().has("point") || cb.table().has("point")) return none("a folder is a sweep");
            if (!ca.table().has("seed") || !cb.table().has("seed")) return none("a runs.csv has no seed column");
            while (true) {
                RunsTable.Row ra = ca.next(), rb = cb.next();
                if (ra == null && rb == null) break;
                if (ra == null || rb == null) return none("the batches have different numbers of runs");
                if (!ra.get("seed").equals(rb.get("seed"))) return none("run " + ra.get("run") + " has different seeds in the two batches");
                if (ra.failed() || rb.failed()) continue;
                int oa = outcomeIds.indexOf(ra.get("outcome")), ob = outcomeIds.indexOf(rb.get("outcome"));
                for (int i = 0; i < k; i++) t[i][i == oa ? (i == ob ? 0 : 1) : (i == ob ? 2 : 3)]++;
                pairs++;
            }
        } catch (RunsTable.BadTable e) {
            return none(e.getMessage());
        }
        Map<String, ProportionDifference> out = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) out.put(outcomeIds.get(i), ProportionDifference.paired(t[i][0], t[i][1], t[i][2], t[i][3]));
        return new Result(out, pairs, null);
    }

    private static Result none(String reason) {
        return new Result(Map.of(), 0, reason);
    }
}
