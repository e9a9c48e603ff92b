package brink.gui;

import brink.scenario.AllianceSpec;
import brink.scenario.EventSpec;
import brink.scenario.Scenario;
import brink.scenario.StateSpec;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;

/**
 * The instructor's inject form: a kind of event, its participants, values and day; "Schedule inject" puts it on the
 * running replication's schedule (through {@link CrisisGui#inject}). Fields that do not apply to the kind are
 * disabled. Lightweight Swing only, so it can be built without a display.
 */
public final class InjectPanel extends JPanel {
    /** An entry of a participant list: an id shown with its name. */
    record Actor(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Actor NONE = new Actor(null, "—");

    private final CrisisGui gui;
    final JComboBox<Injects.Kind> kind = new JComboBox<>(Injects.Kind.values());
    final JTextField name = new JTextField(16);
    final JComboBox<Actor> first, second, mediator, state;
    final JSpinner day, tension, forces, tier, amount;
    final JLabel help = new JLabel(" "), status = new JLabel(" ");
    final JButton schedule = new JButton("Schedule inject");
    private int serial;

    public InjectPanel(CrisisGui gui) {
        super(new GridBagLayout());
        this.gui = gui;
        Scenario s = gui.scenario;
        List<Actor> actors = new ArrayList<>(), states = new ArrayList<>();
        for (StateSpec st : s.states()) {
            Actor a = new Actor(st.id(), st.name() + " (" + st.id() + ")");
            actors.add(a);
            states.add(a);
        }
        for (AllianceSpec al : s.alliances()) actors.add(new Actor(al.id(), al.name() + " (" + al.id() + ")"));
        List<Actor> optional = new ArrayList<>(actors);
        optional.add(0, NONE);
        first = new JComboBox<>(actors.toArray(new Actor[0]));
        second = new JComboBox<>(optional.toArray(new Actor[0]));
        mediator = new JComboBox<>(optional.toArray(new Actor[0]));
        state = new JComboBox<>(states.toArray(new Actor[0]));
        day = new JSpinner(new SpinnerNumberModel(0, 0, s.horizonDays() - 1, 1));
        tension = new JSpinner(new SpinnerNumberModel(0.0, -1.0, 1.0, 0.01));
        forces = new JSpinner(new SpinnerNumberModel(0.0, -10000.0, 10000.0, 1.0));
        tier = new JSpinner(new SpinnerNumberModel(1, 1, Math.max(1, s.sanctionsTiers().size()), 1));
        amount = new JSpinner(new SpinnerNumberModel(0.1, 0.0, 1.0, 0.01));
        for (JSpinner sp : new JSpinner[]{day, tension, forces, tier, amount}) {
            ((JSpinner.DefaultEditor) sp.getEditor()).getTextField().setColumns(7);
            ((JSpinner.DefaultEditor) sp.getEditor()).getTextField().setHorizontalAlignment(javax.swing.JTextField.LEFT);
        }
        Actor prototype = new Actor(null, "A long state name (XXX)");
        for (JComboBox<Actor> box : List.of(first, second, mediator, state)) box.setPrototypeDisplayValue(prototype);
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        int row = 0;
        row = add(row, "Event", kind);
        row = add(row, "", help);
        row = add(row, "Name", name);
        row = add(row, "Day (≥ today)", day);
        row = add(row, "Participant", first);
        row = add(row, "Second side", second);
        row = add(row, "Mediator (talks)", mediator);
        row = add(row, "State (troops)", state);
        row = add(row, "Tension change", tension);
        row = add(row, "Forces Δ (thousand)", forces);
        row = add(row, "Sanctions tier", tier);
        row = add(row, "Concession amount", amount);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 1;
        c.gridy = row++;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(8, 4, 4, 4);
        add(schedule, c);
        add(row, "", status);
        kind.addActionListener(e -> fill((Injects.Kind) kind.getSelectedItem()));
        schedule.addActionListener(e -> submit());
        fill(Injects.Kind.TALKS);
    }

    private int add(int row, String label, java.awt.Component field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(3, 4, 3, 6);
        add(new JLabel(label), c);
        c.gridx = 1;
        c.anchor = GridBagConstraints.WEST;
        c.fill = field instanceof JSpinner ? GridBagConstraints.NONE : GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(field, c);
        return row + 1;
    }

    /** Puts a kind's default values in the form and enables the fields that apply to it. */
    void fill(Injects.Kind k) {
        Injects.Request d = Injects.defaults(k, gui.scenario, gui.today());
        help.setText("<html><div style='width:240px'><i>" + k.help + "</i></div></html>");
        name.setText(d.name());
        day.setValue(Math.min(gui.scenario.horizonDays() - 1, Math.max(0, gui.today())));
        select(first, d.first());
        select(second, d.second());
        select(mediator, null);
        select(state, d.state());
        tension.setValue(d.tension());
        forces.setValue(d.forces());
        if (d.tier() != null) tier.setValue(d.tier());
        amount.setValue(d.amount());
        boolean troops = k == Injects.Kind.TROOP_MOVEMENT;
        first.setEnabled(!troops);
        second.setEnabled(k == Injects.Kind.TALKS || k == Injects.Kind.INCIDENT || k == Injects.Kind.CONCESSION);
        mediator.setEnabled(k == Injects.Kind.TALKS);
        state.setEnabled(troops);
        forces.setEnabled(troops);
        tier.setEnabled(k == Injects.Kind.SANCTIONS);
        amount.setEnabled(k == Injects.Kind.CONCESSION);
    }

    private static void select(JComboBox<Actor> box, String id) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (java.util.Objects.equals(box.getItemAt(i).id(), id)) {
                box.setSelectedIndex(i);
                return;
            }
        }
    }

    /** The form's content as a request. */
    Injects.Request request() {
        Injects.Kind k = (Injects.Kind) kind.getSelectedItem();
        return new Injects.Request(k, name.getText(), ((Number) day.getValue()).intValue(), id(first), second.isEnabled() ? id(second) : null,
                mediator.isEnabled() ? id(mediator) : null, id(state), ((Number) tension.getValue()).doubleValue(), ((Number) forces.getValue()).doubleValue(),
                ((Number) tier.getValue()).intValue(), ((Number) amount.getValue()).doubleValue());
    }

    private static String id(JComboBox<Actor> box) {
        Actor a = (Actor) box.getSelectedItem();
        return a == null ? null : a.id();
    }

    /** Builds the event from the form and schedules it; the status line says what happened. */
    void submit() {
        try {
            EventSpec e = gui.inject(request(), ++serial);
            status.setText("<html><div style='width:240px'><font color='#1b7837'>Scheduled for " + e.date() + " (day " + gui.scenario.day(e.date()) + "): " + e.name() + "</font></div></html>");
        } catch (IllegalArgumentException | IllegalStateException ex) {
            status.setText("<html><div style='width:240px'><font color='#b2182b'>" + ex.getMessage() + "</font></div></html>");
        }
    }
}
