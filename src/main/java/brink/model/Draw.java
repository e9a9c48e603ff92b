package brink.model;

import brink.scenario.Param;
import brink.scenario.Scenario;
import brink.scenario.Uncertain;
import ec.util.MersenneTwisterFast;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** One replication's values of the scenario's uncertain parameters, drawn in document order from the run's generator. */
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

    public static Draw sample(Scenario s, MersenneTwisterFast random) {
        Map<String, Param> params = Uncertain.of(s);
        double[] v = new double[params.size()];
        MtfRandomGenerator g = new MtfRandomGenerator(random);
        int i = 0;
        for (Param p : params.values()) v[i++] = p.dist().sample(g);
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
