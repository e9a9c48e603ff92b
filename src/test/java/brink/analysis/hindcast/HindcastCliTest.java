package brink.analysis.hindcast;

import brink.analysis.Cli;
import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** brink hindcast as CI runs it: the whole shipped library, a few dozen runs per crisis. */
class HindcastCliTest {
    static final int RUNS = 24;

    static List<Path> library() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).filter(p -> !p.toString().endsWith(".schema.json"))
                    .filter(p -> Loader.load(p).record() != null).sorted().toList();
        }
    }

    @Test
    void hindcastsTheWholeLibraryWithReferencesAndAReliabilityChart(@TempDir Path tmp) throws Exception {
        List<Path> crises = library();
        Path out = tmp.resolve("h");
        Cli.Out r = Cli.brink("hindcast", "scenarios", "--runs", "" + RUNS, "--threads", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Hindcast of " + crises.size() + " crises"), r.out());
        assertTrue(r.out().contains("ICB base rates") && r.out().contains("uniform"), r.out());
        for (Path c : crises) {
            String id = Loader.load(c).id();
            assertTrue(r.out().contains(id), id + " in the table:\n" + r.out());
            List<String> rows = Files.readAllLines(out.resolve("batches").resolve(id).resolve("runs.csv"));
            assertEquals(RUNS + 1, rows.size(), id + ": a header and one row per run");
        }
        List<String> csv = Files.readAllLines(out.resolve("hindcast.csv"));
        assertEquals(crises.size() + 1, csv.size());
        List<String> header = List.of(csv.get(0).split(","));
        int pBrink = header.indexOf("brink_outcome_probability"), warBase = header.indexOf("base_war_probability"), uni = header.indexOf("uniform_outcome_probability");
        for (String row : csv.subList(1, csv.size())) {
            String[] cells = row.split(",");
            double p = Double.parseDouble(cells[pBrink]);
            assertTrue(p >= 0 && p <= 1, row);
            // a probability Brink gave from RUNS runs is a multiple of 1/RUNS
            assertEquals(0, Math.abs(p * RUNS - Math.rint(p * RUNS)), 1e-4, row); // the CSV keeps six digits
            assertEquals(55.0 / 377, Double.parseDouble(cells[warBase]), 1e-5, "the base rates forecast the same for every crisis");
            assertTrue(Double.parseDouble(cells[uni]) > 0, row);
        }
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("| scenario | ICB | what happened |") && md.contains("brink hindcast scenarios --runs " + RUNS), md);
        JsonNode json = Loader.JSON.readTree(out.resolve("hindcast.json").toFile());
        assertEquals(crises.size(), json.get("crises").size());
        assertTrue(json.get("means").size() >= 8);
        assertTrue(Files.size(out.resolve("reliability.png")) > 1000);
        assertTrue(Files.readAllLines(out.resolve("reliability.csv")).size() > 1);

        Cli.Out again = Cli.brink("hindcast", "scenarios", "--runs", "2", "--out", out.toString());
        assertEquals(2, again.code(), "a hindcast is never overwritten");
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void rowsDoNotDependOnTheThreadCountAndScenariosWithoutARecordAreListed(@TempDir Path tmp) throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Cli.fictional(lib, "with-record.json", t -> {
            try {
                t.set("record", Loader.JSON.readTree("""
                        {"summary": "NOR took the strip.", "outcome": "incursion", "severity": "serious-clashes", "termination": "none",
                         "results": {"NOR": "victory"}, "peakRung": 5, "endRung": 5}"""));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Cli.fictional(lib, "without-record.json", t -> t.put("id", "no-record"));
        Cli.Out one = Cli.brink("hindcast", lib.toString(), "--runs", "60", "--threads", "1", "--out", tmp.resolve("t1").toString(), "--no-charts");
        Cli.Out two = Cli.brink("hindcast", lib.toString(), "--runs", "60", "--threads", "2", "--out", tmp.resolve("t2").toString(), "--no-charts");
        assertEquals(0, one.code(), one.all());
        assertEquals(0, two.code(), two.all());
        assertEquals(Files.readString(tmp.resolve("t1/hindcast.csv")), Files.readString(tmp.resolve("t2/hindcast.csv")));
        assertTrue(one.out().contains("without-record.json: no record of what happened"), one.out());
        assertFalse(Files.exists(tmp.resolve("t1/reliability.png")), "--no-charts");

        Path bare = Files.createDirectories(tmp.resolve("bare"));
        Cli.fictional(bare, "plain.json", t -> { });
        Cli.Out none = Cli.brink("hindcast", bare.toString(), "--runs", "10", "--out", tmp.resolve("t3").toString());
        assertEquals(2, none.code(), none.all());
        assertTrue(none.err().contains("no scenario with a record"), none.err());
        assertFalse(Files.exists(tmp.resolve("t3")), "nothing is written for bad input");
        assertEquals(2, Cli.brink("hindcast", lib.toString(), "--runs", "0").code());
        assertEquals(2, Cli.brink("hindcast", tmp.resolve("missing").toString()).code());
    }
}
