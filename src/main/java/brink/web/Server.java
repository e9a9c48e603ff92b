package brink.web;

import brink.play.Game;
import brink.scenario.Loader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code brink serve}: the web classroom on an embedded Javalin (Jetty) server. Pages, scripts and styles come from
 * the jar ({@code /web}); the JSON API below them is the only way in. The instructor acts with the session's key (a
 * secret link), a team with its token (given when it joins with the code); every request is checked before it reaches
 * the session, which journals it before acting. Live updates go out as server-sent events: each change sends the
 * session's new version and every screen fetches its view again, so all screens show the same day.
 */
public final class Server implements AutoCloseable {
    private final Classroom classroom;
    private final Javalin app;
    private final Map<String, List<SseClient>> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pinger;
    private final int maxBody;

    /** Where the server keeps its data and finds its scenarios, and its limits. */
    public record Config(String host, int port, Path data, Path scenarios, int threads, Classroom.Limits limits) {
        public static Config of(String host, int port, Path data, Path scenarios, int threads) {
            return new Config(host, port, data, scenarios, threads, Classroom.Limits.defaults());
        }
    }

    private Server(Config cfg) throws IOException {
        this.classroom = new Classroom(cfg.data(), cfg.scenarios(), cfg.limits(), cfg.threads(), this::broadcast);
        this.maxBody = cfg.limits().maxUploadBytes() + 64 * 1024;
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = maxBody;
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/assets";
                sf.directory = "/web/assets";
                sf.location = Location.CLASSPATH;
            });
        });
        routes();
        pinger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "brink-sse-ping");
            t.setDaemon(true);
            return t;
        });
        pinger.scheduleAtFixedRate(this::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** Starts a server; {@code port} 0 takes a free port. */
    public static Server start(Config cfg) throws IOException {
        Server s = new Server(cfg);
        try {
            s.app.start(cfg.host(), cfg.port());
        } catch (RuntimeException e) {
            s.close();
            throw new IOException("cannot listen on " + cfg.host() + ":" + cfg.port() + ": " + rootMessage(e), e);
        }
        return s;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }

    public int port() {
        return app.port();
    }

    public int sessions() {
        return classroom.size();
    }

    /** A session by id, or null (for the package's tests: what the pages show against the game itself). */
    Session session(String id) {
        return classroom.get(id);
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        try {
            app.stop();
        } finally {
            classroom.close();
        }
    }

    // ------------------------------------------------------------------ routes

    private void routes() {
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'");
            ctx.header("Cache-Control", "no-store");
        });
        app.exception(Problem.class, (e, ctx) -> error(ctx, e.status, e.getMessage(), null));
        app.exception(Classroom.Invalid.class, (e, ctx) -> error(ctx, 400, e.problems.size() == 1 ? e.problems.get(0) : e.problems.size() + " problems", e.problems));
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("brink serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "Brink's own fault: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), null);
        });

        page("/", "index.html");
        page("/new", "new.html");
        page("/instructor/{id}", "instructor.html");
        page("/team", "team.html");
        page("/team/{id}", "team.html");

        app.get("/api/scenarios", ctx -> json(ctx, classroom.shipped()));
        app.post("/api/scenarios/check", ctx -> {
            JsonNode b = body(ctx);
            Classroom.Checked c = classroom.upload(text(b, "name", 200), text(b, "text", Integer.MAX_VALUE));
            json(ctx, scenarioInfo(c));
        });
        app.post("/api/sessions", ctx -> {
            JsonNode b = body(ctx);
            Classroom.Checked c = b.hasNonNull("upload") ? classroom.upload(text(b, "uploadName", 200), text(b, "upload", Integer.MAX_VALUE))
                    : classroom.shippedScenario(required(b, "scenario", 200));
            List<String> teams = new ArrayList<>();
            if (!b.path("teams").isArray()) throw new Problem(400, "teams: expected a list of state ids");
            for (JsonNode t : b.get("teams")) teams.add(t.asText());
            Session.Settings settings = new Session.Settings(integer(b, "turnDays", 7), integer(b, "turnSeconds", 300), text(b, "onTimeout", 10) == null ? "model"
                    : text(b, "onTimeout", 10), b.path("seed").canConvertToLong() ? b.path("seed").asLong() : 20220107L, integer(b, "debriefRuns", 200),
                    b.path("hints").asBoolean(false));
            Classroom.Created created = classroom.create(c, teams, settings);
            ctx.status(201);
            json(ctx, createdView(created));
        });
        app.post("/api/sessions/import", ctx -> {
            Classroom.Created created = classroom.importFile(body(ctx));
            ctx.status(201);
            json(ctx, createdView(created));
        });

        // the instructor
        app.get("/api/s/{id}/instructor", ctx -> json(ctx, instructor(ctx).instructorView()));
        app.post("/api/s/{id}/start", ctx -> act(ctx, Session::start));
        app.post("/api/s/{id}/pause", ctx -> act(ctx, Session::pause));
        app.post("/api/s/{id}/resume", ctx -> act(ctx, Session::resume));
        app.post("/api/s/{id}/advance", ctx -> act(ctx, s -> s.advance("the instructor advanced the turn")));
        app.post("/api/s/{id}/end", ctx -> act(ctx, Session::end));
        app.post("/api/s/{id}/inject", ctx -> {
            Session s = instructor(ctx);
            var e = classroom.event(s, body(ctx));
            s.inject(e);
            json(ctx, Loader.JSON.createObjectNode().put("ok", true).put("id", e.id()).put("date", e.date().toString()));
        });
        app.post("/api/s/{id}/forecast", ctx -> {
            Session s = instructor(ctx);
            JsonNode b = body(ctx);
            int runs = integer(b, "runs", 200);
            if (runs < 10 || runs > classroom.limits.maxForecastRuns()) throw new Problem(400, "runs: 10 to " + classroom.limits.maxForecastRuns() + ", got " + runs);
            s.forecast(runs);
            json(ctx, Loader.JSON.createObjectNode().put("ok", true));
        });
        app.get("/api/s/{id}/export", ctx -> {
            Session s = instructor(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"brink-session-" + s.id + ".json\"");
            json(ctx, s.export());
        });
        app.delete("/api/s/{id}", ctx -> {
            Session s = instructor(ctx);
            classroom.delete(s);
            json(ctx, Loader.JSON.createObjectNode().put("ok", true));
        });

        // teams
        app.get("/api/join/{code}", ctx -> {
            Session s = classroom.byCode(ctx.pathParam("code"));
            ObjectNode v = Loader.JSON.createObjectNode().put("session", s.id).put("title", s.scenario.title()).put("status", s.status.name().toLowerCase(Locale.ROOT));
            ArrayNode free = v.putArray("free");
            for (String st : s.freeStates()) free.addObject().put("id", st).put("name", s.game.stateName(st));
            json(ctx, v);
        });
        app.post("/api/join", ctx -> {
            JsonNode b = body(ctx);
            Session s = classroom.byCode(required(b, "code", 20));
            String name = required(b, "name", 200).strip();
            if (name.isEmpty() || name.length() > 40 || name.chars().anyMatch(Character::isISOControl)) {
                throw new Problem(400, "team name: 1 to 40 characters, no control characters");
            }
            String token = s.join(required(b, "state", 40), name, classroom.limits.maxTeams());
            json(ctx, Loader.JSON.createObjectNode().put("session", s.id).put("state", b.get("state").asText()).put("token", token));
        });
        app.get("/api/s/{id}/team", ctx -> {
            Session s = classroom.get(ctx.pathParam("id"));
            json(ctx, s.teamView(team(ctx, s)));
        });
        app.post("/api/s/{id}/orders", ctx -> {
            Session s = classroom.get(ctx.pathParam("id"));
            String mine = team(ctx, s);
            JsonNode b = body(ctx);
            String state = required(b, "state", 40);
            if (!state.equals(mine)) throw new Problem(403, "your team plays " + mine + ", not " + state + ": a team gives orders only for its own state");
            String action = required(b, "action", 80);
            String alliance = text(b, "alliance", 20);
            s.order(mine, new Game.Order(action, alliance == null || alliance.isEmpty() ? null : alliance));
            json(ctx, Loader.JSON.createObjectNode().put("ok", true));
        });

        // both
        app.get("/debrief/{id}", ctx -> {
            Session s = classroom.get(ctx.pathParam("id"));
            if (!isInstructor(ctx, s)) team(ctx, s);
            String html;
            synchronized (s) {
                html = s.debriefHtml;
            }
            if (html == null) throw new Problem(409, s.status == Session.Status.ENDED ? "the debrief is being computed: try again in a moment" : "the debrief comes when the game is over");
            if ("1".equals(ctx.queryParam("download"))) ctx.header("Content-Disposition", "attachment; filename=\"brink-debrief-" + s.id + ".html\"");
            ctx.contentType("text/html; charset=utf-8").result(html);
        });
        app.before("/api/s/{id}/events", ctx -> {
            Session s = classroom.get(ctx.pathParam("id"));
            if (!isInstructor(ctx, s)) team(ctx, s);
        });
        app.sse("/api/s/{id}/events", client -> {
            String id = client.ctx().pathParam("id");
            List<SseClient> list = listeners.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
            list.add(client);
            client.onClose(() -> list.remove(client));
            client.keepAlive();
            Session s = classroom.get(id);
            client.sendEvent("update", String.valueOf(s.version));
        });
    }

    private void page(String path, String file) {
        String html = resource("/web/" + file);
        app.get(path, ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
    }

    static String resource(String name) {
        try (InputStream in = Server.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Action {
        void apply(Session s);
    }

    private void act(Context ctx, Action a) {
        Session s = instructor(ctx);
        a.apply(s);
        json(ctx, Loader.JSON.createObjectNode().put("ok", true).put("status", s.status.name().toLowerCase(Locale.ROOT)).put("day", s.game.day()));
    }

    private ObjectNode scenarioInfo(Classroom.Checked c) {
        ObjectNode o = Loader.JSON.createObjectNode().put("file", c.name()).put("title", c.scenario().title()).put("horizon", c.scenario().horizonDays());
        ArrayNode pr = o.putArray("principals");
        c.scenario().principals().forEach(st -> pr.addObject().put("id", st.id()).put("name", st.name()));
        return o;
    }

    private ObjectNode createdView(Classroom.Created c) {
        Session s = c.session();
        return Loader.JSON.createObjectNode().put("id", s.id).put("code", s.code).put("key", c.key()).put("instructor", "/instructor/" + s.id + "#key=" + c.key());
    }

    // ------------------------------------------------------------------ who is asking

    private static String credential(Context ctx, String header, String query) {
        String v = ctx.header(header);
        return v != null && !v.isEmpty() ? v : ctx.queryParam(query);
    }

    private boolean isInstructor(Context ctx, Session s) {
        return Secrets.matches(credential(ctx, "X-Brink-Key", "key"), s.keyHash);
    }

    private Session instructor(Context ctx) {
        Session s = classroom.get(ctx.pathParam("id"));
        String key = credential(ctx, "X-Brink-Key", "key");
        if (key == null || key.isEmpty()) throw new Problem(401, "this needs the instructor's key: open the instructor's link");
        if (!Secrets.matches(key, s.keyHash)) throw new Problem(403, "wrong instructor key for this session");
        return s;
    }

    private String team(Context ctx, Session s) {
        String token = credential(ctx, "X-Brink-Token", "token");
        if (token == null || token.isEmpty()) throw new Problem(401, "this needs a team token: join the session with its code");
        String state = s.teamOf(token);
        if (state == null) throw new Problem(403, "this team token is not valid for this session: join again with the code");
        return state;
    }

    // ------------------------------------------------------------------ request bodies, answers

    /** The request's JSON body, at most the upload limit, an object. */
    private JsonNode body(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBody) throw tooLarge(Long.parseLong(length.trim()));
            } catch (NumberFormatException e) {
                throw new Problem(400, "bad Content-Length");
            }
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(maxBody + 1);
        } catch (IOException e) {
            throw new Problem(400, "cannot read the request: " + e.getMessage());
        }
        if (bytes.length > maxBody) throw tooLarge(bytes.length);
        if (bytes.length == 0) throw new Problem(400, "expected a JSON body");
        try {
            JsonNode n = Loader.JSON.readTree(bytes);
            if (n == null || !n.isObject()) throw new Problem(400, "expected a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            throw new Problem(400, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Problem(400, "cannot read the request: " + e.getMessage());
        }
    }

    private Problem tooLarge(long bytes) {
        return new Problem(413, String.format(Locale.ROOT, "the request is %,d KB; the limit is %,d KB (scenario uploads up to %,d KB)", bytes / 1024, maxBody / 1024,
                classroom.limits.maxUploadBytes() / 1024));
    }

    private static String text(JsonNode b, String field, int max) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new Problem(400, field + ": expected text");
        if (v.asText().length() > max) throw new Problem(400, field + ": at most " + max + " characters");
        return v.asText();
    }

    private static String required(JsonNode b, String field, int max) {
        String v = text(b, field, max);
        if (v == null || v.isEmpty()) throw new Problem(400, field + ": required");
        return v;
    }

    private static int integer(JsonNode b, String field, int dflt) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) return dflt;
        if (!v.canConvertToInt() || !(v.isIntegralNumber() || v.isTextual() && v.asText().matches("-?\\d{1,9}"))) {
            throw new Problem(400, field + ": expected a whole number");
        }
        return v.isTextual() ? Integer.parseInt(v.asText()) : v.asInt();
    }

    private static void json(Context ctx, JsonNode n) {
        try {
            ctx.contentType("application/json").result(Loader.JSON.writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void error(Context ctx, int status, String message, List<String> problems) {
        ObjectNode e = Loader.JSON.createObjectNode().put("error", message);
        if (problems != null) e.set("problems", Loader.JSON.valueToTree(problems));
        ctx.status(status);
        json(ctx, e);
    }

    // ------------------------------------------------------------------ live updates

    private void broadcast(Session s) {
        List<SseClient> list = listeners.get(s.id);
        if (list == null) return;
        String v = String.valueOf(s.version);
        for (SseClient c : list) {
            try {
                c.sendEvent("update", v);
            } catch (RuntimeException e) {
                list.remove(c);
            }
        }
    }

    private void ping() {
        for (List<SseClient> list : listeners.values()) {
            for (SseClient c : list) {
                try {
                    c.sendComment("ping");
                } catch (RuntimeException e) {
                    list.remove(c);
                }
            }
        }
    }
}
