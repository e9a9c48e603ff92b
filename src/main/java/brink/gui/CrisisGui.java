package brink.gui;

import brink.model.world.AllianceAgent;
import brink.model.CrisisModel;
import brink.model.world.StateAgent;
import brink.scenario.AllianceSpec;
import brink.scenario.EventSpec;
import brink.scenario.Scenario;
import org.jfree.data.xy.XYSeries;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The classroom GUI on MASON's Console: a map of the states and alliances over the model's relations network, live
 * charts (rung and tension, principals' forces, sanctions in force), the model parameters as sliders, each state
 * inspectable by a double click, the narrative, and an inject form that puts events on the running schedule.
 * <p>
 * Everything but the frames is built without a display ({@link #setupPortrayals()}, {@link #renderMap}, the charts,
 * the inject form), so it is tested headless; {@link #init} adds the frames when a Console starts it.
 */
public class CrisisGui extends GUIState {
    public static final Color SEA = new Color(0xEEF3F8);

    public final Scenario scenario;
    public final MapLayout layout;
    public final Portrayals.Sizing sizing = new Portrayals.Sizing();
    public final Continuous2D map;
    public final NetworkPortrayal2D relations = new NetworkPortrayal2D();
    public final ContinuousPortrayal2D actors = new ContinuousPortrayal2D();
    public final StatusOverlay overlay, legend;
    public final Knobs knobs;
    public final TimeSeriesChartGenerator rungChart, forcesChart, sanctionsChart;
    public final JTextArea narrative = new JTextArea(18, 70);
    public final InjectPanel injects;

    public Display2D display;
    public JFrame displayFrame, narrativeFrame;
    final List<JFrame> chartFrames = new ArrayList<>();

    private XYSeries rungSeries, tensionSeries;
    private final List<XYSeries> forceSeries = new ArrayList<>(), sanctionSeries = new ArrayList<>();
    private int logSeen, lastCharted = -1;
    private volatile boolean running;

    public CrisisGui(Scenario scenario, long seed) {
        super(new CrisisModel(scenario, seed, true));
        this.scenario = scenario;
        this.layout = MapLayout.of(scenario);
        this.map = new Continuous2D(Math.max(1, layout.width() / 10), layout.width(), layout.height());
        relations.setField(new SpatialNetwork2D(map, new Network(true)));
        actors.setField(map);
        overlay = new StatusOverlay(this, false);
        legend = new StatusOverlay(this, true);
        knobs = new Knobs(this);
        rungChart = chart("Rung and tension", "Rung; tension × " + topRung());
        forcesChart = chart("Theatre forces of the principals", "Thousand troops");
        sanctionsChart = chart("Sanctions tier in force, by alliance", "Tier imposed");
        narrative.setEditable(false);
        narrative.setLineWrap(true);
        narrative.setWrapStyleWord(true);
        narrative.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        injects = new InjectPanel(this);
    }

    private static TimeSeriesChartGenerator chart(String title, String y) {
        TimeSeriesChartGenerator c = new TimeSeriesChartGenerator();
        c.setTitle(title);
        c.setXAxisLabel("Day");
        c.setYAxisLabel(y);
        return c;
    }

    private int topRung() {
        return Math.max(1, scenario.ladder().size() - 1);
    }

    public static String getName() {
        return "Brink classroom";
    }

    public static Object getInfo() {
        return "<html><h2>Brink</h2><p>A Monte Carlo crisis-escalation wargame on MASON. One step is one day.</p>"
                + "<p><b>Map</b>: states sized by theatre forces, filled by their probability of using force, ringed by their last action; "
                + "alliances as squares. Double-click a state or alliance to inspect it.</p>"
                + "<p><b>Model</b> tab: key parameters as sliders, applied to the running replication.</p>"
                + "<p><b>Injects</b> tab: schedule an event (talks, sanctions, incident, concession, troop movement) for today or later.</p></html>";
    }

    public CrisisModel model() {
        return (CrisisModel) state;
    }

    /** The day the next step plays (the earliest day an inject can take effect). */
    public int today() {
        return model().crisis == null ? 0 : model().currentDay();
    }

    /** The last day played (0 before the first step). */
    public int lastDay() {
        return model().crisis == null ? 0 : model().crisis.day;
    }

    public boolean running() {
        return running;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return knobs;
    }

    @Override
    public void start() {
        super.start();
        running = true;
        knobs.apply();
        setupPortrayals();
        setupCharts();
        logSeen = 0;
        lastCharted = -1;
        SwingUtilities.invokeLater(() -> narrative.setText(""));
        flushLog();
        scheduleRepeatingImmediatelyAfter(new Updater());
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        setupPortrayals();
    }

    /** Puts the replication's agents on the map and the portrayals on them; needs no display. */
    public void setupPortrayals() {
        CrisisModel m = model();
        map.clear();
        double largest = 1;
        if (m.states != null) {
            for (StateAgent s : m.states) {
                map.setObjectLocation(s, layout.position(s.id));
                largest = Math.max(largest, s.forces);
            }
            for (AllianceAgent a : m.alliances) map.setObjectLocation(a, layout.position(a.id));
        }
        sizing.set(layout.width(), largest);
        relations.setField(new SpatialNetwork2D(map, m.network != null ? m.network : new Network(true)));
        relations.setPortrayalForAll(new Portrayals.TiePortrayal());
        actors.setField(map);
        actors.setPortrayalForClass(StateAgent.class, new Portrayals.Label(new Portrayals.StatePortrayal(sizing), sizing));
        actors.setPortrayalForClass(AllianceAgent.class, new Portrayals.Label(new Portrayals.AlliancePortrayal(sizing), sizing));
        if (display != null) {
            display.reset();
            display.setBackdrop(SEA);
            display.repaint();
        }
    }

    /** The location of an agent on the map (for tests and tools). */
    public Double2D location(Object agent) {
        return map.getObjectLocation(agent);
    }

    private void setupCharts() {
        CrisisModel m = model();
        rungChart.removeAllSeries();
        rungSeries = new XYSeries("rung", false);
        tensionSeries = new XYSeries("tension × " + topRung(), false);
        rungChart.addSeries(rungSeries, null);
        rungChart.addSeries(tensionSeries, null);
        forcesChart.removeAllSeries();
        forceSeries.clear();
        for (StateAgent s : m.principals) {
            XYSeries x = new XYSeries(s.name, false);
            forceSeries.add(x);
            forcesChart.addSeries(x, null);
        }
        sanctionsChart.removeAllSeries();
        sanctionSeries.clear();
        for (AllianceAgent a : m.alliances) {
            if (!a.has(AllianceSpec.Instrument.SANCTIONS)) continue;
            XYSeries x = new XYSeries(a.name, false);
            sanctionSeries.add(x);
            sanctionsChart.addSeries(x, null);
        }
    }

    /** After every day: a point on each chart, and the day's narrative into the text area. */
    final class Updater implements Steppable {
        @Override
        public void step(SimState st) {
            CrisisModel m = model();
            if (m.crisis == null) return;
            int day = m.crisis.day;
            if (day > lastCharted) {
                lastCharted = day;
                rungSeries.add(day, m.crisis.rung, true);
                tensionSeries.add(day, m.crisis.tension * topRung(), true);
                for (int i = 0; i < m.principals.length && i < forceSeries.size(); i++) forceSeries.get(i).add(day, m.principals[i].forces, true);
                int k = 0;
                for (AllianceAgent a : m.alliances) {
                    if (!a.has(AllianceSpec.Instrument.SANCTIONS)) continue;
                    if (k < sanctionSeries.size()) sanctionSeries.get(k++).add(day, a.imposedTier, true);
                }
                long steps = m.schedule.getSteps();
                rungChart.updateChartLater(steps);
                forcesChart.updateChartLater(steps);
                sanctionsChart.updateChartLater(steps);
            }
            flushLog();
        }
    }

    /** Appends the narrative lines written since the last call to the text area (on the Swing thread). */
    void flushLog() {
        List<String> log = model().log;
        if (logSeen >= log.size()) return;
        StringBuilder b = new StringBuilder();
        for (int i = logSeen; i < log.size(); i++) b.append(log.get(i)).append('\n');
        logSeen = log.size();
        String text = b.toString();
        SwingUtilities.invokeLater(() -> {
            narrative.append(text);
            narrative.setCaretPosition(narrative.getDocument().getLength());
        });
    }

    /** Number of chart points recorded so far on the rung chart (for tests). */
    public int chartedDays() {
        return rungSeries == null ? 0 : rungSeries.getItemCount();
    }

    /**
     * Builds the instructor's event and puts it on the running replication's schedule (under the schedule's lock, so
     * it is safe while the Console plays). Throws IllegalStateException before a start or after the end,
     * IllegalArgumentException (with the reasons) when the event is not valid today.
     */
    public EventSpec inject(Injects.Request r, int serial) {
        CrisisModel m = model();
        if (!running || m.crisis == null) throw new IllegalStateException("start the run first: press ▶ (play) or ‖ (pause) in the console");
        EventSpec e;
        synchronized (state.schedule) {
            if (m.crisis.ended) throw new IllegalStateException("the run is over; press ■ then ▶ for a new one");
            e = Injects.build(scenario, today(), serial, r);
            m.inject(e);
        }
        flushLog();
        return e;
    }

    /** Draws the map (relations, states and alliances, the date and rung, the legend) into an image, without a display. */
    public BufferedImage renderMap(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(SEA);
        g.fillRect(0, 0, width, height);
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, height);
        for (FieldPortrayal2D p : new FieldPortrayal2D[]{relations, actors, overlay, legend}) {
            p.draw(p.getField(), g, new DrawInfo2D(this, p, all, all));
        }
        g.dispose();
        return img;
    }

    /** Display size in pixels for a given width, keeping the map's proportions. */
    public int[] displaySize(int width) {
        int h = (int) Math.round(width * layout.height() / layout.width());
        if (h > 660) {
            width = (int) Math.round(width * 660.0 / h);
            h = 660;
        }
        return new int[]{width, h};
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        int[] size = displaySize(1000);
        display = new Display2D(size[0], size[1], this);
        display.setBackdrop(SEA);
        display.attach(relations, "Relations");
        display.attach(actors, "States and alliances");
        display.attach(overlay, "Date and rung");
        display.attach(legend, "Legend");
        displayFrame = display.createFrame();
        displayFrame.setTitle(scenario.title());
        c.registerFrame(displayFrame);
        displayFrame.setLocation(0, 0);
        displayFrame.setVisible(true);
        int x = 0;
        int y = displayFrame.getHeight() + 5;
        for (TimeSeriesChartGenerator g : new TimeSeriesChartGenerator[]{rungChart, forcesChart, sanctionsChart}) {
            JFrame f = g.createFrame();
            f.setSize(Math.max(300, size[0] / 3), 340);
            f.setLocation(x, y);
            x += f.getWidth();
            c.registerFrame(f);
            f.setVisible(true);
            chartFrames.add(f);
        }
        narrativeFrame = new JFrame("Narrative — " + scenario.title());
        narrativeFrame.getContentPane().add(new JScrollPane(narrative));
        narrativeFrame.pack();
        narrativeFrame.setSize(560, 360);
        narrativeFrame.setLocation(size[0] + 10, 640);
        c.registerFrame(narrativeFrame);
        narrativeFrame.setVisible(true);
        // built before the Console set its look and feel: refresh the delegates so spinners show their values
        SwingUtilities.updateComponentTreeUI(injects);
        SwingUtilities.updateComponentTreeUI(narrative);
        if (c instanceof Console console) console.getTabPane().addTab("Injects",
                new JScrollPane(injects, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER));
        else {
            JFrame f = new JFrame("Injects");
            f.getContentPane().add(injects);
            f.pack();
            c.registerFrame(f);
            f.setVisible(true);
        }
    }

    /** Puts the Console beside the map, tall enough for the Injects tab (called by whoever creates the Console). */
    public void placeConsole(Console c) {
        c.setSize(Math.max(c.getWidth(), 540), Math.max(c.getHeight(), 620));
        c.setLocation(displayFrame == null ? 0 : displayFrame.getWidth() + 10, 0);
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (narrativeFrame != null) narrativeFrame.dispose();
        for (JFrame f : chartFrames) f.dispose();
        displayFrame = null;
        display = null;
    }
}
