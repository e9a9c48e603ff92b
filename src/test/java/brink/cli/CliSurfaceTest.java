package brink.cli;

import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user meets on the command line: --help, usage errors, scenario ids, README's examples, results without paths. */
class CliSurfaceTest {
    static final String TINY = ReproducersTest.r("tiny.json");

    @TempDir
    Path tmp;

    @Test
    void helpWrapsBetweenWordsAndNeverSplitsAnExample() {
        CommandLine root = Main.commandLine();
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        for (int width : new int[]{60, 80, 120}) {
            for (CommandLine c : all) {
                c.setUsageHelpAutoWidth(false);
                c.setUsageHelpWidth(width);
                StringWriter w = new StringWriter();
                c.usage(new PrintWriter(w));
                String help = w.toString();
                // every word of the texts the help is made of comes out whole ("daily.csv" once came out as "daily." + "csv")
                List<String> sources = new ArrayList<>();
                var msg = c.getCommandSpec().usageMessage();
                sources.addAll(List.of(msg.description()));
                sources.addAll(List.of(msg.footer()));
                c.getCommandSpec().options().forEach(o -> sources.addAll(List.of(o.description())));
                for (String source : sources) {
                    String text = source.replace("%%", "%").replace("%n", " ");
                    if (source.startsWith(" ") && !text.contains("(")) {
                        // an example line is printed whole, however long
                        assertTrue(help.contains(text.strip()), c.getCommandName() + ": example split: " + text);
                    }
                    for (String word : text.split("\\s+")) {
                        if (word.length() < 3 || word.contains("${")) continue;
                        assertTrue(help.contains(word), c.getCommandName() + " at " + width + " columns: '" + word + "' split:\n" + help);
                    }
                }
                // a line runs past the width only when it is one word or an example
                for (String line : help.split("\n")) {
                    if (line.length() > width) assertTrue(line.startsWith("  ") || !line.strip().contains(" "), "too long: " + line);
                }
            }
        }
    }

    @Test
    void usageMistakesAreOneLine() {
        ReproducersTest.Out abc = ReproducersTest.brink("run", TINY, "--runs", "abc");
        abc.badInput("--runs", "'abc' is not a whole number", "see 'brink run --help'");
        ReproducersTest.Out typo = ReproducersTest.brink("run", TINY, "--rns", "5");
        typo.badInput("Unknown option", "'--rns'", "did you mean --runs?");
        ReproducersTest.Out noSuch = ReproducersTest.brink("frobnicate");
        assertEquals(Main.BAD_INPUT, noSuch.code());
        assertEquals(1, noSuch.errLines().size(), noSuch.err());
    }

