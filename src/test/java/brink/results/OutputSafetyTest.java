package brink.results;

import brink.cli.Main;
import brink.model.RunRecord;
import brink.montecarlo.Batch;
import brink.montecarlo.Replication;
import brink.TestScenarios;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the writers put in files: escaped headers and cells, finite numbers only, doubles in the daily bands. */
class OutputSafetyTest {
    /** RFC 4180 records of a whole file. */
    static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new ArrayList<>();
            } else cell.append(c);
        }
        return out;
    }

    static int run(String... args) {
        PrintStream o = System.out, e = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.execute(args);
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    /** A reproducer from ../shared/reproducers, kept with the tests (src/test/resources/reproducers). */
    static Path reproducer(String name) {
        return Path.of("src/test/resources/reproducers", name);
    }

    @Test
    void escapingQuotesCommasQuotesAndLineBreaks() {
        assertEquals("plain", Csv.escape("plain"));
        assertEquals("\"A,B\"", Csv.escape("A,B"));
        assertEquals("\"say \"\"no\"\"\"", Csv.escape("say \"no\""));
        assertEquals("\"a\nb\"", Csv.escape("a\nb"));
        assertEquals("\"a\rb\"", Csv.escape("a\rb"));
        List<String> cells = List.of("run", "forces_A,B", "x\"y", "two\r\nlines", "");
        assertEquals(List.of(cells), records(Csv.line(cells) + "\n"));
    }

    @Test
    void fixedDecimalsAreWhatStringFormatWrites() {
        java.util.Random r = new java.util.Random(42);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1e308, -1e308, Double.MIN_VALUE, 1e-300, 0.5, 1.5, 2.5, -2.5, 0.125, 0.00005,
                1.00005, 0.99995, 123456789.12345, 1e7, 1e22, 9.999999999999999e22, -0.00001, 0.045, 1.005, 2.675));
        for (int i = 0; i < 50_000; i++) {
            double scale = Math.pow(10, r.nextInt(24) - 12);
            values.add((r.nextDouble() - 0.3) * scale);
            // exact halves at the rounding digit, shifted by one ulp either way
            double half = (r.nextInt(2_000_000) + 0.5) / 10_000;
            values.add(half);
            values.add(Math.nextUp(half));
            values.add(Math.nextDown(half));
        }
        for (double v : values) {
            for (int d : new int[]{0, 2, 4}) {
                assertEquals(String.format(java.util.Locale.ROOT, "%." + d + "f", v), Csv.fixed(v, d), v + " to " + d + " decimals");
            }
        }
    }

    @Test
    void aStateIdWithACommaKeepsRowsSquare(@TempDir Path tmp) throws Exception {
        Path file = reproducer("csv-comma-id.json");
        assertEquals(0, run("run", file.toString(), "--runs", "5", "--no-charts", "--quiet", "--out", tmp.resolve("r").toString()));
        for (String name : List.of("runs.csv", "daily.csv")) {
            List<List<String>> rows = records(Files.readString(tmp.resolve("r").resolve(name)));
            assertTrue(rows.size() > 1, name);
            for (List<String> row : rows) assertEquals(rows.get(0).size(), row.size(), name + ": " + row);
            assertTrue(rows.get(0).stream().anyMatch(h -> h.startsWith("forces_A,B")), name + " header: " + rows.get(0));
        }
    }

    @Test
    void hugeFinitePathsStayFiniteInTheDailyBands(@TempDir Path tmp) throws Exception {
        // forces of 1e308 overflowed the float daily bands to Infinity and NaN; the scenario layer now refuses numbers
        // beyond 1e9, and the bands are doubles: a value a float cannot hold (987654321 is 987654336 as a float) is exact
        Path file = reproducer("forces-1e308.json");
        assertEquals(2, run("run", file.toString(), "--runs", "5", "--no-charts", "--quiet", "--out", tmp.resolve("refused").toString()));
        assertEquals(0, run("run", file.toString(), "--set", "states.A.forces=987654321", "--runs", "5", "--no-charts", "--quiet",
                "--out", tmp.resolve("r").toString()));
        List<List<String>> daily = records(Files.readString(tmp.resolve("r/daily.csv")));
        int p50 = daily.get(0).indexOf("forces_A_p50");
        for (List<String> row : daily.subList(1, daily.size())) {
            for (String cell : row.subList(2, row.size())) {
                assertTrue(Double.isFinite(Double.parseDouble(cell)), "finite: " + cell);
            }
        }
        assertEquals(987654321, Double.parseDouble(daily.get(1).get(p50)), 5, "a float would give 987654336");
        String all = Files.readString(tmp.resolve("r/runs.csv")) + Files.readString(tmp.resolve("r/summary.json"));
        assertFalse(all.contains("NaN") || all.contains("Infinity"));
    }

    @Test
    void aRunWithANonFiniteResultIsFailedAndSaysWhere() {
        Scenario s = TestScenarios.fictional();
        Columns columns = new Columns(s, List.of());
        Replication ok = Batch.of(s, 1).run(0);
        RunRecord r = ok.record();
        double[] drawn = r.drawn().clone();
        drawn[0] = Double.NaN;
        Replication bad = new Replication(0, 0, ok.seed(), withDrawn(r, drawn), null);
        Replication checked = columns.checked(bad);
        assertTrue(checked.failed());
        assertEquals("non-finite result: " + columns.paramPaths().stream().map(p -> "param:" + p).findFirst().orElseThrow() + " = NaN", checked.error());

        double[][] forces = {r.principalForcesByDay()[0].clone()};
        forces[0][3] = Double.POSITIVE_INFINITY;
        RunRecord path = new RunRecord(r.seed(), r.outcome(), r.outcomeIndex(), r.peakRung(), r.endRung(), r.endDay(), r.firstDay(), r.drawn(),
                r.sanctionsTier(), r.cohesion(), r.talkResults(), r.endForces(), r.rungByDay(), r.tensionByDay(),
                java.util.stream.Stream.concat(java.util.Arrays.stream(forces), java.util.Arrays.stream(r.principalForcesByDay()).skip(1)).toArray(double[][]::new), r.log());
        Replication daily = columns.checked(new Replication(0, 0, ok.seed(), path, null));
        assertEquals("non-finite result: forces_" + s.principals().get(0).id() + " on day 3 = Infinity", daily.error());
        assertTrue(columns.csv(checked, List.of()).endsWith(",\"non-finite result: param:" + columns.paramPaths().get(0) + " = NaN\"")
                || columns.csv(checked, List.of()).endsWith(",non-finite result: param:" + columns.paramPaths().get(0) + " = NaN"));
        // and the writer itself refuses one rather than writing it
        assertThrows(IllegalStateException.class, () -> columns.csv(bad, List.of()));
        assertFalse(columns.checked(ok).failed());
    }

    private static RunRecord withDrawn(RunRecord r, double[] drawn) {
        return new RunRecord(r.seed(), r.outcome(), r.outcomeIndex(), r.peakRung(), r.endRung(), r.endDay(), r.firstDay(), drawn,
                r.sanctionsTier(), r.cohesion(), r.talkResults(), r.endForces(), r.rungByDay(), r.tensionByDay(), r.principalForcesByDay(), r.log());
    }

    @Test
    void typedCellsReplayToTheSameLine() {
        Scenario s = TestScenarios.fictional();
        Columns columns = new Columns(s, List.of("states.NOR.resolve"));
        Batch.Job job = Batch.of(s, 9);
        for (long i = 0; i < 20; i++) {
            Replication r = i == 7 ? job.run(i).failedWith("broke, \"badly\"") : job.run(i);
            Cells.Values values = new Cells.Values(columns.columns().size());
            columns.write(r, List.of("0.7"), values);
            Csv.Line again = new Csv.Line();
            Cells.replay(columns.columns(), values.values(), again);
            assertEquals(columns.csv(r, List.of("0.7")), again.toString());
        }
    }
}
