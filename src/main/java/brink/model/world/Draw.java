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
    /** Where each uncertain parameter's value is in values (a parameter met under two paths: the later one). */
    private final transient Map<Param, Integer> byParam;

    private Draw(Shape shape, double[] values) {
        this.paths = shape.paths;
        this.values = values;
        this.byParam = shape.index;
    }

    /** A scenario's uncertain parameters by path, their paths and where each one's value is: the same for every run. */
    private record Shape(Scenario scenario, Map<String, Param> params, List<String> paths, Map<Param, Integer> index) {
        static Shape of(Scenario s) {
            Map<String, Param> params = Uncertain.of(s);
            Map<Param, Integer> index = new IdentityHashMap<>();
            int i = 0;
            for (Param p : params.values()) index.put(p, i++);
            return new Shape(s, params, List.copyOf(params.keySet()), index);
        }
    }

    /** The last scenario's shape, per thread: a batch walks its scenario once, not once per run. */
    private static final ThreadLocal<Shape> LAST = new ThreadLocal<>();

    private static Shape shape(Scenario s) {
        Shape last = LAST.get();
        if (last != null && last.scenario == s) return last;
        Shape shape = Shape.of(s);
        LAST.set(shape);
        return shape;
    }

    public static Draw sample(Scenario s, Streams streams) {
        Shape shape = shape(s);
        double[] v = new double[shape.params.size()];
        int i = 0;
        for (var e : shape.params.entrySet()) v[i++] = e.getValue().dist().sample(streams.parameter(e.getKey()));
        return new Draw(shape, v);
    }

    /** The value of a parameter in this replication: its draw when uncertain, else its fixed value. */
    public double value(Param p) {
        if (!p.uncertain()) return p.value();
        Integer i = byParam.get(p);
        if (i == null) throw new IllegalArgumentException("parameter not part of this scenario's draw: " + p);
        return values[i];
    }

    public List<String> paths() {
        return paths;
    }

    public double[] values() {
        return values.clone();
    }
}
