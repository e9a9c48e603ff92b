package brink.gui;

import brink.model.CrisisModel;
import brink.model.world.DrawnParameters;
import brink.scenario.Param;
import sim.util.Interval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The model inspector's object: key model parameters as sliders (MASON's getX/setX/domX conventions) and a few
 * read-only figures of the day. A value set here goes into the running replication's drawn parameters at once and
 * is re-applied at every restart until the GUI is closed; values not touched are the replication's own draws.
 */
public class Knobs {
    private final CrisisGui gui;
    private final Map<String, Double> set = new LinkedHashMap<>();

    public Knobs(CrisisGui gui) {
        this.gui = gui;
    }

    /** The value the running replication uses, or before a start the one set here or the scenario's (centre) value. */
    double get(String name) {
        DrawnParameters p = gui.model().p;
        try {
            if (p != null) return DrawnParameters.class.getField(name).getDouble(p);
            if (set.containsKey(name)) return set.get(name);
            Object param = gui.scenario.parameters().getClass().getMethod(name).invoke(gui.scenario.parameters());
            return ((Param) param).value();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no model parameter " + name, e);
        }
    }

    void set(String name, double v) {
        if (Double.isNaN(v)) return;
        set.put(name, v);
        DrawnParameters p = gui.model().p;
        if (p != null) write(p, name, v);
    }

    /** Puts every value set here into a freshly started replication. */
    void apply() {
        DrawnParameters p = gui.model().p;
        if (p == null) return;
        set.forEach((k, v) -> write(p, k, v));
    }

    /** Parameters set by the instructor in this session, name to value. */
    public Map<String, Double> overrides() {
        return java.util.Collections.unmodifiableMap(set);
    }

    private static void write(DrawnParameters p, String name, double v) {
        try {
            DrawnParameters.class.getField(name).setDouble(p, v);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no model parameter " + name, e);
        }
    }

    // ------------------------------------------------------------------ sliders

    public double getRationality() { return get("rationality"); }
    public void setRationality(double v) { set("rationality", v); }
    public Object domRationality() { return new Interval(0.0, 30.0); }

    public double getContestExponent() { return get("contestExponent"); }
    public void setContestExponent(double v) { set("contestExponent", v); }
    public Object domContestExponent() { return new Interval(0.5, 5.0); }

    public double getWarCost() { return get("warCost"); }
    public void setWarCost(double v) { set("warCost", v); }
    public Object domWarCost() { return new Interval(0.0, 5.0); }

    public double getSanctionsWeight() { return get("sanctionsWeight"); }
    public void setSanctionsWeight(double v) { set("sanctionsWeight", v); }
    public Object domSanctionsWeight() { return new Interval(0.0, 10.0); }

    public double getTensionDecay() { return get("tensionDecay"); }
    public void setTensionDecay(double v) { set("tensionDecay", v); }
    public Object domTensionDecay() { return new Interval(0.0, 0.3); }

    // ------------------------------------------------------------------ read-only figures

    public String getDate() {
        CrisisModel m = gui.model();
        return m.crisis == null ? "-" : gui.scenario.date(Math.max(0, gui.lastDay())).toString();
    }

    public int getDay() {
        return Math.max(0, gui.lastDay());
    }

    public String getRung() {
        CrisisModel m = gui.model();
        return m.crisis == null ? "-" : m.crisis.rung + " " + gui.scenario.ladder().get(m.crisis.rung).name();
    }

    public String getTension() {
        CrisisModel m = gui.model();
        return m.crisis == null ? "-" : String.format(Locale.ROOT, "%.3f", m.crisis.tension);
    }

    public String getOutcomeSoFar() {
        CrisisModel m = gui.model();
        return m.crisis == null ? "-" : gui.scenario.outcomes().get(m.outcomeIndex()).name() + (m.crisis.ended ? " (final)" : "");
    }
}
