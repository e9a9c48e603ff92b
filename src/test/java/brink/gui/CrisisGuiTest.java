package brink.gui;

import brink.model.world.AllianceAgent;
import brink.model.CrisisModel;
import brink.model.world.StateAgent;
import brink.scenario.EventSpec;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.field.network.Edge;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;
import sim.util.Interval;
import sim.util.SimpleProperties;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GUI without a display: portrayals, charts, inspectors and injects (surefire runs headless). */
class CrisisGuiTest {
    static final Scenario SCENARIO = Loader.load(Path.of("src/test/resources/scenarios/fictional.json"));

    static CrisisGui started() {
        CrisisGui gui = new CrisisGui(SCENARIO, 99);
        gui.start();
        return gui;
    }

    @Test
    void mapPlacesEveryStateAndAllianceNorthUpAndApart() {
        MapLayout l = MapLayout.of(SCENARIO);
        Double2D nor = l.position("NOR"), wes = l.position("WES"), sou = l.position("SOU"), pact = l.position("PACT");
        assertTrue(nor.y < sou.y && sou.y < wes.y, "north is up (smaller y)");
        assertTrue(wes.x < nor.x, "west is left");
        for (Double2D p : l.positions().values()) {
            assertTrue(p.x > 0 && p.x < l.width() && p.y > 0 && p.y < l.height(), p + " inside " + l.width() + "×" + l.height());
        }
        assertEquals(SCENARIO.states().size() + SCENARIO.alliances().size(), new HashSet<>(l.positions().values()).size());
        for (String s : List.of("NOR", "SOU", "WES", "EAS", "MID")) assertTrue(pact.distance(l.position(s)) > 0.02 * l.width(), "the alliance clears " + s);
    }

    @Test
    void portrayalsAreBuiltOverTheModelsNetwork() {
        CrisisGui gui = started();
        CrisisModel m = gui.model();
        assertEquals(m.states.length + m.alliances.length, gui.map.getAllObjects().size());
        for (StateAgent s : m.states) assertEquals(gui.layout.position(s.id), gui.location(s));
        for (AllianceAgent a : m.alliances) assertEquals(gui.layout.position(a.id), gui.location(a));
        SpatialNetwork2D sn = (SpatialNetwork2D) gui.relations.getField();
        assertNotNull(sn);
        assertInstanceOf(Portrayals.TiePortrayal.class, gui.relations.getPortrayalForObject(new Edge(m.states[0], m.states[1], null)));
        assertInstanceOf(Portrayals.Label.class, gui.actors.getPortrayalForObject(m.states[0]));
        assertInstanceOf(Portrayals.Label.class, gui.actors.getPortrayalForObject(m.alliances[0]));
        // sizes follow the square root of forces
        double d1 = gui.sizing.diameter(25), d2 = gui.sizing.diameter(100), d0 = gui.sizing.diameter(0);
        assertEquals(2 * (d1 - d0), d2 - d0, 1e-9);
        assertEquals(Portrayals.posture(0), Portrayals.RAMP[0]);
        assertEquals(Portrayals.posture(1), Portrayals.RAMP[2]);
    }

