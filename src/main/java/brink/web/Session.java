package brink.web;

import brink.play.Debrief;
import brink.play.Game;
import brink.play.Objectives;
import brink.scenario.AllianceSpec;
import brink.scenario.EventSpec;
import brink.scenario.Loader;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * One class's session: a {@link Game} that teams play from their browsers, run by an instructor. Every change goes
 * first to the journal ({@link Store}), then to the game; replaying the journal on the scenario and the seed rebuilds
 * the session exactly (after a restart, or from an exported file). All methods are synchronized: requests, the deadline
 * clock and background work (forecast, debrief) meet here one at a time.
 */
final class Session {
    enum Status { LOBBY, RUNNING, PAUSED, ENDED }

    /** What the instructor chose when creating the session. */
    record Settings(int turnDays, int turnSeconds, String onTimeout, long seed, int debriefRuns, boolean hints) {
        static final String MODEL = "model", HOLD = "hold";
    }

    /** A team: the state it plays, its name, and its token (hashed; null once imported, until it joins again). */
    static final class Team {
        final String state;
        String name;
        String tokenHash;

        Team(String state, String name, String tokenHash) {
            this.state = state;
            this.name = name;
            this.tokenHash = tokenHash;
        }
    }

    /** Sends journal entries somewhere (the database; nowhere while replaying). */
    interface Journal {
        void append(int seq, String kind, JsonNode body);
    }

    final String id, code, keyHash, scenarioName;
    final JsonNode document;
    final Scenario scenario;
    final Settings settings;
    final List<String> playable;
    final Map<String, Team> teams = new LinkedHashMap<>();
    final Game game;
    private final Journal journal;
    private final ExecutorService background;
    private final Runnable changed;
    private final int threads;

    Status status = Status.LOBBY;
    final Map<String, Game.Order> orders = new LinkedHashMap<>();
    long deadline, remaining;
    int turn;
    List<String> news = List.of();
    private int newsFrom;
    int version;
    private int seq;
    String endNote = "";
    /** Each team's key decisions: day, team state, what it did (for the debrief's timeline). */
    final List<String[]> decisions = new ArrayList<>();

    Game.Forecast forecast;
    boolean forecastRunning;
    volatile int forecastDone, forecastTotal;
    Debrief debrief;
    String debriefHtml;
    boolean debriefRunning;
    volatile int debriefDone;
    String debriefError;

    Session(String id, String code, String keyHash, String scenarioName, JsonNode document, Scenario scenario, Settings settings, List<String> playable,
            Journal journal, ExecutorService background, int threads, Runnable changed) {
        this.id = id;
        this.code = code;
        this.keyHash = keyHash;
        this.scenarioName = scenarioName;
        this.document = document;
        this.scenario = scenario;
        this.settings = settings;
        this.playable = List.copyOf(playable);
        this.journal = journal;
        this.background = background;
        this.threads = threads;
        this.changed = changed;
        this.game = new Game(scenario, new Game.Setup(scenarioName, List.of(), null, settings.seed(), playable, settings.turnDays()));
        for (String s : playable) teams.put(s, new Team(s, null, null));
        newsFrom = 0;
        news = List.copyOf(game.log());
        newsFrom = game.log().size();
    }

    /** The header stored with the session (everything but the journal). */
    ObjectNode header() {
        ObjectNode h = Loader.JSON.createObjectNode();
        h.put("format", "brink-classroom/1");
        h.put("id", id);
        h.put("code", code);
        h.put("keyHash", keyHash);
        h.put("scenarioName", scenarioName);
        h.set("settings", Loader.JSON.valueToTree(settings));
        h.set("playable", Loader.JSON.valueToTree(playable));
        h.set("scenario", document);
        return h;
    }

    private void record(String kind, JsonNode body) {
        journal.append(++seq, kind, body);
        if (!kind.equals("join")) exportEntries.add(new Store.Entry(seq, kind, body));
    }

    private void touch() {
        version++;
        changed.run();
    }

    /** The state a team token belongs to, or null. */
    synchronized String teamOf(String token) {
        if (token == null || token.isEmpty()) return null;
        for (Team t : teams.values()) if (t.tokenHash != null && Secrets.matches(token, t.tokenHash)) return t.state;
        return null;
    }

