package brink.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real Console on a virtual display: starts its own Xvfb when one is installed (skipped otherwise), runs
 * {@link GuiSmoke} in a child JVM (the test JVM itself is headless) and checks the screenshots it leaves.
 */
class GuiXvfbTest {
    @TempDir
    Path tmp;

    /** Starts Xvfb on a free display, runs the body with its name, stops it. */
    void withXvfb(Xvfb.DisplayBody body) throws Exception {
        Xvfb.with(tmp, body);
    }

    /** Runs a main class of the test class path in a child JVM on the display; returns its output. */
    String child(String display, String name, Class<?> main, String... args) throws Exception {
        return Xvfb.child(tmp, display, name, System.getProperty("java.class.path"), main.getName(), args);
    }

    @Test
    void consolePlaysInjectsAndTakesScreenshotsUnderXvfb() throws Exception {
        withXvfb(display -> {
            Path out = tmp.resolve("shots");
            String log = child(display, "smoke", GuiSmoke.class, "src/test/resources/scenarios/fictional.json", out.toString(), "8");
            assertTrue(log.contains("inject fired: true"), log);
            assertFalse(log.contains("Java3D"), "no Java3D warning at start-up: " + log);
            // the model inspector reads every slider through reflection: a slider with no parameter behind it prints a trace
            assertFalse(log.contains("Exception"), "no exception in the console's output: " + log);
            for (String f : List.of("display.png", "screen.png", "map.png", "chart-rung.png")) {
                BufferedImage img = ImageIO.read(out.resolve(f).toFile());
                assertNotNull(img, f + " decodes");
                assertTrue(img.getWidth() > 100 && img.getHeight() > 100, f + " " + img.getWidth() + "x" + img.getHeight());
            }
        });
    }

    /**
     * The Console itself plays the run it names: run 0 of the seed scenario's default master seed (the replication of
     * the report) is, line for line, the story 'brink narrate' tells; and the next replication the Console
     * starts (its seed incremented on stop) is the story of 'brink narrate --run-seed' with the seed the GUI shows.
     */
    @Test
    void theConsoleShowsTheRunNarrateTells() throws Exception {
        Path scenario = Path.of("scenarios/nato-russia-2022-01.json");
        withXvfb(display -> {
            Path out = tmp.resolve("replay.txt");
            child(display, "replay", ConsoleReplay.class, scenario.toString(), "20220107", "0", out.toString());
            List<String> lines = Files.readAllLines(out);
            assertEquals("delay " + CrisisGui.DEFAULT_DELAY_MS, lines.get(0), "a visible delay by default");
            assertTrue(lines.get(1).matches("map before play [1-9]\\d* true"), "the map has its agents before ▶: " + lines.get(1));
            int sep = lines.indexOf("--");
            List<String> first = lines.subList(2, sep), second = lines.subList(sep + 1, lines.size() - 1);
            assertEquals("run seed " + brink.montecarlo.Seeds.run(20220107L, 0), first.get(0), "the first replication is run 0 of the master seed");
            assertEquals(story("--seed", "20220107", "--run", "0", scenario.toString()), first.subList(1, first.size()));
            String nextSeed = second.get(0).substring("run seed ".length());
            assertEquals(story("--run-seed", nextSeed, scenario.toString()), second.subList(1, second.size()));
            assertFalse(first.subList(1, first.size()).equals(second.subList(1, second.size())), "the next replication is another run");
        });
    }

    /** The narrative lines of 'brink narrate' (without its header, the drawn values and the final outcome line). */
    static List<String> story(String... args) {
        // the scenario is the last argument given; narrate takes it first
        List<String> a = new ArrayList<>(List.of("narrate", args[args.length - 1]));
        a.addAll(List.of(args).subList(0, args.length - 1));
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        try {
            System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(0, brink.cli.Main.execute(a.toArray(String[]::new)));
        } finally {
            System.setOut(old);
        }
        List<String> lines = List.of(buf.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        List<String> story = new ArrayList<>(lines.subList(lines.indexOf("") + 1, lines.size()));
        if (!story.isEmpty() && story.get(story.size() - 1).contains("  outcome: ")) story.remove(story.size() - 1);
        return story;
    }
}
