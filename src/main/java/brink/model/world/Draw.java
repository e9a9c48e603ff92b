package brink.model.world;

import brink.scenario.Param;
import brink.scenario.Scenario;
import brink.scenario.Uncertain;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replication's values of the scenario's uncertain parameters. Each parameter draws from its own stream, seeded
 * from the run seed and its path, so a parameter's value in a run does not depend on which other parameters are
 * uncertain (common random numbers across sweeps and sensitivity designs).
 */
public final class Draw implements java.io.Serializable {
    private final List<String> paths;
    private final double[] values;
    private final transient Map<Param, Double> byParam = new IdentityHashMap<>();

    private Draw(List<String> paths, double[] values, Map<String, Param> params) {
        this.paths = paths;
        this.values = values;
        int i = 0;
        for (Param p : params.values()) byParam.put(p, values[i++]);
    }

    /** The last scenario's uncertain parameters, per thread: a batch walks its scenario once, not once per run. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    private static Map<String, Param> uncertain(Scenario s) {
        Object[] last = LAST.get();
        if (last != null && last[0] == s) {
            @SuppressWarnings("unchecked") Map<String, Param> m = (Map<String, Param>) last[1];
            return m;
        }
        Map<String, Param> m = Uncertain.of(s);
        LAST.set(new Object[]{s, m});
        return m;
    }

    public static Draw sample(Scenario s, Streams streams) {
        Map<String, Param> params = uncertain(s);
        double[] v = new double[params.size()];
        int i = 0;
        for (var e : params.entrySet()) v[i++] = e.getValue().dist().sample(streams.parameter(e.getKey()));
        return new Draw(List.copyOf(params.keySet()), v, params);
    }

    /** The value of a parameter in this replication: its draw when uncertain, else its fixed value. */
    public double value(Param p) {
        if (!p.uncertain()) return p.value();
        Double v = byParam.get(p);
        if (v == null) throw new IllegalArgumentException("parameter not part of this scenario's draw: " + p);
        return v;
    }

    public List<String> paths() {
        return paths;
    }

    public double[] values() {
        return values.clone();
    }
}
