package brink.montecarlo;

import brink.scenario.Overrides;
import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The points of a parameter sweep: a full grid over listed values, or a Latin hypercube over ranges. */
public record SweepPlan(List<String> paths, List<List<String>> points) implements java.io.Serializable {

    /**
     * The plan a command line asks for: a grid from {@code --vary PATH=V1,V2,...} options, or with {@code sample}
     * "lhs" a Latin hypercube of {@code points} points over {@code --range PATH=LOW:HIGH} options.
     *
     * @throws IllegalArgumentException saying what is wrong with the options
     */
    public static SweepPlan parse(List<String> vary, String sample, Integer points, List<String> ranges, long seed) {
        if (sample == null) {
            if (vary.isEmpty()) throw new IllegalArgumentException("give --vary PATH=V1,V2,... (a grid) or --sample lhs --points K --range PATH=LOW:HIGH");
            List<String> paths = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            for (String v : vary) {
                Overrides.Assignment a = Overrides.Assignment.parse(v);
                List<String> vs = Arrays.stream(a.value().split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
                if (vs.isEmpty()) throw new IllegalArgumentException("--vary " + v + ": no values after '='");
                paths.add(a.path());
                values.add(vs);
            }
            return grid(paths, values);
        }
        if (!sample.equals("lhs")) throw new IllegalArgumentException("--sample: the only design is 'lhs', got '" + sample + "'");
        if (points == null || points < 2) throw new IllegalArgumentException("--sample lhs needs --points K with K >= 2");
        if (ranges.isEmpty()) throw new IllegalArgumentException("--sample lhs needs at least one --range PATH=LOW:HIGH");
        List<String> paths = new ArrayList<>();
        double[] lo = new double[ranges.size()], hi = new double[ranges.size()];
        for (int j = 0; j < ranges.size(); j++) {
            Overrides.Assignment a = Overrides.Assignment.parse(ranges.get(j));
            String[] lh = a.value().split(":");
            try {
                lo[j] = Double.parseDouble(lh[0]);
                hi[j] = Double.parseDouble(lh[1]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--range " + ranges.get(j) + ": expected PATH=LOW:HIGH with numbers, e.g. states.RUS.resolve=0.4:0.9");
            }
            if (!(lo[j] < hi[j])) throw new IllegalArgumentException("--range " + ranges.get(j) + ": LOW must be below HIGH");
            paths.add(a.path());
        }
        return latinHypercube(paths, lo, hi, points, seed);
    }

    /** Each point as --set assignments of its values. */
    public List<List<Overrides.Assignment>> assignments() {
        List<List<Overrides.Assignment>> out = new ArrayList<>();
        for (List<String> point : points) {
            List<Overrides.Assignment> as = new ArrayList<>();
            for (int j = 0; j < paths.size(); j++) as.add(new Overrides.Assignment(paths.get(j), point.get(j)));
            out.add(List.copyOf(as));
        }
        return out;
    }

    /** Every combination of the listed values; the last path varies fastest. */
    public static SweepPlan grid(List<String> paths, List<List<String>> values) {
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (List<String> vs : values) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> p : points) {
                for (String v : vs) {
                    List<String> q = new ArrayList<>(p);
                    q.add(v);
                    next.add(List.copyOf(q));
                }
            }
            points = next;
        }
        return new SweepPlan(List.copyOf(paths), points);
    }

    /**
     * A Latin hypercube of k points: each range is cut into k equal strata and every stratum of every parameter
     * is used exactly once, at a uniform position inside it; the pairing of strata is a random permutation.
     */
    public static SweepPlan latinHypercube(List<String> paths, double[] low, double[] high, int k, long seed) {
        double[][] v = latinHypercube(low, high, k, seed);
        List<List<String>> points = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<String> p = new ArrayList<>();
            for (int j = 0; j < paths.size(); j++) p.add(Double.toString(v[j][i]));
            points.add(List.copyOf(p));
        }
        return new SweepPlan(List.copyOf(paths), points);
    }

    /** The same Latin hypercube as numbers: v[parameter][point]. */
    public static double[][] latinHypercube(double[] low, double[] high, int k, long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed ^ 0x1A7E_5EEDL);
        double[][] v = new double[low.length][k];
        for (int j = 0; j < low.length; j++) {
            int[] perm = new int[k];
            Arrays.setAll(perm, i -> i);
            for (int i = k - 1; i > 0; i--) {
                int x = r.nextInt(i + 1), tmp = perm[i];
                perm[i] = perm[x];
                perm[x] = tmp;
            }
            for (int i = 0; i < k; i++) v[j][i] = low[j] + (perm[i] + r.nextDouble()) / k * (high[j] - low[j]);
        }
        return v;
    }
}
