package brink.gui;

import brink.montecarlo.Seeds;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import sim.display.Console;
import sim.display.Display2D;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A smoke run of the GUI on a real (or virtual, Xvfb) display: opens the Console, plays some days, schedules an
 * inject from the instructor's form, plays on, and saves the map (display.png), the whole screen (screen.png) and
 * the charts (chart-*.png) into a folder. Exit 0 when all went well.
 * <p>
 * {@code java -cp ... brink.gui.GuiSmoke SCENARIO OUTDIR [DAYS]}
 */
public final class GuiSmoke {
    private GuiSmoke() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GuiSmoke SCENARIO OUTDIR [DAYS]");
            System.exit(2);
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("no display (headless): run under a desktop or Xvfb");
            System.exit(3);
        }
        Scenario s = Loader.load(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Files.createDirectories(out);
        CrisisGui gui = new CrisisGui(s, Seeds.run(20220107L, 0));
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            gui.placeConsole(console[0]);
            console[0].setVisible(true);
        });
        Console c = console[0];
        c.setWhenShouldPause(days);
        c.pressPlay();
        waitFor(() -> gui.model().schedule.getSteps() >= days && c.getPlayState() == Console.PS_PAUSED, "the first " + days + " days");

        // the instructor's form: an incident today, through the same path as the button
        SwingUtilities.invokeAndWait(() -> {
            gui.injects.kind.setSelectedItem(Injects.Kind.INCIDENT);
            gui.injects.name.setText("Smoke-test incident");
            gui.injects.submit();
        });
        System.out.println("inject form: " + gui.injects.status.getText().replaceAll("<[^>]+>", ""));
        SwingUtilities.invokeAndWait(() -> {
            var tabs = c.getTabPane();
            for (int i = 0; i < tabs.getTabCount(); i++) if (tabs.getTitleAt(i).equals("Model")) tabs.setSelectedIndex(i);
        });
        for (int k = 0; k < 3; k++) {
            c.pressPlay(); // while paused, play steps one day
            Thread.sleep(300);
        }
        waitFor(() -> gui.model().schedule.getSteps() >= days + 3, "three more days");
        boolean injected = gui.model().log.stream().anyMatch(l -> l.contains("Smoke-test incident") && !l.contains("inject scheduled"));
        System.out.println("inject fired: " + injected);

        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });
        File map = out.resolve("display.png").toFile();
        SwingUtilities.invokeAndWait(() -> {
            try {
                gui.display.takeSnapshot(map, Display2D.TYPE_PNG);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int[] size = gui.displaySize(1200);
        ImageIO.write(gui.renderMap(size[0], size[1]), "png", out.resolve("map.png").toFile());
        ImageIO.write(gui.rungChart.getChart().createBufferedImage(800, 450), "png", out.resolve("chart-rung.png").toFile());
        ImageIO.write(gui.forcesChart.getChart().createBufferedImage(800, 450), "png", out.resolve("chart-forces.png").toFile());
        ImageIO.write(gui.sanctionsChart.getChart().createBufferedImage(800, 450), "png", out.resolve("chart-sanctions.png").toFile());
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage shot = new Robot().createScreenCapture(screen);
        ImageIO.write(shot, "png", out.resolve("screen.png").toFile());
        SwingUtilities.invokeAndWait(() -> {
            var tabs = c.getTabPane();
            for (int i = 0; i < tabs.getTabCount(); i++) if (tabs.getTitleAt(i).equals("Injects")) tabs.setSelectedIndex(i);
            gui.injects.kind.setSelectedItem(Injects.Kind.SANCTIONS);
        });
        Thread.sleep(500);
        SwingUtilities.invokeAndWait(() -> { });
        ImageIO.write(new Robot().createScreenCapture(screen), "png", out.resolve("screen-injects.png").toFile());

        // a click on the first principal: MASON opens its inspector in the Console's Inspectors tab
        var first = gui.model().principals[0];
        var loc = gui.location(first);
        int[] dsize = gui.displaySize(1000);
        SwingUtilities.invokeAndWait(() -> {
            double px = loc.x / gui.layout.width() * dsize[0], py = loc.y / gui.layout.height() * dsize[1];
            gui.display.createInspectors(new java.awt.geom.Rectangle2D.Double(px - 2, py - 2, 4, 4), gui);
        });
        Thread.sleep(1000);
        SwingUtilities.invokeAndWait(() -> { });
        ImageIO.write(new Robot().createScreenCapture(screen), "png", out.resolve("screen-inspector.png").toFile());
        System.out.printf("day %d, rung %d, %d chart points; wrote %s%n", gui.lastDay(), gui.model().crisis.rung, gui.chartedDays(), out);
        System.exit(injected && map.length() > 0 ? 0 : 1);
    }

    private static void waitFor(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                System.err.println("timed out waiting for " + what);
                System.exit(4);
            }
            Thread.sleep(50);
        }
    }
}
