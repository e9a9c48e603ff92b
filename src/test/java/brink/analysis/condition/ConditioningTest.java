package brink.analysis.condition;

import brink.TestScenarios;
import brink.analysis.Cli;
import brink.montecarlo.Batch;
import brink.scenario.Loader;
import brink.scenario.Observation;
import brink.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forecasts given what was observed: the acceptance tests of the particle filter, through the command line. */
class ConditioningTest {
    static final String FICTIONAL = TestScenarios.FICTIONAL.toString();

    static Path observations(Path dir, String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    @Test
    void observationsThatHoldInEveryRunChangeNothing(@TempDir Path tmp) throws Exception {
        Path obs = observations(tmp, "always.json", """
                {"observations": [{"date": "2030-03-20", "kind": "forces", "state": "NOR", "min": 0, "max": 1000000},
                                  {"date": "2030-04-10", "kind": "rung", "min": 0}]}""");
        Cli.Out plain = Cli.brink("run", FICTIONAL, "--runs", "120", "--seed", "3", "--no-charts", "--quiet", "--out", tmp.resolve("plain").toString());
        Cli.Out given = Cli.brink("run", FICTIONAL, "--runs", "120", "--seed", "3", "--given", obs.toString(), "--no-charts", "--out", tmp.resolve("given").toString());
        assertEquals(0, plain.code(), plain.all());
        assertEquals(0, given.code(), given.all());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("plain/runs.csv")), Files.readAllBytes(tmp.resolve("given/runs.csv")));
        assertTrue(given.out().contains("120 of 120 runs agree (effective sample size 120"), given.out());
        JsonNode c = Loader.JSON.readTree(tmp.resolve("given/conditioning.json").toFile());
        assertEquals(2, c.get("stages").size());
        assertEquals(120, c.get("stages").get(0).get("ess").asInt());
    }

    @Test
    void anObservationThatFixesTheOutcomeGivesItProbabilityOne(@TempDir Path tmp) throws Exception {
        // outcome classes: 'high' whenever the crisis ever stood on rung r or above, 'low' otherwise
        Path scenario = Cli.fictional(tmp, "two-classes.json", t -> {
            try {
                t.set("outcomes", Loader.JSON.readTree("""
                        [{"id": "high", "name": "High", "rung": 5, "peakRungAtLeast": 5}, {"id": "low", "name": "Low", "rung": 0}]"""));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Cli.Out plain = Cli.brink("run", scenario.toString(), "--runs", "100", "--seed", "3", "--no-charts", "--quiet", "--out", tmp.resolve("plain").toString());
        assertEquals(0, plain.code(), plain.all());
        // a day on which some run of the plain batch first reached rung 5: that run stands on rung 5 or above then
        List<String> rows = Files.readAllLines(tmp.resolve("plain/runs.csv"));
        int col = List.of(rows.get(0).split(",")).indexOf("day_rung_5");
        String day = rows.stream().skip(1).map(l -> l.split(",", -1)[col]).filter(x -> !x.isEmpty()).findFirst().orElseThrow(
                () -> new AssertionError("no run of the fictional scenario reached rung 5"));
        long high = rows.stream().skip(1).filter(l -> l.split(",", -1)[2].equals("high")).count();
        assertTrue(high < 100, "the observation must matter: " + high + " of 100 runs are high without it");
        LocalDate date = LocalDate.parse("2030-03-01").plusDays(Long.parseLong(day));
        Path obs = observations(tmp, "high.json", "[{\"date\": \"" + date + "\", \"kind\": \"rung\", \"min\": 5}]");
        Cli.Out given = Cli.brink("run", scenario.toString(), "--runs", "100", "--seed", "3", "--given", obs.toString(), "--no-charts", "--out", tmp.resolve("given").toString());
        assertEquals(0, given.code(), given.all());
        JsonNode summary = Loader.JSON.readTree(tmp.resolve("given/summary.json").toFile());
        assertEquals("high", summary.get("outcomes").get(0).get("id").asText());
        assertEquals(1.0, summary.get("outcomes").get(0).get("probability").asDouble(), 1e-12);
        assertTrue(given.out().contains("resampled to 100"), given.out());
        assertTrue(Files.readString(tmp.resolve("given/particles.csv")).contains("; day " + day + ": "), "copies carry their re-seeding recipe");
    }

    @Test
    void aCollapseIsAnErrorWithAdvice(@TempDir Path tmp) throws Exception {
        Path obs = observations(tmp, "impossible.json", "[{\"date\": \"2030-03-10\", \"kind\": \"forces\", \"state\": \"NOR\", \"min\": 1000000}]");
        Cli.Out r = Cli.brink("run", FICTIONAL, "--runs", "50", "--given", obs.toString(), "--no-charts", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("none of the 50 runs agrees") && r.err().contains("Try: more runs"), r.err());
        assertTrue(!Files.exists(tmp.resolve("x")));
        Path bad = observations(tmp, "bad.json", "[{\"date\": \"2030-03-10\", \"kind\": \"forces\", \"state\": \"XXX\", \"min\": 1}]");
        Cli.Out b = Cli.brink("run", FICTIONAL, "--runs", "5", "--given", bad.toString(), "--no-charts", "--out", tmp.resolve("y").toString());
        assertEquals(2, b.code());
        assertTrue(b.err().contains("XXX") && b.err().contains("bad.json"), b.err());
    }

    @Test
    void aForecastThatCollapsesShowsTheDatesBeforeAndNamesTheDay(@TempDir Path tmp) throws Exception {
        Path obs = observations(tmp, "late.json", """
                [{"date": "2030-03-05", "kind": "forces", "state": "NOR", "min": 0, "max": 1000000},
                 {"date": "2030-03-10", "kind": "forces", "state": "NOR", "min": 1000000}]""");
        Cli.Out r = Cli.brink("forecast", FICTIONAL, "--given", obs.toString(), "--dates", "2030-03-01,2030-03-20", "--runs", "40", "--no-charts",
                "--out", tmp.resolve("f").toString());
        assertEquals(2, r.code(), r.all());
        // the rows: the first date asked for, and the last day whose observations the runs reproduced (not asked for, but the furthest the forecast goes)
        assertTrue(r.out().contains("Forecast as of each date") && r.out().contains("  2030-03-01 ") && r.out().contains("  2030-03-05 "), r.out());
        assertTrue(r.out().contains("2030-03-10  no forecast: none of the 40 runs reproduced"), r.out());
        assertTrue(!r.out().contains("  2030-03-20 "), r.out());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error:")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).contains("none of the 40 runs agrees with what was observed on 2030-03-10") && errors.get(0).contains("NOR")
                && errors.get(0).contains("goes as far as 2030-03-05") && errors.get(0).contains("nothing was written"), errors.get(0));
        assertTrue(!Files.exists(tmp.resolve("f")));
        // collapsing on the first observation: no row but the start, and the error says there is no forecast before it
        Path first = observations(tmp, "first.json", "[{\"date\": \"2030-03-10\", \"kind\": \"forces\", \"state\": \"NOR\", \"min\": 1000000}]");
        Cli.Out q = Cli.brink("forecast", FICTIONAL, "--given", first.toString(), "--dates", "2030-03-20", "--runs", "20", "--no-charts", "--quiet",
                "--out", tmp.resolve("g").toString());
        assertEquals(2, q.code(), q.all());
        assertTrue(q.err().contains("No date before it has a forecast"), q.err());
        assertTrue(!Files.exists(tmp.resolve("g")));
    }

    @Test
    void theFilterGivesTheSameRunsOnOneOrTwoThreads() {
        Scenario s = TestScenarios.fictional();
        List<Observation> obs = List.of(new Observation(LocalDate.parse("2030-03-15"), Observation.Kind.NO_FORCE, null, null, null, null, null, null, null, null, null, null));
        List<String> recipes = null;
        for (int threads : new int[]{1, 2}) {
            ParticleFilter f = new ParticleFilter(s, obs, 11, 60);
            try (Batch b = new Batch(threads)) {
                f.assimilateThrough(Integer.MAX_VALUE, b, k -> { });
            }
            List<String> r = f.particles().stream().map(Particle::recipe).toList();
            if (recipes != null) assertEquals(recipes, r);
            recipes = r;
            assertEquals(1, f.stages().size());
        }
        ParticleFilter none = new ParticleFilter(s, List.of(new Observation(LocalDate.parse("2030-03-02"), Observation.Kind.FORCES, "NOR", null, null, 1e9, null,
                null, null, null, null, null)), 11, 10);
        try (Batch b = new Batch(1)) {
            ParticleFilter.Collapse c = assertThrows(ParticleFilter.Collapse.class, () -> none.assimilateThrough(Integer.MAX_VALUE, b, k -> { }));
            assertEquals(0, c.stage.ess());
        }
    }

    @Test
    void forecastMovesFromDateToDate(@TempDir Path tmp) throws Exception {
        Path obs = observations(tmp, "seen.json", "[{\"date\": \"2030-03-15\", \"kind\": \"no-force\"}]");
        Cli.Out r = Cli.brink("forecast", FICTIONAL, "--given", obs.toString(), "--dates", "2030-03-01,2030-03-20", "--runs", "80", "--out", tmp.resolve("f").toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Forecast as of each date") && r.out().contains("2030-03-20"), r.out());
        List<String> csv = Files.readAllLines(tmp.resolve("f/forecast.csv"));
        int k = TestScenarios.fictional().outcomes().size();
        assertEquals(1 + 2 * k, csv.size());
        double first = 0, second = 0;
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",");
            if (c[0].equals("2030-03-01")) first += Double.parseDouble(c[3]);
            else second += Double.parseDouble(c[3]);
        }
        assertEquals(1, first, 1e-9);
        assertEquals(1, second, 1e-9);
        assertTrue(Files.size(tmp.resolve("f/forecast.png")) > 1000);
    }
}
