package brink.results;

import brink.model.CrisisModel;
import brink.model.RunRecord;
import brink.model.world.TalkResult;
import brink.montecarlo.Replication;
import brink.scenario.AllianceSpec;
import brink.scenario.EventSpec;
import brink.scenario.Scenario;
import brink.scenario.Severity;
import brink.scenario.StateSpec;
import brink.scenario.Uncertain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The columns of runs.csv for a scenario and the typed cells of one replication's row. Tidy: one header, ISO dates,
 * '.' decimals. Every column is defined once, in {@link #Columns}, with its name, type and how a run record fills it;
 * the CSV text, an engine's typed row (Parquet) and the non-finite check all follow from that one list.
 * A failed run has its record's cells empty and its error in the last column.
 */
public final class Columns {
    /** How a run record fills one cell. */
    private interface Cell {
        void write(RunRecord r, Column c, Cells out);
    }

    private record Field(Column column, Cell cell) {
    }

    private final Scenario scenario;
    private final List<String> paramPaths;
    private final List<String> pointPaths;
    private final List<EventSpec> talks;
    private final List<StateSpec> principals;
    private final List<Column> identity = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private final Column error = Column.text("error");
    private final List<Column> all = new ArrayList<>();

    /** @param pointPaths the swept parameters' paths, empty for a plain batch */
    public Columns(Scenario scenario, List<String> pointPaths) {
        this.scenario = scenario;
        this.paramPaths = List.copyOf(Uncertain.of(scenario).keySet());
        this.pointPaths = List.copyOf(pointPaths);
        this.talks = scenario.events().stream().filter(e -> e.type().isBargaining()).toList();
        this.principals = scenario.principals();

        if (!pointPaths.isEmpty()) {
            identity.add(Column.whole("point"));
            pointPaths.forEach(p -> identity.add(Column.text("point:" + p)));
        }
        identity.add(Column.whole("run"));
        identity.add(Column.whole("seed"));

        // The run's record, in order; a new column is one line here (Model v2's go before the error).
        text("outcome", RunRecord::outcome);
        whole("peak_rung", RunRecord::peakRung);
        whole("end_rung", RunRecord::endRung);
        whole("end_day", RunRecord::endDay);
        for (int k = 0; k < scenario.ladder().size(); k++) {
            int rung = k;
            wholeOrEmpty("day_rung_" + k, r -> r.firstDay()[rung]);
        }
        for (int j = 0; j < paramPaths.size(); j++) {
            int param = j;
            real("param:" + paramPaths.get(j), -1, r -> r.drawn()[param]);
        }
        List<AllianceSpec> alliances = scenario.alliances();
        for (int a = 0; a < alliances.size(); a++) {
            int al = a;
            whole("sanctions_tier_" + alliances.get(a).id(), r -> r.sanctionsTier()[al]);
        }
        for (int a = 0; a < alliances.size(); a++) {
            int al = a;
            real("cohesion_" + alliances.get(a).id(), 4, r -> r.cohesion()[al]);
        }
        for (int t = 0; t < talks.size(); t++) {
            int talk = t;
            text("talk_" + talks.get(t).id(), r -> TalkResult.label(r.talkResults()[talk]));
        }
        for (StateSpec s : principals) {
            int state = scenario.states().indexOf(s);
            real("forces_" + s.id(), 2, r -> r.endForces()[state]);
        }
        // Model v2: how the crisis ended, in the codes of the International Crisis Behavior data (contract 2)
        text("severity", r -> Severity.values()[r.severity() - 1].label());
        text("termination", r -> r.termination().label());
        wholeOrEmpty("termination_day", RunRecord::terminationDay);
        whole("duration_days", RunRecord::durationDays);
        wholeOrEmpty("first_force_day", RunRecord::firstForceDay);
        for (StateSpec s : principals) {
            int state = scenario.states().indexOf(s);
            text("result_" + s.id(), r -> r.results()[state] == null ? "" : r.results()[state].label());
        }
        for (StateSpec s : principals) {
            int state = scenario.states().indexOf(s);
            real("losses_" + s.id(), 2, r -> r.losses()[state]);
        }
        for (StateSpec s : principals) {
            int state = scenario.states().indexOf(s);
            wholeOrEmpty("first_force_day_" + s.id(), r -> r.firstForceDays()[state]);
        }
        for (int k = 0; k < scenario.issues().size(); k++) {
            int issue = k;
            realOrEmpty("position_" + scenario.issues().get(k).id(), 4, r -> r.positions().length > issue ? r.positions()[issue] : Double.NaN);
        }
        whole("major_moves", RunRecord::majorMoves);
        whole("major_moves_worse", RunRecord::majorMovesWorse);

        all.addAll(identity);
        fields.forEach(f -> all.add(f.column()));
        all.add(error);
    }

    private void add(Column c, Cell cell) {
        fields.add(new Field(c, cell));
    }

    private void whole(String name, ToLongFunction<RunRecord> f) {
        add(Column.whole(name), (r, c, out) -> out.whole(c, f.applyAsLong(r)));
    }

    /** A whole number that is empty when negative (a rung never reached). */
    private void wholeOrEmpty(String name, ToLongFunction<RunRecord> f) {
        add(Column.whole(name), (r, c, out) -> {
            long v = f.applyAsLong(r);
            if (v >= 0) out.whole(c, v);
            else out.empty(c);
        });
    }

    /** @param decimals fixed digits after the point, or -1 for the shortest exact text */
    private void real(String name, int decimals, ToDoubleFunction<RunRecord> f) {
        add(new Column(name, Column.Type.REAL, decimals), (r, c, out) -> out.real(c, f.applyAsDouble(r)));
    }

    /** A real number that is empty when the record has none (NaN). */
    private void realOrEmpty(String name, int decimals, ToDoubleFunction<RunRecord> f) {
        add(new Column(name, Column.Type.REAL, decimals), (r, c, out) -> {
            double v = f.applyAsDouble(r);
            if (Double.isNaN(v)) out.empty(c);
            else out.real(c, v);
        });
    }

    private void text(String name, Function<RunRecord, String> f) {
        add(Column.text(name), (r, c, out) -> out.text(c, f.apply(r)));
    }

    /** Every column in order, typed. */
    public List<Column> columns() {
        return all;
    }

    public List<String> header() {
        return all.stream().map(Column::name).toList();
    }

    /** The header as a CSV line, escaped. */
    public String headerLine() {
        return Csv.line(header());
    }

    /** The row's cells in column order. */
    public void write(Replication r, List<String> pointValues, Cells out) {
        int i = 0;
        if (!pointPaths.isEmpty()) {
            out.whole(identity.get(i++), r.point());
            for (String v : pointValues) out.text(identity.get(i++), v);
        }
        out.whole(identity.get(i++), r.run());
        out.whole(identity.get(i), r.seed());
        writeRecord(r.record(), out);
        out.text(error, r.error());
    }

    private void writeRecord(RunRecord rec, Cells out) {
        for (Field f : fields) {
            if (rec == null) out.empty(f.column());
            else f.cell().write(rec, f.column(), out);
        }
    }

    /** The row as one CSV line (without its line break). */
    public String csv(Replication r, List<String> pointValues) {
        Csv.Line line = new Csv.Line();
        write(r, pointValues, line);
        return line.toString();
    }

    /**
     * The replication, or a failed one when a cell of its row or a value of its daily paths is NaN or infinite: such a
     * run is reported as failed, with where and what, instead of being written wrongly or silently left empty.
     */
    public Replication checked(Replication r) {
        if (r.failed()) return r;
        String[] bad = new String[1];
        Cells check = new Cells() {
            @Override
            public void whole(Column c, long v) {
            }

            @Override
            public void real(Column c, double v) {
                if (bad[0] == null && !Double.isFinite(v)) bad[0] = c.name() + " = " + v;
            }

            @Override
            public void text(Column c, String v) {
            }

            @Override
            public void empty(Column c) {
            }
        };
        writeRecord(r.record(), check);
        if (bad[0] == null) bad[0] = DailySample.nonFinite(r.record(), principals);
        return bad[0] == null ? r : r.failedWith("non-finite result: " + bad[0]);
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

    public List<String> pointPaths() {
        return pointPaths;
    }

    /** Rungs that stand for uses of force (incursion, invasion, a strike on an alliance): the curves worth watching. */
    public List<Integer> keyRungs() {
        return CrisisModel.forceRungs(scenario);
    }
}