    @Test
    void mapRendersWithoutADisplay() {
        CrisisGui gui = started();
        for (int i = 0; i < 3; i++) gui.step();
        int[] size = gui.displaySize(800);
        BufferedImage img = gui.renderMap(size[0], size[1]);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < img.getWidth(); x += 3) for (int y = 0; y < img.getHeight(); y += 3) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 50, "a drawn map, not a blank: " + colours.size() + " colours");
        List<String> status = gui.overlay.lines();
        assertTrue(status.get(0).startsWith(SCENARIO.date(2).toString()), status.toString());
        assertTrue(status.get(1).startsWith("Rung " + gui.model().crisis.rung + ": " + SCENARIO.ladder().get(gui.model().crisis.rung).name()), status.toString());
    }

    @Test
    void chartsGetAPointEachDay() {
        CrisisGui gui = started();
        for (int i = 0; i < 5; i++) gui.step();
        assertEquals(5, gui.chartedDays());
        assertEquals(3, gui.forcesChart.getSeriesCount(), "one series per principal");
        assertEquals(1, gui.sanctionsChart.getSeriesCount(), "one series per alliance with sanctions");
        assertEquals(2, gui.rungChart.getSeriesCount());
        assertNotNull(gui.rungChart.getChart().createBufferedImage(400, 300));
    }

    @Test
    void knobsAreSlidersThatSetTheRunningModel() {
        CrisisGui gui = new CrisisGui(SCENARIO, 99);
        assertEquals(4.0, gui.knobs.getRationality(), 1e-12, "before a start: the scenario's value");
        gui.knobs.setWarCost(2.5);
        gui.start();
        assertEquals(2.5, gui.model().p.warCost, 0.0, "a value set before the start is applied to the run");
        gui.knobs.setRationality(1.5);
        assertEquals(1.5, gui.model().p.rationality, 0.0);
        assertEquals(1.5, gui.knobs.getRationality(), 0.0);
        SimpleProperties props = new SimpleProperties(gui.getSimulationInspectedObject());
        int i = index(props, "Rationality");
        assertInstanceOf(Interval.class, props.getDomain(i));
        assertFalse(props.isReadWrite(index(props, "Rung")));
        assertTrue(props.isReadWrite(i));
        props.setValue(i, "8.0");
        assertEquals(8.0, gui.model().p.rationality, 0.0);
        gui.start();
        assertEquals(2.5, gui.model().p.warCost, 0.0, "re-applied at a restart");
    }

    @Test
    void statesAndAlliancesAreInspectable() {
        CrisisGui gui = started();
        SimpleProperties s = new SimpleProperties(gui.model().states[0]);
        assertEquals(gui.model().states[0].forces, (Double) s.getValue(index(s, "Forces")), 0.0);
        SimpleProperties a = new SimpleProperties(gui.model().alliances[0]);
        assertTrue(index(a, "Cohesion") >= 0);
    }

    static int index(SimpleProperties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
        return -1;
    }

    @Test
    void anInjectEntersTheScheduleAndItsEffectAppearsInTheLog() {
        CrisisGui gui = started();
        for (int i = 0; i < 3; i++) gui.step();
        int today = gui.today();
        assertEquals(3, today);
        var r = new Injects.Request(Injects.Kind.INCIDENT, "Shots at the border", today + 1, "NOR", "SOU", null, null, 0.3, 0, null, 0);
        EventSpec e = gui.inject(r, 1);
        assertEquals(SCENARIO.date(today + 1), e.date());
        assertTrue(gui.model().log.stream().anyMatch(l -> l.contains("inject scheduled for " + e.date() + ": Shots at the border")));
        gui.step();
        assertFalse(gui.model().log.stream().anyMatch(l -> l.contains("Shots at the border (")), "not before its day");
        gui.step();
        String fired = gui.model().log.stream().filter(l -> l.contains("Shots at the border (Northland, Southmark)")).findFirst().orElse("");
        assertTrue(fired.startsWith(SCENARIO.date(today + 1).toString()) && fired.contains("tension"), gui.model().log.toString());

        var troops = new Injects.Request(Injects.Kind.TROOP_MOVEMENT, "Reinforcements", gui.today(), null, null, null, "SOU", 0, 25, null, 0);
        StateAgent sou = gui.model().states[gui.model().stateIndex("SOU")];
        gui.inject(troops, 2);
        double before = sou.forces;
        gui.step();
        // the day's arms-race drift may move forces by up to maxBuildUp either way on top of the 25 that arrive
        assertTrue(sou.forces >= before + 25 - sou.maxBuildUp - 1e-9, "troops arrived: " + before + " -> " + sou.forces);
    }

    @Test
    void injectsAreCheckedBeforeTheyEnterTheSchedule() {
        CrisisGui gui = new CrisisGui(SCENARIO, 1);
        var ok = new Injects.Request(Injects.Kind.INCIDENT, "x", 0, "NOR", null, null, null, 0.1, 0, null, 0);
        assertThrows(IllegalStateException.class, () -> gui.inject(ok, 1), "not before the run starts");
        gui.start();
        gui.step();
        gui.step();
        var past = assertThrows(IllegalArgumentException.class, () -> gui.inject(new Injects.Request(Injects.Kind.INCIDENT, "x", 1, "NOR", null, null, null, 0.1, 0, null, 0), 1));
        assertTrue(past.getMessage().contains("in the past"), past.getMessage());
        var late = assertThrows(IllegalArgumentException.class, () -> Injects.build(SCENARIO, 0, 1, new Injects.Request(Injects.Kind.INCIDENT, "x", 60, "NOR", null, null, null, 0, 0, null, 0)));
        assertTrue(late.getMessage().contains("past the horizon"));
        var oneSide = assertThrows(IllegalArgumentException.class, () -> Injects.build(SCENARIO, 0, 1, new Injects.Request(Injects.Kind.TALKS, "t", 5, "NOR", null, null, null, 0, 0, null, 0)));
        assertTrue(oneSide.getMessage().contains("two sides"));
        var stateSanctions = assertThrows(IllegalArgumentException.class, () -> Injects.build(SCENARIO, 0, 1, new Injects.Request(Injects.Kind.SANCTIONS, "s", 5, "WES", null, null, null, 0, 0, 1, 0)));
        assertTrue(stateSanctions.getMessage().contains("imposed by an alliance"));
        var tier = assertThrows(IllegalArgumentException.class, () -> Injects.build(SCENARIO, 0, 1, new Injects.Request(Injects.Kind.SANCTIONS, "s", 5, "PACT", null, null, null, 0, 0, 9, 0)));
        assertTrue(tier.getMessage().contains("tiers are 1 to 3"));
        EventSpec s = Injects.build(SCENARIO, 0, 4, new Injects.Request(Injects.Kind.SANCTIONS, "Package", 5, "PACT", null, null, null, 0.05, 0, 2, 0));
        assertEquals(EventSpec.Type.SANCTIONS, s.type());
        assertEquals(2, s.tier());
        assertEquals(List.of("PACT"), s.participants());
        EventSpec c = Injects.build(SCENARIO, 0, 5, new Injects.Request(Injects.Kind.CONCESSION, "", 5, "NOR", "SOU", null, null, -0.05, 0, null, 0.2));
        assertEquals("concession", c.name());
        assertEquals(0.2, c.amount().value(), 0.0);
    }

    @Test
    void injectFormBuildsWithoutADisplayAndSchedules() throws Exception {
        CrisisGui gui = started();
        gui.step();
        InjectPanel p = gui.injects;
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            p.kind.setSelectedItem(Injects.Kind.TROOP_MOVEMENT);
            assertFalse(p.first.isEnabled());
            assertTrue(p.state.isEnabled() && p.forces.isEnabled());
            p.kind.setSelectedItem(Injects.Kind.INCIDENT);
            p.name.setText("Form incident");
            p.submit();
        });
        assertTrue(p.status.getText().contains("Scheduled for " + SCENARIO.date(1)), p.status.getText());
        gui.step();
        assertTrue(gui.model().log.stream().anyMatch(l -> l.contains("Form incident (")), gui.model().log.toString());
    }

    @Test
    void theGuiKeepsTheReplicationItWraps() {
        // same seed, same story as the batch engine's own run of that seed
        CrisisGui gui = new CrisisGui(SCENARIO, 1234);
        gui.start();
        while (gui.step()) {
            if (gui.model().crisis.ended) break;
        }
        CrisisModel plain = new CrisisModel(SCENARIO, 1234, true);
        var rec = plain.run();
        assertEquals(rec.endDay(), gui.model().crisis.day);
        assertEquals(rec.peakRung(), gui.model().crisis.peak);
        assertNotEquals(0, gui.chartedDays());
    }
}
