package brink.cli;

import brink.gui.CrisisGui;
import brink.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

@Command(header = "Open the classroom GUI (MASON Console) on a scenario.", name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the classroom GUI (MASON Console): a map of the states and alliances over their relations, live charts, the model parameters as sliders, states inspectable by a double click, the narrative, and an Injects tab that puts events on the running schedule. Needs a desktop; on a server without one, run it in a virtual display: xvfb-run -s \"-screen 0 1600x1000x24\" ./brink gui The first run is run K of master seed S (the replication of 'brink narrate --seed S --run K'), drawn on the map before ▶; one day plays every quarter of a second (the Console's Delay slider changes it). The run seed is shown on the map: after ■ the Console starts the next seed, and 'brink narrate --run-seed SEED' tells any run the GUI showed."},
        footer = {"", "Examples:", "  brink gui", "  brink gui my-crisis.json --seed 7 --run 3",
                "  brink gui --inject talks.json      (events added before the run starts)"})
final class GuiCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ReplayOptions replay;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.load();
        if (GraphicsEnvironment.isHeadless()) {
            throw new Main.BadInput("no display: the GUI needs a desktop. On a server without one: xvfb-run -s \"-screen 0 1600x1000x24\" ./brink gui");
        }
        long runSeed = replay.runSeed();
        try {
            return show(s, runSeed);
        } catch (java.awt.AWTError | java.awt.HeadlessException | java.lang.reflect.InvocationTargetException | UnsatisfiedLinkError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
            if (cause instanceof java.awt.AWTError || cause instanceof java.awt.HeadlessException || cause instanceof UnsatisfiedLinkError) {
                throw new Main.BadInput("cannot open a window on the display '" + System.getenv("DISPLAY") + "' (" + Failure.oneLine(cause.getMessage())
                        + "); on a server without a desktop: xvfb-run -s \"-screen 0 1600x1000x24\" ./brink gui");
            }
            throw e;
        }
    }

    private int show(Scenario s, long runSeed) throws Exception {
        CrisisGui gui = new CrisisGui(s, runSeed);
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            Console c = new Console(gui);
            gui.placeConsole(c);
            c.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                }
            });
            c.setVisible(true);
        });
        System.out.printf("Brink GUI: %s, run seed %d (master seed %d, run %d; 'brink narrate --seed %d --run %d' tells the same run). Close the console window to quit.%n",
                s.title(), runSeed, replay.seed, replay.run, replay.seed, replay.run);
        closed.await();
        return 0;
    }
}
