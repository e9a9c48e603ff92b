package brink.web;

import brink.scenario.EventSpec;
import brink.scenario.Loader;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.StateSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The classroom server's sessions: creating them (from a shipped or uploaded scenario, checked like {@code brink
 * validate}), finding them by id or join code, rebuilding them from the journal at start-up, importing and exporting
 * them, and the clock that plays a turn when its deadline passes. Limits keep one laptop serving one class.
 */
final class Classroom implements AutoCloseable {
    /** Caps: sessions kept, teams per session, size of an upload, runs of a forecast and of a debrief. */
    record Limits(int maxSessions, int maxTeams, int maxUploadBytes, int maxForecastRuns, int maxDebriefRuns, int maxTurnSeconds) {
        static Limits defaults() {
            return new Limits(20, 12, 1 << 20, 5000, 2000, 3600);
        }
    }

    /** A scenario a session can be created from. */
    record Checked(String name, JsonNode document, Scenario scenario) {
    }

    final Limits limits;
    private final Path scenarios;
    private final Store store;
    private final ExecutorService background;
    private final ScheduledExecutorService clock;
    private final int threads;
    private final Consumer<Session> changed;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    Classroom(Path data, Path scenarios, Limits limits, int threads, Consumer<Session> changed) throws IOException {
        this.limits = limits;
        this.scenarios = scenarios;
        this.threads = Math.max(1, threads);
        this.changed = changed;
        this.store = new Store(data, Loader.JSON);
        this.background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "brink-classroom-work");
            t.setDaemon(true);
            return t;
        });
        this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "brink-classroom-clock");
            t.setDaemon(true);
            return t;
        });
        restore();
        clock.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    private void tick() {
        for (Session s : sessions.values()) {
            try {
                s.tick();
            } catch (RuntimeException e) {
                System.err.println("brink serve: session " + s.id + ": " + e);
            }
        }
    }

    /** Rebuilds every stored session by replaying its journal on its scenario and seed. */
    private void restore() throws IOException {
        for (Store.Stored st : store.all()) {
            JsonNode h = st.header();
            try {
                Checked c = check(h.path("scenarioName").asText("scenario.json"), h.get("scenario"));
                Session s = build(st.id(), h.get("code").asText(), h.get("keyHash").asText(), c, Loader.JSON.treeToValue(h.get("settings"), Session.Settings.class),
                        Loader.JSON.convertValue(h.get("playable"), String[].class));
                for (Store.Entry e : st.entries()) s.replay(e);
                s.restored();
                sessions.put(s.id, s);
            } catch (RuntimeException | IOException e) {
                System.err.println("brink serve: session " + st.id() + " could not be rebuilt and is left out: " + e.getMessage());
            }
        }
    }

    private Session build(String id, String code, String keyHash, Checked c, Session.Settings settings, String[] playable) {
        return new Session(id, code, keyHash, c.name(), c.document(), c.scenario(), settings, List.of(playable), (seq, kind, body) -> store.append(id, seq, kind, body),
                background, threads, () -> {
            Session s = sessions.get(id);
            if (s != null) changed.accept(s);
        });
    }

    int size() {
        return sessions.size();
    }

    Session get(String id) {
        Session s = id == null ? null : sessions.get(id);
        if (s == null) throw new brink.web.Problem(404, "no session '" + id + "' on this server");
        return s;
    }

    Session byCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        for (Session s : sessions.values()) if (s.code.equals(c)) return s;
        throw new brink.web.Problem(404, "no session with the code '" + (code == null ? "" : code.strip()) + "': check the code on the instructor's screen");
    }

    // ------------------------------------------------------------------ scenarios

    /** The shipped scenarios (scenarios/*.json, *.yaml), each with its title and the states teams can play. */
    ArrayNode shipped() {
        ArrayNode out = Loader.JSON.createArrayNode();
        for (Path p : shippedFiles()) {
            try {
                Scenario s = Loader.load(p);
                ObjectNode o = out.addObject().put("file", p.getFileName().toString()).put("title", s.title()).put("horizon", s.horizonDays());
                ArrayNode pr = o.putArray("principals");
                for (StateSpec st : s.principals()) pr.addObject().put("id", st.id()).put("name", st.name());
            } catch (RuntimeException e) {
                // a file that does not load is not offered
            }
        }
        return out;
    }

    private List<Path> shippedFiles() {
        if (scenarios == null || !Files.isDirectory(scenarios)) return List.of();
        try (Stream<Path> s = Files.list(scenarios)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")) && !n.contains("schema");
            }).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A shipped scenario by its file name (nothing else: no path from a request ever reaches the file system). */
    Checked shippedScenario(String file) {
        for (Path p : shippedFiles()) {
            if (p.getFileName().toString().equals(file)) {
                JsonNode doc = Loader.readTree(p);
                return check(file, Loader.JSON.valueToTree(doc));
            }
        }
        throw new brink.web.Problem(400, "no shipped scenario '" + file + "'");
    }

    /** An uploaded scenario (JSON or YAML text), checked like 'brink validate': every problem with its line and column. */
    Checked upload(String name, String text) {
        if (text == null || text.isBlank()) throw new brink.web.Problem(400, "the uploaded scenario is empty");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > limits.maxUploadBytes()) {
            throw new brink.web.Problem(413, String.format(Locale.ROOT, "the scenario is %,d KB; the limit is %,d KB", bytes.length / 1024, limits.maxUploadBytes() / 1024));
        }
        String safe = safeName(name);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("brink-upload");
            Path file = dir.resolve(safe);
            Files.write(file, bytes);
            Loader.Result r = Loader.check(file, List.of());
            if (!r.ok()) throw new Invalid(relative(r.problems(), dir));
            JsonNode doc = Loader.JSON.valueToTree(Loader.readTree(file));
            return new Checked(safe, doc, r.scenario());
        } catch (ScenarioException e) {
            throw new Invalid(relative(e.problems(), dir));
        } catch (IOException e) {
            throw new IllegalStateException("cannot check the upload: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A scenario document already read (a stored or imported session). */
    Checked check(String name, JsonNode doc) {
        if (doc == null || !doc.isObject()) throw new Invalid(List.of(name + ": expected a scenario (a JSON object)"));
        Loader.Result r = Loader.check(safeName(name), doc.deepCopy(), List.of());
        if (!r.ok()) throw new Invalid(r.problems().stream().map(Problem::toString).toList());
        return new Checked(safeName(name), doc, r.scenario());
    }

    /** The file name part of a client's name, with only ordinary characters, ending in .json, .yaml or .yml. */
    static String safeName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (n.length() > 80) n = n.substring(n.length() - 80);
        String lower = n.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml"))) n = (n.isEmpty() ? "scenario" : n) + ".json";
        return n;
    }

    private static List<String> relative(List<Problem> problems, Path dir) {
        String prefix = dir == null ? "" : dir.toString() + java.io.File.separator;
        return problems.stream().map(p -> p.toString().replace(prefix, "")).toList();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    /** A scenario or event that does not pass the checks: every problem, one line each. */
    static final class Invalid extends RuntimeException {
        final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }
    }

    /** An instructor's event in the scenario's event format, checked exactly like an --inject file. */
    EventSpec event(Session s, JsonNode event) {
        if (event == null || !event.isObject()) throw new brink.web.Problem(400, "expected an event: a JSON object in the scenario's event format");
        ObjectNode e = event.deepCopy();
        e.put("id", "inject-" + (s.injectCount() + 1));
        if (!e.hasNonNull("date") && e.has("day")) {
            JsonNode day = e.get("day");
            if (!day.canConvertToInt()) throw new brink.web.Problem(400, "day: expected a whole number of days from the start");
            e.put("date", s.scenario.date(day.asInt()).toString());
        }
        e.remove("day");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("brink-inject");
            Path file = dir.resolve("inject.json");
            Files.writeString(file, Loader.JSON.writeValueAsString(Loader.JSON.createArrayNode().add(e)));
            // checked exactly as --inject: a sanctions tier from a state or an alliance without sanctions is refused there
            return Loader.loadEvents(file, s.scenario).get(0);
        } catch (ScenarioException ex) {
            throw new Invalid(relative(ex.problems(), dir));
        } catch (IOException ex) {
            throw new IllegalStateException("cannot check the event: " + ex.getMessage(), ex);
        } finally {
            deleteQuietly(dir);
        }
    }

    // ------------------------------------------------------------------ creating, importing, deleting

    /** A new session; returns it and the instructor's key (shown once, stored only as a hash). */
    record Created(Session session, String key) {
    }

    synchronized Created create(Checked c, List<String> teams, Session.Settings settings) {
        if (sessions.size() >= limits.maxSessions()) {
            throw new brink.web.Problem(409, "this server holds " + sessions.size() + " sessions (the limit): delete old ones from their instructor pages (export them first to keep them)");
        }
        List<String> principals = c.scenario().principals().stream().map(StateSpec::id).toList();
        if (teams == null || teams.isEmpty()) throw new brink.web.Problem(400, "choose at least one state for the teams to play; states with moves: " + String.join(", ", principals));
        if (teams.size() > limits.maxTeams()) throw new brink.web.Problem(400, "at most " + limits.maxTeams() + " teams per session");
        for (String t : teams) {
            if (!principals.contains(t)) throw new brink.web.Problem(400, "'" + t + "' is not a state with moves in " + c.name() + "; choose among " + String.join(", ", principals));
        }
        if (teams.stream().distinct().count() != teams.size()) throw new brink.web.Problem(400, "each state can be chosen once");
        checkSettings(settings);
        String id;
        do {
            id = Secrets.id();
        } while (sessions.containsKey(id));
        String code;
        do {
            code = Secrets.code();
        } while (hasCode(code));
        String key = Secrets.token();
        Session s = build(id, code, Secrets.hash(key), c, settings, teams.toArray(String[]::new));
        store.create(id, s.header());
        sessions.put(id, s);
        return new Created(s, key);
    }

    private boolean hasCode(String code) {
        return sessions.values().stream().anyMatch(s -> s.code.equals(code));
    }

    void checkSettings(Session.Settings s) {
        if (s.turnDays() < 1 || s.turnDays() > 60) throw new brink.web.Problem(400, "turn length: 1 to 60 days, got " + s.turnDays());
        if (s.turnSeconds() < 0 || s.turnSeconds() > limits.maxTurnSeconds()) {
            throw new brink.web.Problem(400, "deadline per turn: 0 (none) to " + limits.maxTurnSeconds() + " seconds, got " + s.turnSeconds());
        }
        if (!Session.Settings.MODEL.equals(s.onTimeout()) && !Session.Settings.HOLD.equals(s.onTimeout())) {
            throw new brink.web.Problem(400, "on timeout: 'model' (the model chooses) or 'hold', got '" + s.onTimeout() + "'");
        }
        if (s.debriefRuns() < 10 || s.debriefRuns() > limits.maxDebriefRuns()) {
            throw new brink.web.Problem(400, "debrief runs: 10 to " + limits.maxDebriefRuns() + ", got " + s.debriefRuns());
        }
    }

    /** A session from an exported file: a new id, code and key; the teams join again with the new code. */
    synchronized Created importFile(JsonNode f) {
        if (f == null || !"brink-session/1".equals(f.path("format").asText())) {
            throw new brink.web.Problem(400, "not a Brink session file (expected format 'brink-session/1')");
        }
        Checked c = check(f.path("scenarioName").asText("scenario.json"), f.get("scenario"));
        Session.Settings settings;
        List<String> teams;
        try {
            settings = Loader.JSON.treeToValue(f.get("settings"), Session.Settings.class);
            teams = List.of(Loader.JSON.convertValue(f.get("playable"), String[].class));
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new brink.web.Problem(400, "the session file is damaged: settings or teams missing");
        }
        Created created = create(c, teams, settings);
        Session s = created.session();
        try {
            synchronized (s) {
                for (JsonNode e : f.path("entries")) s.adopt(e.path("kind").asText(), e.get("body"));
                JsonNode names = f.path("teams");
                names.fields().forEachRemaining(n -> {
                    if (s.teams.containsKey(n.getKey())) s.adopt("name", Loader.JSON.createObjectNode().put("state", n.getKey()).put("name", n.getValue().asText()));
                });
                s.restored();
            }
        } catch (RuntimeException e) {
            sessions.remove(s.id);
            store.delete(s.id);
            throw new brink.web.Problem(400, "the session file's journal does not replay on its scenario: " + e.getMessage());
        }
        return created;
    }

    synchronized void delete(Session s) {
        sessions.remove(s.id);
        store.delete(s.id);
    }

    List<Session> all() {
        return new ArrayList<>(sessions.values());
    }

    @Override
    public void close() {
        clock.shutdownNow();
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