    // ------------------------------------------------------------------ what people do (each: check, journal, apply)

    /** A team takes a free state; returns its token. */
    synchronized String join(String state, String name, int maxTeams) {
        Team t = teams.get(state);
        if (t == null) throw new Problem(400, "'" + state + "' is not a state the teams of this session play; free states: " + freeStates());
        if (t.tokenHash != null) throw new Problem(409, t.state + " is already taken by team " + t.name + "; free states: " + freeStates());
        if (status == Status.ENDED) throw new Problem(409, "the session is over");
        long joined = teams.values().stream().filter(x -> x.tokenHash != null).count();
        if (joined >= maxTeams) throw new Problem(409, "the session already has " + joined + " teams (the limit)");
        String token = Secrets.token();
        String hash = Secrets.hash(token);
        ObjectNode b = Loader.JSON.createObjectNode().put("state", state).put("name", name).put("tokenHash", hash);
        record("join", b);
        applyJoin(b);
        touch();
        return token;
    }

    private void applyJoin(JsonNode b) {
        Team t = teams.get(b.get("state").asText());
        t.name = b.get("name").asText();
        t.tokenHash = b.get("tokenHash").asText();
    }

    List<String> freeStates() {
        return teams.values().stream().filter(t -> t.tokenHash == null).map(t -> t.state).toList();
    }

    synchronized void start() {
        if (status != Status.LOBBY) throw new Problem(409, "the session has already started");
        record("start", Loader.JSON.createObjectNode());
        status = Status.RUNNING;
        deadline = clock() + settings.turnSeconds() * 1000L;
        touch();
    }

    synchronized void pause() {
        if (status != Status.RUNNING) throw new Problem(409, "only a running session can be paused (it is " + status.name().toLowerCase() + ")");
        record("pause", Loader.JSON.createObjectNode());
        remaining = Math.max(0, deadline - clock());
        status = Status.PAUSED;
        touch();
    }

    synchronized void resume() {
        if (status != Status.PAUSED) throw new Problem(409, "only a paused session can be resumed (it is " + status.name().toLowerCase() + ")");
        record("resume", Loader.JSON.createObjectNode());
        status = Status.RUNNING;
        deadline = clock() + (remaining > 0 ? remaining : settings.turnSeconds() * 1000L);
        touch();
    }

    /** A team's order for the open turn (it may change it until the turn is played). */
    synchronized void order(String state, Game.Order o) {
        if (status != Status.RUNNING && status != Status.PAUSED) {
            throw new Problem(409, status == Status.LOBBY ? "the session has not started yet: wait for the instructor" : "the session is over");
        }
        String bad = game.checkOrder(state, o);
        if (bad != null) throw new Problem(400, bad);
        ObjectNode b = Loader.JSON.createObjectNode().put("state", state).put("action", o.action()).put("alliance", o.alliance()).put("turn", turn);
        record("order", b);
        orders.put(state, o);
        touch();
        boolean all = teams.values().stream().filter(t -> t.tokenHash != null).allMatch(t -> orders.containsKey(t.state));
        if (status == Status.RUNNING && all) advance("every team has submitted");
    }

    /** Plays the open turn: teams' orders, and for the others the model's choice or hold, as the instructor decided. */
    synchronized void advance(String why) {
        if (status != Status.RUNNING && status != Status.PAUSED) throw new Problem(409, "the session is not running");
        Map<String, Game.Order> resolved = new LinkedHashMap<>();
        ObjectNode list = Loader.JSON.createObjectNode();
        for (String s : playable) {
            Game.Order o = orders.get(s);
            if (o == null) o = Settings.HOLD.equals(settings.onTimeout()) && game.holdId(s) != null ? new Game.Order(game.holdId(s), null) : Game.Order.MODEL;
            resolved.put(s, o);
            list.set(s, Loader.JSON.createObjectNode().put("action", o.action()).put("alliance", o.alliance()).put("submitted", orders.containsKey(s)));
        }
        ObjectNode b = Loader.JSON.createObjectNode().put("why", why).put("turn", turn);
        b.set("orders", list);
        record("advance", b);
        applyAdvance(b);
        touch();
        if (status == Status.ENDED) startDebrief();
    }

