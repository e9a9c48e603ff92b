package brink.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inject files (brink run --inject FILE): a list of events in the scenario's event format, checked against the scenario. */
class InjectsTest {
    @TempDir
    Path dir;

    private final Scenario fictional = Loader.load(Fixtures.FICTIONAL);

    @Test
    void aYamlListOfEventsLoads() {
        Path f = Fixtures.writeText(dir, "inject.yaml", """
                # the instructor's surprise for syndicate B
                - id: border-clash
                  name: Border clash
                  date: "2030-03-12"
                  type: incident
                  participants: [NOR, SOU]
                  tension: 0.15
                - id: northland-reinforces
                  name: Northland moves a division up
                  date: "2030-03-14"
                  type: troop-movement
                  participants: [NOR]
                  state: NOR
                  forces: {dist: uniform, min: 5, max: 15}
                """);
        List<EventSpec> events = Loader.loadEvents(f, fictional);
        assertEquals(2, events.size());
        assertEquals(EventSpec.Type.INCIDENT, events.get(0).type());
        assertEquals(LocalDate.of(2030, 3, 12), events.get(0).date());
        assertTrue(events.get(1).forces().uncertain());
        Scenario with = fictional.withEvents(events);
        assertEquals(4, with.events().size());
        assertTrue(Uncertain.of(with).containsKey("events.northland-reinforces.forces"));
    }

    @Test
    void anObjectWithAnEventsListLoads() {
        Path f = Fixtures.writeText(dir, "inject.json", """
                {"events": [
                  {"id": "ultimatum", "name": "Ultimatum", "date": "2030-03-20", "type": "deadline", "participants": ["NOR"], "tension": 0.1}
                ]}
                """);
        assertEquals("ultimatum", Loader.loadEvents(f, fictional).get(0).id());
    }

    @Test
    void injectProblemsNameTheEvent() {
        Path f = Fixtures.writeText(dir, "inject.json", """
                [
                  {"id": "council", "name": "Again", "date": "2030-03-06", "type": "call", "participants": ["NOR"]},
                  {"id": "late", "name": "Too late", "date": "2030-06-01", "type": "incident", "participants": ["NOR", "ATLANTIS"]}
                ]
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Loader.loadEvents(f, fictional));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("events.council", "events.late.date", "events.late.participants.1")), e.getMessage());
        assertTrue(e.getMessage().contains("already used by the scenario"), e.getMessage());
        Problem duplicate = e.problems().stream().filter(p -> p.path().equals("events.council")).findFirst().orElseThrow();
        assertEquals(2, duplicate.line(), duplicate.toString());
    }

    @Test
    void injectProblemsInAnEventsObjectCarryTheirLines() {
        Path f = Fixtures.writeText(dir, "inject.json", """
                {"events": [
                  {"id": "ok", "name": "Fine", "date": "2030-03-06", "type": "call", "participants": ["NOR"]},
                  {"id": "late", "name": "Too late", "date": "2030-06-01", "type": "incident", "participants": ["NOR", "ATLANTIS"]}
                ]}
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Loader.loadEvents(f, fictional));
        Problem date = e.problems().stream().filter(p -> p.path().equals("events.late.date")).findFirst().orElseThrow();
        assertEquals(3, date.line(), date.toString());
        Problem who = e.problems().stream().filter(p -> p.path().equals("events.late.participants.1")).findFirst().orElseThrow();
        assertEquals(3, who.line(), who.toString());
    }

    @Test
    void injectStructureIsCheckedFirst() {
        Path f = Fixtures.writeText(dir, "inject.yaml", """
                - id: x
                  name: X
                  date: "2030-03-06"
                  type: incidnet
                  participants: [NOR]
                  tensoin: 0.2
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Loader.loadEvents(f, fictional));
        assertTrue(e.getMessage().contains("events.x.type: expected one of"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'incident'?"), e.getMessage());
        assertTrue(e.getMessage().contains("events.x.tensoin: unknown field, did you mean 'tension'?"), e.getMessage());
    }

    @Test
    void notAListIsAProblem() {
        Path f = Fixtures.writeText(dir, "inject.json", "{\"id\": \"x\"}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Loader.loadEvents(f, fictional));
        assertTrue(e.getMessage().contains("expected a list of events"), e.getMessage());
    }
}
