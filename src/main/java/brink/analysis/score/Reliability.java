package brink.analysis.score;

import brink.results.Proportion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reliability (calibration) data: forecasts of binary events pooled across batches and binned by the probability
 * forecast; in each bin the share of events that happened, with its 95% Wilson interval. A reliable forecaster's
 * bins lie on the diagonal: of the events given 30%, about 30% happen (Murphy &amp; Winkler 1977).
 */
public final class Reliability {
    private Reliability() {
    }

    /** A binary event: what kind of forecast it came from, the probability given, whether it happened. */
    public record Event(String kind, double probability, boolean happened) {
    }

    /** One bin of one kind of forecast. */
    public record Bin(String kind, double from, double to, long events, double meanForecast, long happened, Proportion observed) {
    }

    /** Bins of width 1/bins per kind (the last bin closed at 1); empty bins are left out. */
    public static List<Bin> bins(List<Event> events, int bins) {
        if (bins < 1) throw new IllegalArgumentException("bins must be >= 1");
        Map<String, double[][]> acc = new LinkedHashMap<>();
        for (Event e : events) {
            double[][] a = acc.computeIfAbsent(e.kind(), k -> new double[bins][3]);
            int b = Math.min(bins - 1, (int) Math.floor(e.probability() * bins));
            a[b][0]++;
            a[b][1] += e.probability();
            if (e.happened()) a[b][2]++;
        }
        List<Bin> out = new ArrayList<>();
        for (var k : acc.entrySet()) {
            for (int b = 0; b < bins; b++) {
                double[] a = k.getValue()[b];
                if (a[0] == 0) continue;
                out.add(new Bin(k.getKey(), (double) b / bins, (double) (b + 1) / bins, (long) a[0], a[1] / a[0], (long) a[2],
                        Proportion.of((long) a[2], (long) a[0])));
            }
        }
        return out;
    }
}