    private void applyAdvance(JsonNode b) {
        Map<String, Game.Order> resolved = new LinkedHashMap<>();
        int day = game.day();
        for (var it = b.get("orders").fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode o = e.getValue();
            Game.Order order = new Game.Order(text(o, "action"), text(o, "alliance"));
            resolved.put(e.getKey(), order);
            boolean submitted = o.path("submitted").asBoolean();
            String what = order.action() == null ? "the model's choice (no order in time)" : order.action() + (submitted ? "" : " (no order in time)");
            boolean key = submitted && order.action() != null && !order.action().equals(game.holdId(e.getKey()));
            if (key || order.alliance() != null && !order.alliance().equals(Game.HOLD_ALLIANCE)) {
                decisions.add(new String[]{String.valueOf(day), e.getKey(), what + (order.alliance() == null ? "" : "; alliance: " + order.alliance())});
            }
        }
        game.playTurn(resolved);
        orders.clear();
        turn++;
        List<String> log = game.log();
        news = List.copyOf(log.subList(Math.min(newsFrom, log.size()), log.size()));
        newsFrom = log.size();
        if (game.over()) {
            status = Status.ENDED;
            endNote = game.endReason();
        } else {
            deadline = clock() + settings.turnSeconds() * 1000L;
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** An instructor's inject, validated like --inject (by the caller) and not in the past. */
    synchronized void inject(EventSpec e) {
        if (status == Status.ENDED) throw new Problem(409, "the session is over");
        int d = scenario.day(e.date());
        if (d < game.day()) throw new Problem(400, "the event is dated " + e.date() + " (day " + d + "), before today (day " + game.day() + ", " + scenario.date(game.day()) + ")");
        ObjectNode b = Loader.JSON.createObjectNode();
        b.set("event", Loader.JSON.valueToTree(e));
        record("inject", b);
        applyInject(e);
        touch();
    }

    private void applyInject(EventSpec e) {
        game.inject(e);
        decisions.add(new String[]{String.valueOf(game.day()), "instructor", "inject: " + e.name() + " (" + e.type().label() + ", " + e.date() + ")"});
        List<String> log = game.log();
        news = new ArrayList<>(news);
        news.addAll(log.subList(Math.min(newsFrom, log.size()), log.size()));
        newsFrom = log.size();
    }

    int injectCount() {
        return game.injects().size();
    }

    /** The instructor ends the game here; the debrief follows. */
    synchronized void end() {
        if (status == Status.ENDED) throw new Problem(409, "the session is already over");
        record("end", Loader.JSON.createObjectNode());
        status = Status.ENDED;
        endNote = "ended by the instructor on day " + game.day();
        touch();
        startDebrief();
    }

    /** A live forecast from today, in the background; its progress and result reach every screen. */
    synchronized void forecast(int runs) {
        if (forecastRunning) throw new Problem(409, "a forecast is already running (" + forecastDone + " of " + forecastTotal + " runs)");
        if (status == Status.ENDED) throw new Problem(409, "the session is over: see the debrief");
        Game.ForecastJob job = game.forecastJob(runs);
        forecastRunning = true;
        forecastDone = 0;
        forecastTotal = runs;
        touch();
        background.submit(() -> {
            try {
                int step = Math.max(1, runs / 20);
                Game.Forecast f = job.run(threads, n -> {
                    forecastDone = n;
                    if (n % step == 0) progressed();
                });
                finishForecast(f);
            } catch (RuntimeException ex) {
                synchronized (this) {
                    forecastRunning = false;
                    touch();
                }
            }
        });
    }

    private synchronized void progressed() {
        touch();
    }

    private synchronized void finishForecast(Game.Forecast f) {
        ObjectNode b = Loader.JSON.createObjectNode().put("day", f.day()).put("runs", f.runs());
        b.set("counts", Loader.JSON.valueToTree(f.counts()));
        record("forecast", b);
        forecast = f;
        forecastRunning = false;
        touch();
    }

    private void startDebrief() {
        if (debriefRunning || debrief != null) return;
        debriefRunning = true;
        debriefDone = 0;
        background.submit(() -> {
            try {
                int step = Math.max(1, settings.debriefRuns() / 20);
                Debrief d = Debrief.of(game, settings.debriefRuns(), threads, n -> {
                    debriefDone = n;
                    if (n % step == 0) progressed();
                });
                String html = DebriefPage.render(this, d);
                synchronized (this) {
                    debrief = d;
                    debriefHtml = html;
                    debriefRunning = false;
                    touch();
                }
            } catch (RuntimeException ex) {
                synchronized (this) {
                    debriefRunning = false;
                    debriefError = ex.toString();
                    touch();
                }
            }
        });
    }

    /** Called every second: plays the turn when its deadline has passed. */
    synchronized void tick() {
        if (status == Status.RUNNING && settings.turnSeconds() > 0 && clock() >= deadline) advance("the deadline passed");
    }

    static long clock() {
        return System.currentTimeMillis();
    }

    // ------------------------------------------------------------------ rebuilding from the journal

    /** Applies a stored entry (no journal writes: the entry is already stored). */
    void replay(Store.Entry e) {
        seq = Math.max(seq, e.seq());
        if (!e.kind().equals("join")) exportEntries.add(e);
        JsonNode b = e.body();
        switch (e.kind()) {
            case "join" -> applyJoin(b);
            case "name" -> teams.get(b.get("state").asText()).name = b.get("name").asText();
            case "start" -> status = Status.RUNNING;
            case "pause" -> status = Status.PAUSED;
            case "resume" -> status = Status.RUNNING;
            case "order" -> orders.put(b.get("state").asText(), new Game.Order(text(b, "action"), text(b, "alliance")));
            case "advance" -> applyAdvance(b);
            case "inject" -> applyInject(Loader.JSON.convertValue(b.get("event"), EventSpec.class));
            case "forecast" -> {
                long[] counts = Loader.JSON.convertValue(b.get("counts"), long[].class);
                forecast = new Game.Forecast(b.get("day").asInt(), scenario.outcomes(), counts, b.get("runs").asLong());
            }
            case "end" -> {
                status = Status.ENDED;
                endNote = "ended by the instructor on day " + game.day();
            }
            default -> throw new IllegalStateException("unknown journal entry '" + e.kind() + "'");
        }
    }

    /** After a replay: a session that was running comes back paused (its clock stopped while the server was down). */
    synchronized void restored() {
        if (status == Status.RUNNING) {
            status = Status.PAUSED;
            remaining = settings.turnSeconds() * 1000L;
        }
        if (status == Status.ENDED) startDebrief();
        touch();
    }

    /** The session as a file: scenario, settings, teams' names and the journal of the game; no tokens, no key, no path. */
    synchronized ObjectNode export() {
        ObjectNode f = Loader.JSON.createObjectNode();
        f.put("format", "brink-session/1");
        f.put("scenarioName", scenarioName);
        f.set("settings", Loader.JSON.valueToTree(settings));
        f.set("playable", Loader.JSON.valueToTree(playable));
        ObjectNode names = f.putObject("teams");
        for (Team t : teams.values()) if (t.name != null) names.put(t.state, t.name);
        f.put("status", status.name().toLowerCase());
        ArrayNode entries = f.putArray("entries");
        // the entries that rebuild the game: orders, turns played, injects, forecasts, the end (joins are the teams above)
        for (Store.Entry e : exportEntries) entries.add(Loader.JSON.createObjectNode().put("kind", e.kind()).set("body", e.body()));
        f.set("scenario", document);
        return f;
    }

    /** The entries kept for export (all but joins, whose tokens stay on this server). */
    final List<Store.Entry> exportEntries = new ArrayList<>();

    /** An entry from an imported file: stored in this server's journal, then applied. */
    void adopt(String kind, JsonNode body) {
        journal.append(++seq, kind, body);
        replay(new Store.Entry(seq, kind, body));
    }

    // ------------------------------------------------------------------ views

    /** What every screen shares: the day, the situation, the news, the forecast. */
    synchronized ObjectNode publicView() {
        ObjectNode v = Loader.JSON.createObjectNode();
        var c = game.situationNow();
        v.put("id", id);
        v.put("version", version);
        v.put("now", clock());
        v.put("title", scenario.title());
        v.put("scenarioName", scenarioName);
        v.put("status", status.name().toLowerCase());
        v.put("turn", turn + 1);
        v.put("turnDays", settings.turnDays());
        v.put("turnSeconds", settings.turnSeconds());
        v.put("onTimeout", settings.onTimeout());
        v.put("day", game.day());
        v.put("horizon", scenario.horizonDays());
        v.put("date", scenario.date(Math.min(game.day(), scenario.horizonDays() - 1)).toString());
        v.put("deadline", status == Status.RUNNING && settings.turnSeconds() > 0 ? deadline : 0);
        v.put("remaining", status == Status.PAUSED ? remaining : status == Status.RUNNING ? Math.max(0, deadline - clock()) : 0);
        v.put("rung", c.rung());
        v.put("peak", c.peak());
        v.put("tension", round(c.tension()));
        v.put("trust", round(c.trust()));
        v.put("agreement", c.agreement());
        v.put("outcome", game.outcome().name());
        v.put("endNote", endNote);
        ArrayNode ladder = v.putArray("ladder");
        scenario.ladder().forEach(r -> ladder.add(r.name()));
        v.set("sanctions", Loader.JSON.valueToTree(game.sanctions()));
        v.set("news", Loader.JSON.valueToTree(news));
        v.set("map", map());
        ArrayNode ts = v.putArray("teams");
        for (Team t : teams.values()) {
            ts.add(Loader.JSON.createObjectNode().put("state", t.state).put("stateName", game.stateName(t.state)).put("name", t.name)
                    .put("joined", t.tokenHash != null).put("submitted", orders.containsKey(t.state)));
        }
        ObjectNode f = v.putObject("forecast");
        f.put("running", forecastRunning);
        f.put("done", forecastDone);
        f.put("total", forecastTotal);
        if (forecast != null) f.set("result", forecastView(forecast));
        ObjectNode d = v.putObject("debrief");
        d.put("running", debriefRunning);
        d.put("done", debriefDone);
        d.put("total", settings.debriefRuns());
        d.put("ready", debriefHtml != null);
        if (debriefError != null) d.put("error", debriefError);
        if (debrief != null) d.put("headline", debrief.headline());
        return v;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private ObjectNode forecastView(Game.Forecast f) {
        ObjectNode r = Loader.JSON.createObjectNode();
        r.put("day", f.day());
        r.put("date", scenario.date(Math.min(f.day(), scenario.horizonDays() - 1)).toString());
        r.put("runs", f.runs());
        ArrayNode rows = r.putArray("outcomes");
        for (int i = 0; i < f.outcomes().size(); i++) {
            OutcomeSpec o = f.outcomes().get(i);
            var p = f.proportion(i);
            rows.add(Loader.JSON.createObjectNode().put("id", o.id()).put("name", o.name()).put("p", round(p.probability())).put("low", round(p.low()))
                    .put("high", round(p.high())));
        }
        return r;
    }

    private transient ObjectNode layout;

    /** Positions (0–1000 wide) of the states and alliances, their forces, the teams' states, and the rivalries. */
    private ObjectNode map() {
        if (layout == null) {
            var l = brink.gui.MapLayout.of(scenario);
            layout = Loader.JSON.createObjectNode();
            double k = 1000 / l.width();
            layout.put("width", 1000);
            layout.put("height", Math.round(l.height() * k));
            ObjectNode pos = layout.putObject("positions");
            l.positions().forEach((id, p) -> pos.set(id, Loader.JSON.createArrayNode().add(Math.round(p.x * k)).add(Math.round(p.y * k))));
        }
        ObjectNode m = layout.deepCopy();
        ArrayNode actors = m.putArray("states");
        for (Game.Actor s : game.actors()) {
            actors.add(Loader.JSON.createObjectNode().put("id", s.id()).put("name", s.name()).put("forces", Math.round(s.forces() * 10) / 10.0)
                    .put("principal", s.principal()).put("team", teams.containsKey(s.id())).put("rival", s.rival()));
        }
        ArrayNode als = m.putArray("alliances");
        for (Game.Bloc a : game.blocs()) {
            als.add(Loader.JSON.createObjectNode().put("id", a.id()).put("name", a.name()).put("imposed", a.imposed()).put("threatened", a.threatened())
                    .set("members", Loader.JSON.valueToTree(a.members())));
        }
        return m;
    }

    /** The instructor's screen: everything, the teams' orders included. */
    synchronized ObjectNode instructorView() {
        ObjectNode v = publicView();
        v.put("code", code);
        v.put("hints", settings.hints());
        v.put("seed", settings.seed());
        v.put("debriefRuns", settings.debriefRuns());
        ObjectNode os = v.putObject("orders");
        orders.forEach((s, o) -> os.set(s, Loader.JSON.createObjectNode().put("action", o.action()).put("alliance", o.alliance())));
        // what an inject form needs: actors, alliances with sanctions, tiers, the first day an inject can take
        ArrayNode actors = v.putArray("actors");
        scenario.states().forEach(s -> actors.add(Loader.JSON.createObjectNode().put("id", s.id()).put("name", s.name()).put("kind", "state")));
        scenario.alliances().forEach(a -> actors.add(Loader.JSON.createObjectNode().put("id", a.id()).put("name", a.name()).put("kind", "alliance")
                .put("sanctions", a.has(AllianceSpec.Instrument.SANCTIONS))));
        v.put("tiers", scenario.sanctionsTiers().size());
        ArrayNode dec = v.putArray("decisions");
        for (String[] d : decisions) dec.add(Loader.JSON.createObjectNode().put("day", Integer.parseInt(d[0])).put("who", d[1]).put("what", d[2]));
        return v;
    }

    /** A team's screen: the shared situation and its own state's briefing (its beliefs, not the truth) and moves. */
    synchronized ObjectNode teamView(String state) {
        ObjectNode v = publicView();
        Game.Briefing br = game.briefing(state);
        Team t = teams.get(state);
        v.put("state", state);
        v.put("stateName", br.name());
        v.put("teamName", t.name);
        ObjectNode b = v.putObject("briefing");
        b.put("forces", Math.round(br.forces() * 10) / 10.0);
        b.put("activeForces", Math.round(br.activeForces() * 10) / 10.0);
        b.put("supplies", Math.round(br.supplies() * 10) / 10.0);
        if (br.rival() != null) {
            b.put("rival", br.rival());
            b.put("rivalForces", Math.round(br.rivalForces() * 10) / 10.0);
        }
        b.set("objectives", Loader.JSON.valueToTree(br.objectives()));
        ArrayNode beliefs = b.putArray("beliefs");
        br.beliefs().forEach((id, r) -> beliefs.add(Loader.JSON.createObjectNode().put("id", id).put("name", game.stateName(id)).put("resolve", round(r))));
        b.set("alliances", Loader.JSON.valueToTree(br.alliances()));
        Objectives.Score sc = game.score(state);
        ObjectNode score = v.putObject("score");
        score.put("total", Math.round(sc.total()));
        if (sc.result() != null) score.put("result", sc.result().label());
        score.put("losses", round(sc.losses()));
        ArrayNode parts = score.putArray("parts");
        sc.parts().forEach(p -> parts.add(Loader.JSON.createObjectNode().put("name", p.name()).put("points", Math.round(p.points())).put("max", Math.round(p.max()))
                .put("detail", p.detail())));
        ArrayNode open = v.putArray("options");
        if (status != Status.ENDED) {
            for (Game.Option o : game.options(state)) {
                ObjectNode x = open.addObject().put("id", o.action().id()).put("name", o.action().name()).put("kind", o.action().kind().label())
                        .put("description", o.action().description());
                if (settings.hints()) x.put("hint", round(o.probability()));
            }
            ArrayNode locked = v.putArray("locked");
            for (Game.Locked l : game.locked(state)) locked.addObject().put("id", l.action().id()).put("name", l.action().name()).put("reason", l.reason());
            ArrayNode al = v.putArray("allianceOptions");
            for (Game.AllianceOption a : game.allianceOptions(state)) {
                al.addObject().put("alliance", a.allianceName()).put("move", a.move()).put("label", a.label()).put("reason", a.reason());
            }
        }
        Game.Order mine = orders.get(state);
        if (mine != null) v.set("order", Loader.JSON.createObjectNode().put("action", mine.action()).put("alliance", mine.alliance()));
        return v;
    }
}
