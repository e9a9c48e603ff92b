package brink.web;

import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classroom's API over real HTTP: who may act, what is refused and with which message, and that a refusal changes nothing. */
class WebApiTest {
    static final Path FICTIONAL = Path.of("src/test/resources/scenarios/fictional.json");

    @TempDir
    Path tmp;
    Server server;
    final HttpClient http = HttpClient.newHttpClient();
    String base, id, key, code, red, blue;

    record Answer(int status, JsonNode body, String text, HttpResponse<String> raw) {
        String error() {
            return body == null ? text : body.path("error").asText();
        }
    }

    static Server start(Path data, Path scenarios, int port) throws IOException {
        return Server.start(new Server.Config("127.0.0.1", port, data, scenarios, 1, Classroom.Limits.defaults()));
    }

    @BeforeEach
    void setUp() throws Exception {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(FICTIONAL, scenarios.resolve("fictional.json"));
        server = start(tmp.resolve("data"), scenarios, 0);
        base = "http://127.0.0.1:" + server.port();
        Answer a = send("POST", "/api/sessions", "{\"scenario\":\"fictional.json\",\"teams\":[\"NOR\",\"SOU\"],\"turnDays\":2,\"turnSeconds\":0,\"debriefRuns\":20}", null, null);
        assertEquals(201, a.status(), a.text());
        id = a.body().get("id").asText();
        key = a.body().get("key").asText();
        code = a.body().get("code").asText();
        red = join("NOR", "Red");
        blue = join("SOU", "Blue");
    }

    @AfterEach
    void tearDown() {
        if (server != null) server.close();
    }

    String join(String state, String name) throws Exception {
        Answer a = send("POST", "/api/join", "{\"code\":\"" + code.toLowerCase() + "\",\"state\":\"" + state + "\",\"name\":\"" + name + "\"}", null, null);
        assertEquals(200, a.status(), a.text());
        return a.body().get("token").asText();
    }

    Answer send(String method, String path, String body, String keyHeader, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (keyHeader != null) b.header("X-Brink-Key", keyHeader);
        if (token != null) b.header("X-Brink-Token", token);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode n = null;
        try {
            n = Loader.JSON.readTree(r.body());
        } catch (IOException e) {
            // not JSON (a page)
        }
        return new Answer(r.statusCode(), n, r.body(), r);
    }

    JsonNode instructorView() throws Exception {
        Answer a = send("GET", "/api/s/" + id + "/instructor", null, key, null);
        assertEquals(200, a.status(), a.text());
        return a.body();
    }

    @Test
    void aWrongOrMissingCredentialIsRefused() throws Exception {
        assertEquals(401, send("GET", "/api/s/" + id + "/instructor", null, null, null).status());
        Answer wrong = send("POST", "/api/s/" + id + "/start", "{}", "not-the-key", null);
        assertEquals(403, wrong.status());
        assertEquals("wrong instructor key for this session", wrong.error());
        assertEquals(403, send("POST", "/api/s/" + id + "/start", "{}", red, null).status(), "a team token is not the instructor's key");
        assertEquals("lobby", instructorView().get("status").asText(), "nothing started");

        assertEquals(401, send("GET", "/api/s/" + id + "/team", null, null, null).status());
        Answer bad = send("GET", "/api/s/" + id + "/team", null, null, "forged-token");
        assertEquals(403, bad.status());
        assertTrue(bad.error().contains("not valid for this session"), bad.error());
        assertEquals(403, send("GET", "/api/s/" + id + "/team", null, null, key).status(), "the key is not a team token");
        assertEquals(401, send("GET", "/debrief/" + id, null, null, null).status());
        assertEquals(403, send("GET", "/api/s/" + id + "/events?token=nope", null, null, null).status());
        assertEquals(404, send("GET", "/api/s/nope/instructor", null, key, null).status());

        // the right ones work: each team sees its own state only
        Answer mine = send("GET", "/api/s/" + id + "/team", null, null, red);
        assertEquals(200, mine.status());
        assertEquals("NOR", mine.body().get("state").asText());
        assertEquals("SOU", send("GET", "/api/s/" + id + "/team", null, null, blue).body().get("state").asText());
        // a state already taken cannot be joined again
        Answer again = send("POST", "/api/join", "{\"code\":\"" + code + "\",\"state\":\"NOR\",\"name\":\"Thief\"}", null, null);
        assertEquals(409, again.status());
        assertTrue(again.error().contains("already taken by team Red"), again.error());
    }

