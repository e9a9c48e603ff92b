package brink.analysis.score;

import brink.analysis.Cli;
import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** brink score as an analyst runs it: batches of a scenario with a record, scored one by one and together. */
class ScoreCliTest {
    @Test
    void scoresABatchAgainstItsScenariosRecordAndPoolsReliability(@TempDir Path tmp) throws Exception {
        Path scenario = Cli.fictional(tmp, "with-record.json", t -> {
            try {
                t.set("record", Loader.JSON.readTree("""
                        {"summary": "NOR took the strip.", "outcome": "incursion", "severity": "serious-clashes", "termination": "none",
                         "firstForceDate": "2030-03-10", "results": {"NOR": "victory"}}"""));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String start = Loader.JSON.readTree(scenario.toFile()).get("startDate").asText();
        assertTrue(start.compareTo("2030-03-10") < 0, "the record's date lies in the horizon: " + start);
        for (String name : List.of("a", "b")) {
            Cli.Out r = Cli.brink("run", scenario.toString(), "--runs", "60", "--seed", name.equals("a") ? "1" : "2", "--no-charts", "--quiet",
                    "--out", tmp.resolve(name).toString());
            assertEquals(0, r.code(), r.all());
        }
        Cli.Out one = Cli.brink("score", tmp.resolve("a").toString());
        assertEquals(0, one.code(), one.all());
        assertTrue(one.out().contains("incursion: ") && one.out().contains("Brier"), one.out());
        assertTrue(one.out().contains("severity") || one.out().contains("not scored: severity"), one.out());
        List<String> rows = Files.readAllLines(tmp.resolve("a/score/scores.csv"));
        assertEquals(2, rows.size());
        assertTrue(Files.size(tmp.resolve("a/score/reliability.png")) > 1000);
        assertTrue(Files.readString(tmp.resolve("a/score/reliability.svg")).contains("<svg"));
        JsonNode json = Loader.JSON.readTree(tmp.resolve("a/score/scores.json").toFile());
        double p = json.get("batches").get(0).get("scores").get("outcomeProbability").asDouble();
        double brier = json.get("batches").get(0).get("scores").get("brier").asDouble();
        assertTrue(brier >= (1 - p) * (1 - p) - 1e-9 && brier <= 2, "Brier includes the miss on the class that happened");

        Cli.Out again = Cli.brink("score", tmp.resolve("a").toString());
        assertEquals(2, again.code(), "scores are never overwritten");
        assertTrue(again.err().contains("already exists"), again.err());

        Cli.Out both = Cli.brink("score", tmp.resolve("a").toString(), tmp.resolve("b").toString(), "--out", tmp.resolve("both").toString(), "--no-charts");
        assertEquals(0, both.code(), both.all());
        assertTrue(both.out().contains("Mean over 2 batches"), both.out());
        assertEquals(3, Files.readAllLines(tmp.resolve("both/scores.csv")).size());
        assertTrue(Files.readAllLines(tmp.resolve("both/reliability.csv")).size() > 1);
    }

    @Test
    void aScenarioWithoutARecordIsABadInputThatSaysWhatToAdd(@TempDir Path tmp) {
        Cli.Out r = Cli.brink("run", brink.TestScenarios.FICTIONAL.toString(), "--runs", "5", "--no-charts", "--quiet", "--out", tmp.resolve("a").toString());
        assertEquals(0, r.code(), r.all());
        Cli.Out s = Cli.brink("score", tmp.resolve("a").toString());
        assertEquals(2, s.code());
        assertTrue(s.err().contains("no record") && s.err().contains("Record of what happened"), s.err());
        Cli.Out none = Cli.brink("score", tmp.resolve("nothing").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("not a results folder"), none.err());
    }
}
