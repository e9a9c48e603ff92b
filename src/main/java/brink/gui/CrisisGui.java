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

    /** The run seed the GUI was opened on, and the run seed of the replication on screen. */
    private final long runSeed;
    private long shownSeed;
    /** Milliseconds between days when ▶ plays: a 120-day crisis takes half a minute, slow enough to follow. */
    public static final long DEFAULT_DELAY_MS = 250;
    static final int CONSOLE_WIDTH = 540, CONSOLE_HEIGHT = 620;
    public static final Font CHART_TITLE = new Font("SansSerif", Font.BOLD, 18), CHART_TEXT = new Font("SansSerif", Font.PLAIN, 15);
    private XYSeries rungSeries, tensionSeries;
    private final List<XYSeries> forceSeries = new ArrayList<>(), sanctionSeries = new ArrayList<>();
    private int logSeen, lastCharted = -1;
    private volatile boolean running, previewing;

    public CrisisGui(Scenario scenario, long seed) {
        super(new CrisisModel(scenario, seed, true));
        this.runSeed = seed;
        this.shownSeed = seed;
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
        narrative.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 16));
        injects = new InjectPanel(this);
    }

    private static TimeSeriesChartGenerator chart(String title, String y) {
        TimeSeriesChartGenerator c = new TimeSeriesChartGenerator();
        c.setTitle(title);
        c.setXAxisLabel("Day");
        c.setYAxisLabel(y);
        projector(c.getChart());
        return c;
    }

    /** Fonts that read from the back of a classroom: title, axis labels, ticks and legend. */
    static void projector(org.jfree.chart.JFreeChart chart) {
        if (chart.getTitle() != null) chart.getTitle().setFont(CHART_TITLE);
        if (chart.getLegend() != null) chart.getLegend().setItemFont(CHART_TEXT);
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot p) {
            for (var axis : new org.jfree.chart.axis.ValueAxis[]{p.getDomainAxis(), p.getRangeAxis()}) {
                if (axis == null) continue;
                axis.setLabelFont(CHART_TEXT);
                axis.setTickLabelFont(CHART_TEXT);
            }
        }
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

    /**
     * The run seed of the replication on screen. MASON's Console keeps only 32 bits of a seed (it reseeds the model
     * with the truncated value before every start); when that is the truncation of the seed the GUI was opened on, the
     * whole 64-bit seed is restored, so the run on screen is the one 'brink narrate' tells; any other seed (typed in the
     * Console, or the next one after ■) is a run seed of its own: 'brink narrate --run-seed SEED' tells that run.
     */
    public long runSeed() {
        return shownSeed;
    }

    @Override
    public void start() {
        long consoleSeed = state.seed();
        shownSeed = consoleSeed == (long) (int) runSeed ? runSeed : consoleSeed;
        model().reseed(shownSeed);
        super.start();
        previewing = false;
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
        if (m.states != null) {
            java.util.List<Object> agents = new ArrayList<>(java.util.Arrays.asList(m.states));
            agents.addAll(java.util.Arrays.asList(m.alliances));
            sizing.labels = Portrayals.Label.place(agents, o -> layout.position(o instanceof StateAgent st ? st.id : ((AllianceAgent) o).id), sizing, displaySize(1000)[0] / layout.width(), layout.width(), layout.height());
        }
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
        preview();
        // windows that stay on the screen (a 1000-pixel-high projector included): the narrative under the map, the
        // Console beside the map (placeConsole), the three charts in a column beside the Console or, on a narrower
        // screen, side by side under it
        java.awt.Rectangle screen = screen();
        int mapW = displayFrame.getWidth(), mapH = displayFrame.getHeight();
        int consoleRight = mapW + 10 + CONSOLE_WIDTH;
        int column = screen.x + screen.width - consoleRight;
        int k = 0;
        for (TimeSeriesChartGenerator g : new TimeSeriesChartGenerator[]{rungChart, forcesChart, sanctionsChart}) {
            JFrame f = g.createFrame();
            // draw the chart at the size it is shown, so its fonts keep their size instead of being scaled down
            g.getChartPanel().setMinimumDrawWidth(50);
            g.getChartPanel().setMinimumDrawHeight(50);
            if (column >= 300) {
                f.setSize(column, screen.height / 3);
                f.setLocation(consoleRight, screen.y + k * (screen.height / 3));
            } else {
                int w = Math.max(260, (screen.width - mapW - 10) / 3), h = Math.max(220, screen.height - CONSOLE_HEIGHT);
                f.setSize(w, h);
                f.setLocation(Math.min(mapW + 10 + k * w, screen.x + screen.width - w), screen.y + screen.height - h);
            }
            k++;
            c.registerFrame(f);
            f.setVisible(true);
            chartFrames.add(f);
        }
        narrativeFrame = new JFrame("Narrative — " + scenario.title());
        narrativeFrame.getContentPane().add(new JScrollPane(narrative));
        narrativeFrame.pack();
        narrativeFrame.setSize(Math.max(400, mapW), Math.max(200, screen.y + screen.height - mapH - 5));
        narrativeFrame.setLocation(screen.x, Math.min(mapH + 5, screen.y + screen.height - 200));
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

    /**
     * Draws the world as it stands on day 0 before ▶ is pressed: the replication is built (not played) so the class sees
     * the map, the forces and the relations from the start. Pressing ▶ builds it again from the same seed.
     */
    public void preview() {
        if (model().crisis != null) return;
        model().reseed(runSeed);
        model().start();
        previewing = true;
        setupPortrayals();
    }

    /** The world of day 0 is on the map, not yet played. */
    public boolean previewing() {
        return previewing;
    }

    /** Puts the Console beside the map, tall enough for the Injects tab, with a visible delay between days (called by whoever creates the Console). */
    public void placeConsole(Console c) {
        java.awt.Rectangle screen = screen();
        c.setSize(Math.min(CONSOLE_WIDTH, screen.width / 2), Math.min(CONSOLE_HEIGHT, screen.height));
        int x = displayFrame == null ? 0 : displayFrame.getWidth() + 10;
        c.setLocation(Math.max(0, Math.min(x, screen.x + screen.width - c.getWidth())), screen.y);
        c.setPlaySleep(DEFAULT_DELAY_MS);
    }

    /** The usable screen (without task bars); a 1600×1000 screen when there is none. */
    static java.awt.Rectangle screen() {
        try {
            return java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        } catch (java.awt.HeadlessException e) {
            return new java.awt.Rectangle(0, 0, 1600, 1000);
        }
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