    @Test
    void aTeamsMoveForAnotherStateIsRefused() throws Exception {
        assertEquals(200, send("POST", "/api/s/" + id + "/start", "{}", key, null).status());
        int version = instructorView().get("version").asInt();
        Answer a = send("POST", "/api/s/" + id + "/orders", "{\"state\":\"SOU\",\"action\":\"hold\"}", null, red);
        assertEquals(403, a.status());
        assertEquals("your team plays NOR, not SOU: a team gives orders only for its own state", a.error());
        JsonNode v = instructorView();
        assertEquals(0, v.get("orders").size(), "no order was recorded");
        assertEquals(version, v.get("version").asInt(), "nothing changed");
    }

    /**
     * The downloaded debrief of a whole seed crisis with two teams stays small and self-contained. Measured on
     * this test (Russia and Germany, the crisis played to its end in 14-day turns, the model's 40 runs): 366,894
     * bytes, of which each team's chart is ~145 KB of base64 PNG. Before, the charts were JFreeSVG, which writes each
     * of the heat map's ~2,400 cells as an element: ~490 KB a chart, ~1.0 MB a debrief. The bound, 450,000 bytes,
     * is ~23% above the measured size: room for a longer narrative, not for a chart back in the old form.
     */
    @Test
    void theDownloadedDebriefIsSmallAndSelfContained() throws Exception {
        Files.copy(Path.of("scenarios", "nato-russia-2022-01.json"), tmp.resolve("scenarios").resolve("nato-russia-2022-01.json"));
        Answer a = send("POST", "/api/sessions", "{\"scenario\":\"nato-russia-2022-01.json\",\"teams\":[\"RUS\",\"DEU\"],\"turnDays\":14,\"turnSeconds\":0,\"debriefRuns\":40}", null, null);
        assertEquals(201, a.status(), a.text());
        String sid = a.body().get("id").asText(), skey = a.body().get("key").asText();
        assertEquals(200, send("POST", "/api/s/" + sid + "/start", "{}", skey, null).status());
        for (int turn = 0; turn < 20 && !send("GET", "/api/s/" + sid + "/instructor", null, skey, null).body().get("status").asText().equals("ended"); turn++) {
            send("POST", "/api/s/" + sid + "/advance", "{}", skey, null);
        }
        send("POST", "/api/s/" + sid + "/end", "{}", skey, null);
        Answer d = null;
        for (int i = 0; i < 300; i++) {
            d = send("GET", "/debrief/" + sid + "?download=1", null, skey, null);
            if (d.status() != 409) break;
            Thread.sleep(200);
        }
        assertEquals(200, d.status(), d.text());
        String html = d.text();
        int bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.out.printf("debrief of the seed, two teams: %,d bytes%n", bytes);
        assertTrue(bytes < 450_000, "the debrief is " + bytes + " bytes; the bound is 450,000");
        assertTrue(html.contains("id=\"headline\"") && html.contains("Questions for the debrief"), "the debrief itself");
        // self-contained and offline: no script, no stylesheet or image from elsewhere
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=[\"']?(https?:|//).*"), "nothing loaded from a network");
        assertFalse(html.contains("<link") || html.contains("@import") || html.contains("url(http"), "no outside stylesheet or font");
        // each team's chart once, as a PNG that decodes at its design size
        var m = java.util.regex.Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        java.util.Set<String> charts = new java.util.HashSet<>();
        while (m.find()) {
            assertTrue(charts.add(m.group(1)), "no chart embedded twice");
            var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(m.group(1))));
            assertEquals(DebriefPage.CHART_WIDTH, img.getWidth());
            assertEquals(DebriefPage.CHART_HEIGHT, img.getHeight());
        }
        assertEquals(2, charts.size(), "one chart per team");
        assertFalse(html.contains("src=\"http") || html.matches("(?s).*<img(?![^>]*data:image/png).*"), "every image is embedded");
    }

    @Test
    void theTeamPageShowsTheModelsOwnReasonForEachLockedMove() throws Exception {
        assertEquals(200, send("POST", "/api/s/" + id + "/start", "{}", key, null).status());
        for (int turn = 0; turn < 3; turn++) {
            for (String[] team : new String[][]{{"NOR", red}, {"SOU", blue}}) {
                JsonNode view = send("GET", "/api/s/" + id + "/team", null, null, team[1]).body();
                var game = server.session(id).game;
                var state = game.state(team[0]);
                java.util.Map<String, String> shown = new java.util.HashMap<>();
                for (JsonNode l : view.get("locked")) shown.put(l.get("id").asText(), l.get("reason").asText());
                int closed = 0;
                for (int i = 0; i < state.actions.length; i++) {
                    String model = brink.model.decide.Locks.reason(game.model().world, state, i);
                    if (model == null) continue;
                    closed++;
                    assertEquals(model, shown.get(state.actions[i].id()), "day " + view.get("day") + ", " + team[0] + " '" + state.actions[i].id() + "'");
                }
                assertEquals(closed, shown.size(), "every locked move, and only those, with the model's reason: " + shown);
                if (team[0].equals("NOR")) assertTrue(closed > 0, "Northland has locked moves (a strike waits for rung 6)");
            }
            assertEquals(200, send("POST", "/api/s/" + id + "/orders", "{\"state\":\"NOR\",\"action\":\"build-up\"}", null, red).status());
            assertEquals(200, send("POST", "/api/s/" + id + "/orders", "{\"state\":\"SOU\",\"action\":\"hold\"}", null, blue).status());
        }
    }

    @Test
    void malformedMovesGetClearErrorsAndChangeNothing() throws Exception {
        assertEquals(200, send("POST", "/api/s/" + id + "/start", "{}", key, null).status());
        int version = instructorView().get("version").asInt();
        String o = "/api/s/" + id + "/orders";
        Answer notJson = send("POST", o, "{\"state\":\"NOR\",", null, red);
        assertEquals(400, notJson.status());
        assertTrue(notJson.error().startsWith("malformed JSON"), notJson.error());
        Answer missing = send("POST", o, "{\"state\":\"NOR\"}", null, red);
        assertEquals(400, missing.status());
        assertEquals("action: required", missing.error());
        Answer wrongType = send("POST", o, "{\"state\":\"NOR\",\"action\":7}", null, red);
        assertEquals("action: expected text", wrongType.error());
        Answer unknown = send("POST", o, "{\"state\":\"NOR\",\"action\":\"fly-to-the-moon\"}", null, red);
        assertEquals(400, unknown.status());
        assertEquals("'fly-to-the-moon' is not an action of Northland", unknown.error());
        Answer locked = send("POST", o, "{\"state\":\"NOR\",\"action\":\"strike\"}", null, red);
        assertEquals(400, locked.status());
        assertTrue(locked.error().startsWith("'strike' is not open to Northland today: the crisis must first reach rung 6"), locked.error());
        Answer alliance = send("POST", o, "{\"state\":\"NOR\",\"action\":\"hold\",\"alliance\":\"impose\"}", null, red);
        assertEquals("Northland leads no alliance with sanctions", alliance.error());
        Answer array = send("POST", o, "[1,2]", null, red);
        assertEquals("expected a JSON object", array.error());
        JsonNode v = instructorView();
        assertEquals(0, v.get("orders").size());
        assertEquals(version, v.get("version").asInt(), "nothing changed");
        assertEquals(0, v.get("day").asInt());

        // a good order is taken; the turn is played when both teams have ordered
        assertEquals(200, send("POST", o, "{\"state\":\"NOR\",\"action\":\"hold\"}", null, red).status());
        assertEquals(200, send("POST", o, "{\"state\":\"SOU\",\"action\":\"hold\"}", null, blue).status());
        assertEquals(2, instructorView().get("day").asInt());
    }

    @Test
    void anOversizedUploadAndAnInvalidScenarioGetClearErrorsAndChangeNothing() throws Exception {
        int before = server.sessions();
        String big = "{\"upload\":\"" + "x".repeat(1_200_000) + "\",\"uploadName\":\"big.json\",\"teams\":[\"NOR\"]}";
        Answer tooBig = send("POST", "/api/sessions", big, null, null);
        assertEquals(413, tooBig.status(), tooBig.text());
        assertTrue(tooBig.error().matches("the request is 1,17\\d KB; the limit is 1,088 KB \\(scenario uploads up to 1,024 KB\\)"), tooBig.error());

        String doc = Files.readString(FICTIONAL).replace("\"horizonDays\": 60", "\"horizonDays\": -5");
        assertFalse(doc.equals(Files.readString(FICTIONAL)), "the test breaks the scenario");
        String body = Loader.JSON.writeValueAsString(Loader.JSON.createObjectNode().put("upload", doc).put("uploadName", "../../etc/mine.json")
                .set("teams", Loader.JSON.createArrayNode().add("NOR")));
        Answer invalid = send("POST", "/api/sessions", body, null, null);
        assertEquals(400, invalid.status(), invalid.text());
        assertTrue(invalid.error().startsWith("mine.json:"), "names the file (its name only): " + invalid.error());
        assertTrue(invalid.error().contains("horizonDays"), invalid.error());
        assertTrue(invalid.error().matches("mine\\.json:\\d+:\\d+: .*"), "with line and column: " + invalid.error());
        // a sanctions event that names only a state cannot impose anything: refused, with the field's path
        String stateSanctions = Files.readString(FICTIONAL).replaceFirst("\"type\": \"meeting\"", "\"type\": \"sanctions\"").replace("\"participants\": [\"PACT\"]", "\"participants\": [\"WES\"]");
        assertTrue(stateSanctions.contains("\"participants\": [\"WES\"]") && stateSanctions.contains("\"type\": \"sanctions\""), "the test changes the event");
        Answer noEffect = send("POST", "/api/sessions", Loader.JSON.writeValueAsString(Loader.JSON.createObjectNode().put("upload", stateSanctions).put("uploadName", "embargo.json")
                .set("teams", Loader.JSON.createArrayNode().add("NOR"))), null, null);
        assertEquals(400, noEffect.status(), noEffect.text());
        assertTrue(noEffect.error().matches("(?s)embargo\\.json:\\d+:\\d+: events\\.ministers\\.participants: a sanctions event imposes its tier only through .*Western Pact \\(PACT\\).*"), noEffect.error());
        Answer garbage = send("POST", "/api/scenarios/check", "{\"name\":\"x.json\",\"text\":\"{ not json\"}", null, null);
        assertEquals(400, garbage.status());
        assertTrue(garbage.error().contains("malformed JSON"), garbage.error());
        Answer badTeams = send("POST", "/api/sessions", "{\"scenario\":\"fictional.json\",\"teams\":[\"EAS\"]}", null, null);
        assertEquals(400, badTeams.status());
        assertTrue(badTeams.error().contains("'EAS' is not a state with moves"), badTeams.error());
        Answer noFile = send("POST", "/api/sessions", "{\"scenario\":\"../pom.xml\",\"teams\":[\"NOR\"]}", null, null);
        assertEquals("no shipped scenario '../pom.xml'", noFile.error());
        assertEquals(before, server.sessions(), "no session was created");

        // an injected event is checked like --inject
        assertEquals(200, send("POST", "/api/s/" + id + "/start", "{}", key, null).status());
        Answer inj = send("POST", "/api/s/" + id + "/inject", "{\"name\":\"x\",\"type\":\"talks\",\"day\":1,\"participants\":[\"NOR\",\"ATLANTIS\"]}", key, null);
        assertEquals(400, inj.status());
        assertTrue(inj.error().contains("ATLANTIS"), inj.error());
        // sanctions from a state would only add tension: refused, naming the alliance that can impose them
        Answer fromState = send("POST", "/api/s/" + id + "/inject", "{\"name\":\"x\",\"type\":\"sanctions\",\"day\":1,\"tier\":1,\"participants\":[\"WES\"]}", key, null);
        assertEquals(400, fromState.status());
        assertTrue(fromState.error().contains("participants: a sanctions event imposes its tier only through a participating alliance with the sanctions instrument")
                && fromState.error().contains("Western Pact (PACT)"), fromState.error());
        assertEquals(0, instructorView().get("decisions").size(), "no inject went in");
    }

    @Test
    void theJournalRebuildsTheSessionAfterARestartAndExportsWithoutPaths() throws Exception {
        assertEquals(200, send("POST", "/api/s/" + id + "/start", "{}", key, null).status());
        assertEquals(200, send("POST", "/api/s/" + id + "/orders", "{\"state\":\"NOR\",\"action\":\"build-up\"}", null, red).status());
        assertEquals(200, send("POST", "/api/s/" + id + "/orders", "{\"state\":\"SOU\",\"action\":\"warn\"}", null, blue).status());
        assertEquals(200, send("POST", "/api/s/" + id + "/inject", "{\"name\":\"Border shots\",\"type\":\"incident\",\"day\":3,\"participants\":[\"NOR\",\"SOU\"],\"tension\":0.2}",
                key, null).status());
        assertEquals(200, send("POST", "/api/s/" + id + "/orders", "{\"state\":\"NOR\",\"action\":\"demand\"}", null, red).status());
        JsonNode before = instructorView();
        JsonNode teamBefore = send("GET", "/api/s/" + id + "/team", null, null, red).body();
        int port = server.port();
        server.close();
        server = start(tmp.resolve("data"), tmp.resolve("scenarios"), port);
        JsonNode after = instructorView();
        assertEquals(before.get("day"), after.get("day"));
        assertEquals(before.get("tension"), after.get("tension"));
        assertEquals(before.get("news"), after.get("news"));
        assertEquals(before.get("orders"), after.get("orders"), "the order given before the restart is kept");
        assertEquals(before.get("decisions"), after.get("decisions"));
        assertEquals("paused", after.get("status").asText(), "a running session comes back paused");
        JsonNode teamAfter = send("GET", "/api/s/" + id + "/team", null, null, red).body();
        assertEquals(teamBefore.get("briefing"), teamAfter.get("briefing"), "the team's token still works, its briefing is the same");

        Answer export = send("GET", "/api/s/" + id + "/export", null, key, null);
        assertEquals(200, export.status());
        assertTrue(export.raw().headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertFalse(export.text().contains(tmp.toString()), "no machine path in the export");
        assertFalse(export.text().contains(red) || export.text().contains(key), "no token or key in the export");
        Answer imported = send("POST", "/api/sessions/import", export.text(), null, null);
        assertEquals(201, imported.status(), imported.text());
        String id2 = imported.body().get("id").asText(), key2 = imported.body().get("key").asText();
        JsonNode copy = send("GET", "/api/s/" + id2 + "/instructor", null, key2, null).body();
        assertEquals(before.get("day"), copy.get("day"));
        assertEquals(before.get("tension"), copy.get("tension"));
        assertEquals(before.get("news"), copy.get("news"));
        assertEquals(List.of("Red", "Blue"), List.of(copy.get("teams").get(0).get("name").asText(), copy.get("teams").get(1).get("name").asText()));
        assertFalse(copy.get("teams").get(0).get("joined").asBoolean(), "imported teams join again with the new code");
        assertNotNull(imported.body().get("code"));
        assertEquals(403, send("GET", "/api/s/" + id2 + "/team", null, null, red).status(), "old tokens do not open the imported session");
    }
}
