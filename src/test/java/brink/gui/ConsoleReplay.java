package brink.gui;

import brink.montecarlo.Seeds;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives MASON's Console itself (on a real or virtual display): opens the GUI on run K of master seed S, presses ▶ and
 * lets the replication play to its end, then presses ▶ again for the next replication the Console chooses (its seed
 * incremented on stop). For each, writes "run seed N" and the narrative lines to OUT, for comparison with
 * {@code brink narrate}. Also writes the Console's delay and whether the map had agents before ▶.
 * <p>
 * {@code java -cp ... brink.gui.ConsoleReplay SCENARIO MASTER K OUT}
 */
public final class ConsoleReplay {
    private ConsoleReplay() {
    }

    public static void main(String[] args) throws Exception {
        Scenario s = Loader.load(Path.of(args[0]));
        long master = Long.parseLong(args[1]);
        int k = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        CrisisGui gui = new CrisisGui(s, Seeds.run(master, k));
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            gui.placeConsole(console[0]);
            console[0].setVisible(true);
        });
        Console c = console[0];
        List<String> lines = new ArrayList<>();
        lines.add("delay " + c.getPlaySleep());
        lines.add("map before play " + gui.map.getAllObjects().size() + " " + gui.previewing());
        c.setPlaySleep(0);
        for (int rep = 0; rep < 2; rep++) {
            SwingUtilities.invokeAndWait(c::pressPlay);
            long end = System.currentTimeMillis() + 90_000;
            Thread.sleep(200);
            while (!(gui.model().crisis != null && gui.model().crisis.ended && c.getPlayState() == Console.PS_STOPPED)) {
                if (System.currentTimeMillis() > end) {
                    System.err.println("timed out: replication " + rep + " did not end");
                    System.exit(4);
                }
                Thread.sleep(50);
            }
            lines.add("run seed " + gui.runSeed());
            synchronized (gui.state.schedule) {
                lines.addAll(gui.model().log);
            }
            lines.add("--");
        }
        Files.write(out, lines);
        System.exit(0);
    }
}