    @Test
    void aScenarioIdWorksWhereverAFileDoes() throws IOException {
        ReproducersTest.Out v = ReproducersTest.brink("validate", "nato-russia-2022-01");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().startsWith("ok  ") && v.out().contains(Path.of("scenarios", "nato-russia-2022-01.json").toString()), v.out());
        ReproducersTest.Out n = ReproducersTest.brink("narrate", "kargil-1999-05", "--horizon", "5");
        assertEquals(0, n.code(), n.err());
        ReproducersTest.Out r = ReproducersTest.brink("run", "kargil-1999-05", "--runs", "3", "--horizon", "5", "--no-charts", "--quiet",
                "--out", tmp.resolve("k").toString());
        assertEquals(0, r.code(), r.err());
        // not a file and no such id: one line, with the ids there are
        ReproducersTest.Out missing = ReproducersTest.brink("run", "no-such-crisis", "--runs", "3");
        missing.badInput("no such scenario file or id: no-such-crisis", "nato-russia-2022-01");
        ReproducersTest.Out file = ReproducersTest.brink("validate", tmp.resolve("nowhere.json").toString());
        file.badInput("no such scenario file or id");
    }

    @Test
    void anIdIsFoundInTheWorkingDirectorysScenariosAndInTheProjects() throws Exception {
        // started as 'java' from another folder that has a scenarios/ of its own (not through ./brink, not from the project)
        Path here = tmp.resolve("elsewhere");
        Files.createDirectories(here.resolve("scenarios"));
        Files.writeString(here.resolve("scenarios/mine.json"), Files.readString(Path.of(TINY)).replace("\"id\": \"tiny\"", "\"id\": \"my-crisis\""));
        for (String id : new String[]{"my-crisis", "mine", "kargil-1999-05"}) {
            Proc v = java(here, "validate", id);
            assertEquals(0, v.code(), id + ": " + v.out());
            assertTrue(v.out().startsWith("ok  "), v.out());
        }
        Proc n = java(here, "narrate", "nato-russia-2022-01", "--horizon", "3");
        assertEquals(0, n.code(), n.out());
        Proc missing = java(here, "narrate", "no-such-crisis");
        assertEquals(Main.BAD_INPUT, missing.code());
        assertTrue(missing.out().startsWith("error: no such scenario file or id: no-such-crisis") && missing.out().contains("my-crisis")
                && missing.out().contains("nato-russia-2022-01") && missing.out().lines().count() == 1, missing.out());
        // the commands that take scenario files without the shared options take ids too
        ReproducersTest.Out up = ReproducersTest.brink("upgrade", "kargil-1999-05", "--out", tmp.resolve("kargil.yaml").toString());
        assertEquals(0, up.code(), up.err());
        assertTrue(Files.readString(tmp.resolve("kargil.yaml")).contains("kargil-1999-05"));
        ReproducersTest.Out h = ReproducersTest.brink("hindcast", "kargil-1999-05", "--runs", "3", "--threads", "1", "--out", tmp.resolve("h").toString());
        assertEquals(0, h.code(), h.err());
        ReproducersTest.Out none = ReproducersTest.brink("hindcast", "no-such-crisis", "--runs", "3");
        none.badInput("no such scenario file or id: no-such-crisis");
    }

    record Proc(int code, String out) {
    }

    /** Brink in a fresh JVM started in {@code dir}, its stdout and stderr together. */
    static Proc java(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "brink.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        return new Proc(p.exitValue(), out);
    }

    @Test
    void readmesValidateExampleWorks() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("./brink validate scenarios/*.json scenarios/*.yaml"), "README shows the example this test runs");
        List<String> args = new ArrayList<>(List.of("validate"));
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            s.map(Path::toString).filter(f -> f.endsWith(".json") || f.endsWith(".yaml")).sorted().forEach(args::add);
        }
        ReproducersTest.Out o = ReproducersTest.brink(args.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("skip scenarios/scenario.schema.json  (a JSON Schema, not a scenario)"), o.out());
    }

    @Test
    void aBatchWithASetNamesItInTheReportAndLeavesNoMachinePathInItsFolder() throws IOException {
        Path out = tmp.resolve("variant");
        ReproducersTest.Out o = ReproducersTest.brink("run", TINY, "--runs", "20", "--set", "states.A.resolve=0.9", "--quiet", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        String html = Files.readString(out.resolve("report.html"));
        String title = html.substring(html.indexOf("<title>"), html.indexOf("</title>"));
        assertTrue(title.contains("--set states.A.resolve=0.9"), title);
        // nothing in the folder names where it was made or where Brink lives
        String here = Path.of("").toAbsolutePath().toString();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.toString().endsWith(".png")) continue;
                String text = Files.readString(f);
                assertFalse(text.contains(here), f + " names " + here);
                assertFalse(text.contains(tmp.toString()), f + " names " + tmp);
            }
        }
        JsonNode m = Loader.JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals("src/test/resources/reproducers/tiny.json", m.get("scenarioFile").asText());
        assertTrue(Files.isRegularFile(out.resolve("scenario.json")), "the scenario document travels with its results");
    }

    @Test
    void theConsoleAndTheManifestGiveOneRunsPerSecondAndNoEscapeCodes() throws IOException {
        Path out = tmp.resolve("rate");
        ReproducersTest.Out o = ReproducersTest.brink("run", TINY, "--runs", "300", "--no-charts", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        // output that is not a terminal gets no progress bar, carriage returns or escape codes
        assertFalse(o.err().contains("\r") || o.err().contains("\u001b") || o.out().contains("\u001b"), o.err());
        var m = Pattern.compile("300 runs in [\\d.]+ s \\(([\\d,]+) runs/s\\)").matcher(o.err());
        assertTrue(m.find(), o.err());
        double console = Double.parseDouble(m.group(1).replace(",", ""));
        double manifest = Loader.JSON.readTree(out.resolve("manifest.json").toFile()).get("runsPerSecond").asDouble();
        assertEquals(Math.round(manifest), console, 0.5, "the same runs/s on the console and in manifest.json");
    }

    @Test
    void benchWarmsUpRepeatsAndGivesMedianAndRange() {
        ReproducersTest.Out o = ReproducersTest.brink("bench", TINY, "--runs", "40", "--repeats", "3", "--warmup", "0", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("warm-up: 1 round"), o.out());
        assertTrue(Pattern.compile("(?m)^1 +[\\d,]+ \\([\\d,]+–[\\d,]+\\)").matcher(o.out()).find(), o.out());
        assertTrue(Pattern.compile("speed-up 1 → 2 threads: \\d+\\.\\d\\d \\(range \\d+\\.\\d\\d–\\d+\\.\\d\\d over 3 repeats\\)").matcher(o.out()).find(), o.out());
        assertEquals(2.0, BenchCommand.median(new double[]{3, 1, 2}), 0);
        assertEquals(2.5, BenchCommand.median(new double[]{4, 1, 3, 2}), 0);
    }

    @Test
    void aDeadDisplayIsOneLineNotAnAwtError() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "brink.cli.Main", "gui", TINY);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", ":97");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(Main.BAD_INPUT, p.exitValue(), out);
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), out);
        assertTrue(lines.get(0).startsWith("error: cannot open a window on the display ':97'") && lines.get(0).contains("xvfb-run"), out);
    }
}
