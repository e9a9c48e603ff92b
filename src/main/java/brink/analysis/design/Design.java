package brink.analysis.design;

import brink.scenario.Overrides;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The points where a model is evaluated: each point a value of every input, kept in the unit cube (u in [0, 1]
 * per input) and mapped to parameter values by the inputs. A design says nothing of how it is evaluated, so the
 * same design runs on this machine ({@link ModelEvaluator}), on a cluster, or on an analytic test function.
 */
public record Design(String method, List<Input> inputs, double[][] unit) {

    public Design {
        inputs = List.copyOf(inputs);
        for (double[] u : unit) if (u.length != inputs.size()) throw new IllegalArgumentException("a point has " + u.length + " coordinates for " + inputs.size() + " inputs");
    }

    public int size() {
        return unit.length;
    }

    public int dimension() {
        return inputs.size();
    }

    /** The parameter values of a point. */
    public double[] values(int point) {
        double[] v = new double[inputs.size()];
        for (int j = 0; j < v.length; j++) v[j] = inputs.get(j).value(unit[point][j]);
        return v;
    }

    /** The point as --set assignments. */
    public List<Overrides.Assignment> assignments(int point) {
        double[] v = values(point);
        List<Overrides.Assignment> out = new ArrayList<>();
        for (int j = 0; j < v.length; j++) out.add(new Overrides.Assignment(inputs.get(j).path(), Double.toString(v[j])));
        return out;
    }

    /** design.csv: point, then each input's value (header: its path), then its unit coordinate (header: u:path). */
    public void writeCsv(Path file) throws IOException {
        StringBuilder b = new StringBuilder("point");
        for (Input i : inputs) b.append(',').append(i.path());
        for (Input i : inputs) b.append(",u:").append(i.path());
        b.append('\n');
        for (int p = 0; p < unit.length; p++) {
            b.append(p);
            for (double v : values(p)) b.append(',').append(num(v));
            for (double u : unit[p]) b.append(',').append(num(u));
            b.append('\n');
        }
        Files.writeString(file, b);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.10g", v);
    }
}
