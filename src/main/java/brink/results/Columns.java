package brink.results;

import brink.model.CrisisModel;
import brink.model.world.TalkResult;
import brink.montecarlo.Replication;
import brink.scenario.EventSpec;
import brink.scenario.Scenario;
import brink.scenario.StateSpec;
import brink.scenario.Uncertain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The columns of runs.csv for a scenario, and one row per replication. Tidy: one header, ISO dates, '.' decimals. */
public final class Columns {
    private final Scenario scenario;
    private final List<String> paramPaths;
    private final List<String> pointPaths;
    private final List<EventSpec> talks;
    private final List<StateSpec> principals;

    /** @param pointPaths the swept parameters' paths, empty for a plain batch */
    public Columns(Scenario scenario, List<String> pointPaths) {
        this.scenario = scenario;
        this.paramPaths = List.copyOf(Uncertain.of(scenario).keySet());
        this.pointPaths = List.copyOf(pointPaths);
        this.talks = scenario.events().stream().filter(e -> e.type().isBargaining()).toList();
        this.principals = scenario.principals();
    }

    public List<String> header() {
        List<String> h = new ArrayList<>();
        if (!pointPaths.isEmpty()) {
            h.add("point");
            pointPaths.forEach(p -> h.add("point:" + p));
        }
        h.addAll(List.of("run", "seed", "outcome", "peak_rung", "end_rung", "end_day"));
        for (int k = 0; k < scenario.ladder().size(); k++) h.add("day_rung_" + k);
        paramPaths.forEach(p -> h.add("param:" + p));
        scenario.alliances().forEach(a -> h.add("sanctions_tier_" + a.id()));
        scenario.alliances().forEach(a -> h.add("cohesion_" + a.id()));
        talks.forEach(t -> h.add("talk_" + t.id()));
        principals.forEach(s -> h.add("forces_" + s.id()));
        h.add("error");
        return h;
    }

    public String row(Replication r, List<String> pointValues) {
        StringBuilder b = new StringBuilder(256);
        if (!pointPaths.isEmpty()) {
            b.append(r.point());
            for (String v : pointValues) b.append(',').append(Csv.escape(v));
            b.append(',');
        }
        b.append(r.run()).append(',').append(r.seed()).append(',');
        var rec = r.record();
        int cells = scenario.ladder().size() + paramPaths.size() + 2 * scenario.alliances().size() + talks.size() + principals.size();
        if (rec == null) {
            b.append(",,,");
            b.append(",".repeat(cells));
            return b.append(',').append(Csv.escape(r.error())).toString();
        }
        b.append(rec.outcome()).append(',').append(rec.peakRung()).append(',').append(rec.endRung()).append(',').append(rec.endDay());
        for (int d : rec.firstDay()) {
            b.append(',');
            if (d >= 0) b.append(d);
        }
        for (double v : rec.drawn()) b.append(',').append(num(v));
        for (int t : rec.sanctionsTier()) b.append(',').append(t);
        for (double c : rec.cohesion()) b.append(',').append(String.format(Locale.ROOT, "%.4f", c));
        for (byte t : rec.talkResults()) b.append(',').append(TalkResult.label(t));
        for (StateSpec s : principals) b.append(',').append(String.format(Locale.ROOT, "%.2f", rec.endForces()[indexOf(s)]));
        return b.append(',').toString();
    }

    private int indexOf(StateSpec s) {
        return scenario.states().indexOf(s);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    public List<EventSpec> talks() {
        return talks;
    }

    public List<StateSpec> principals() {
        return principals;
    }

    public List<String> paramPaths() {
        return paramPaths;
    }

    /** Rungs that stand for uses of force (incursion, invasion, a strike on an alliance): the curves worth watching. */
    public List<Integer> keyRungs() {
        return CrisisModel.forceRungs(scenario);
    }
}
