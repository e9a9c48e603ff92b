package brink.play;

import brink.model.world.AllianceAgent;
import brink.model.CrisisModel;
import brink.model.decide.Locks;
import brink.model.Preview;
import brink.model.world.StateAgent;
import brink.montecarlo.Seeds;
import brink.results.Proportion;
import brink.scenario.ActionSpec;
import brink.scenario.AllianceSpec;
import brink.scenario.EventSpec;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;
import brink.scenario.StateSpec;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * A game: one replication of a scenario in which teams play some states and the model plays every other. This is the
 * classroom's one door into the model (the terminal game, the web classroom and their tests go through it).
 * <p>
 * A team's action is imposed through {@link StateAgent#forcedChoice} on the first day of each turn and the state holds
 * on the other days of a multi-day turn; a team whose state leads an alliance with sanctions also chooses the
 * alliance's sanctions step ({@link AllianceAgent#leadMove}). Everything that happens is kept as a journal of entries
 * (the moves of each day played, the instructor's injects), so a game replays exactly from its seed and its journal:
 * saved games, a server restart, forecasts.
 * <p>
 * The game's world is run 0 of the master seed: the same drawn parameters as {@code brink narrate --seed S}.
 */
public final class Game {
    /** What identifies a game apart from its journal: the scenario (by name), the master seed, the teams' states and the turn. */
    public record Setup(String scenarioName, List<String> overrides, Integer horizon, long seed, List<String> teams, int turnDays) {
        public Setup {
            overrides = overrides == null ? List.of() : List.copyOf(overrides);
            teams = List.copyOf(teams);
            if (teams.isEmpty()) throw new IllegalArgumentException("a game needs at least one team");
            if (teams.stream().distinct().count() != teams.size()) throw new IllegalArgumentException("two teams cannot play the same state: " + teams);
            if (turnDays < 1) throw new IllegalArgumentException("a turn is at least one day, got " + turnDays);
        }
    }

    /** One entry of the journal. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Day.class, name = "day"), @JsonSubTypes.Type(value = Inject.class, name = "inject")})
    public sealed interface Entry permits Day, Inject {
        int day();
    }

    /**
     * The moves of one day played: the action each team's state took by the team's choice (action id; a state absent
     * was played by the model), and the sanctions step of each alliance a team leads ("hold", "threaten", "impose";
     * absent: the alliance decided by its rule).
     */
    public record Day(int day, Map<String, String> actions, Map<String, String> alliances) implements Entry {
        public Day {
            actions = actions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(actions));
            alliances = alliances == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(alliances));
        }
    }

    /** An instructor's inject, put on the schedule when the game stood at {@code day} (before that day was played). */
    public record Inject(int day, EventSpec event) implements Entry {
    }

    /** A team's order for a turn: an action id (null: the model chooses for the state) and, for a lead, the alliance's step. */
    public record Order(String action, String alliance) {
        public static final Order MODEL = new Order(null, null);
    }

    /** An action open today, with the model's own probability of choosing it. */
    public record Option(int index, ActionSpec action, double probability, double utility) {
    }

    /** An action not open today, and why in plain words. */
    public record Locked(ActionSpec action, String reason) {
    }

    /** A sanctions step of an alliance the team's state leads; reason is null when the step is open. */
    public record AllianceOption(String alliance, String allianceName, String move, String label, String reason) {
    }

    public static final String HOLD_ALLIANCE = "hold", THREATEN = "threaten", IMPOSE = "impose";

    private final Scenario scenario;
    private final Setup setup;
    private final CrisisModel model;
    private final Map<String, StateAgent> teams = new LinkedHashMap<>();
    private final List<Entry> journal = new ArrayList<>();
    /** Per team: the action the state actually took each day played (action id; null before its first decision). */
    private final Map<String, List<String>> taken = new LinkedHashMap<>();
    /** Per team: the action imposed each day (null where the model chose). */
    private final Map<String, List<String>> imposed = new LinkedHashMap<>();
    private final Objectives.Start start;
    private int logSeen;

    public Game(Scenario scenario, Setup setup) {
        this(scenario, setup, List.of());
    }

    /** A game with this journal already played (a loaded game, a restarted server): replayed on the same seed. */
    public Game(Scenario scenario, Setup setup, List<Entry> played) {
        this.scenario = scenario;
        this.setup = setup;
        for (String id : setup.teams()) {
            StateSpec spec = scenario.state(id).orElseThrow(() -> new IllegalArgumentException(
                    "no state '" + id + "' in the scenario; states that teams can play: " + principalIds(scenario)));
            if (spec.actions().isEmpty()) {
                throw new IllegalArgumentException(spec.name() + " (" + spec.id() + ") takes no decisions in this scenario; play one of: " + principalIds(scenario));
            }
        }
        model = new CrisisModel(scenario, runSeed(setup.seed()), true);
        model.start();
        for (String id : setup.teams()) {
            teams.put(id, model.states[model.stateIndex(id)]);
            taken.put(id, new ArrayList<>());
            imposed.put(id, new ArrayList<>());
        }
        start = Objectives.Start.of(model);
        for (Entry e : played) {
            if (e instanceof Inject i) {
                if (i.day() != day()) throw new IllegalArgumentException("the journal injects on day " + i.day() + " while the game stands at day " + day());
                inject(i.event());
            } else if (e instanceof Day d) {
                if (over()) throw new IllegalArgumentException("the journal has more days than the crisis lasted");
                if (d.day() != day()) throw new IllegalArgumentException("the journal plays day " + d.day() + " while the game stands at day " + day());
                playDay(d);
            }
        }
        logSeen = 0;
    }

    public static String principalIds(Scenario s) {
        return s.principals().stream().map(StateSpec::id).collect(Collectors.joining(", "));
    }

    /** The run seed of the game's world: run 0 of the master seed. */
    public static long runSeed(long master) {
        return Seeds.run(master, 0);
    }

    static int holdIndex(StateAgent s) {
        for (int i = 0; i < s.actions.length; i++) if (s.actions[i].kind() == ActionSpec.Kind.HOLD) return i;
        return -1;
    }

    static int actionIndex(StateAgent s, String id) {
        for (int i = 0; i < s.actions.length; i++) if (s.actions[i].id().equals(id)) return i;
        return -1;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Setup setup() {
        return setup;
    }

    public CrisisModel model() {
        return model;
    }

    public List<String> teams() {
        return setup.teams();
    }

    public StateAgent state(String team) {
        StateAgent s = teams.get(team);
        if (s == null) throw new IllegalArgumentException("no team plays '" + team + "' in this game; teams: " + String.join(", ", teams.keySet()));
        return s;
    }

    /** The first team's state (the one-team game of the terminal). */
    public StateAgent me() {
        return teams.values().iterator().next();
    }

    /** The day about to be played (0 before the first). */
    public int day() {
        return model.currentDay();
    }

    public boolean over() {
        return model.crisis.ended;
    }

    /** Days played so far. */
    public int daysPlayed() {
        return (int) journal.stream().filter(e -> e instanceof Day).count();
    }

    public List<Entry> journal() {
        return Collections.unmodifiableList(journal);
    }

    public List<String> taken(String team) {
        return Collections.unmodifiableList(taken.get(team));
    }

    public List<String> imposed(String team) {
        return Collections.unmodifiableList(imposed.get(team));
    }

    public boolean canHold(String team) {
        return holdIndex(state(team)) >= 0;
    }

    public String holdId(String team) {
        int h = holdIndex(state(team));
        return h < 0 ? null : state(team).actions[h].id();
    }

    public Objectives.Start start() {
        return start;
    }

    // ------------------------------------------------------------------ what a team may do today

    /** The actions open to the team's state now, with the model's own probabilities. */
    public List<Option> options(String team) {
        StateAgent me = state(team);
        int n = me.actions.length;
        double[] u = new double[n], p = new double[n];
        Preview.decision(model, me, u, p);
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(u[i]) || u[i] == Double.NEGATIVE_INFINITY) continue;
            out.add(new Option(i, me.actions[i], p[i], u[i]));
        }
        return out;
    }

    /** The actions the team's state has that are not open now, each with the unmet condition. */
    public List<Locked> locked(String team) {
        StateAgent me = state(team);
        List<Integer> open = options(team).stream().map(Option::index).toList();
        List<Locked> out = new ArrayList<>();
        for (int i = 0; i < me.actions.length; i++) {
            if (open.contains(i)) continue;
            out.add(new Locked(me.actions[i], lockReason(me, i)));
        }
        return out;
    }

    /** Why an action is closed, in words: the model's own reason ({@link Locks}, from the check the model decides with). */
    private String lockReason(StateAgent me, int i) {
        String why = Locks.reason(model.world, me, i);
        // open by the model's conditions but without a value today: the model would not choose it either
        return why != null ? why : "its expected value cannot be computed today (no target in reach)";
    }

    /** The alliances with sanctions that the team's state leads: the alliance instruments become the team's moves. */
    public List<AllianceAgent> ledAlliances(String team) {
        StateAgent me = state(team);
        List<AllianceAgent> out = new ArrayList<>();
        for (AllianceAgent al : model.alliances) {
            if (al.lead == me.index && al.has(AllianceSpec.Instrument.SANCTIONS) && al.adversary >= 0) out.add(al);
        }
        return out;
    }

    /** The sanctions steps open to the alliances the team's state leads today (hold, threaten next tier, put next tier to a vote). */
    public List<AllianceOption> allianceOptions(String team) {
        List<AllianceOption> out = new ArrayList<>();
        var tiers = scenario.sanctionsTiers();
        for (AllianceAgent al : ledAlliances(team)) {
            out.add(new AllianceOption(al.id, al.name, HOLD_ALLIANCE, "no new sanctions step", null));
            // a threat, like an imposition, goes to the members' vote by the alliance's rule (Sanctions v2)
            String rule = switch (al.spec.decisionRule()) {
                case CONSENSUS -> "every member must agree";
                case QUALIFIED_MAJORITY -> "a qualified majority must agree";
                case LEAD_STATE -> "you decide";
            };
            int t = al.threatenedTier;
            out.add(new AllianceOption(al.id, al.name, THREATEN, t < tiers.size() ? "threaten tier " + (t + 1) + " (" + tiers.get(t).name() + "): " + rule : "threaten a further tier",
                    t < tiers.size() ? null : "every sanctions tier is already threatened"));
            int i = al.imposedTier;
            out.add(new AllianceOption(al.id, al.name, IMPOSE, i < tiers.size() ? "impose tier " + (i + 1) + " (" + tiers.get(i).name() + "): " + rule : "impose a further tier",
                    i < tiers.size() ? null : "every sanctions tier is already imposed"));
        }
        return out;
    }

    /** Null when the order is valid for the team today, else what is wrong (in words for the team). */
    public String checkOrder(String team, Order o) {
        StateAgent me = state(team);
        if (o.action() != null) {
            int i = actionIndex(me, o.action());
            if (i < 0) return "'" + o.action() + "' is not an action of " + me.name;
            if (options(team).stream().noneMatch(x -> x.index() == i)) {
                return "'" + o.action() + "' is not open to " + me.name + " today: " + lockReason(me, i);
            }
        }
        if (o.alliance() != null) {
            var led = allianceOptions(team);
            if (led.isEmpty()) return me.name + " leads no alliance with sanctions";
            var match = led.stream().filter(a -> a.move().equals(o.alliance())).findFirst();
            if (match.isEmpty()) return "the alliance step must be one of hold, threaten, impose; got '" + o.alliance() + "'";
            if (match.get().reason() != null) return match.get().reason();
        }
        return null;
    }

    // ------------------------------------------------------------------ playing

    /**
     * Plays a turn: each team's order on the turn's first day; on the other days a team's state holds (or stays with
     * the model when its order was the model's choice) and a led alliance holds. A team missing from the map is
     * played by the model. Returns the number of days played (fewer when the crisis ends during the turn).
     */
    public int playTurn(Map<String, Order> orders) {
        return playDays(orders, setup.turnDays());
    }

    /** Plays {@code days} days with these orders (first day as ordered, then holding): 'hold N' and the end of a game. */
    public int playDays(Map<String, Order> orders, int days) {
        for (String team : orders.keySet()) state(team);
        int played = 0;
        for (int k = 0; k < days && !over(); k++) {
            Map<String, String> actions = new LinkedHashMap<>(), alliances = new LinkedHashMap<>();
            for (String team : teams.keySet()) {
                Order o = orders.getOrDefault(team, Order.MODEL);
                if (o.action() != null) actions.put(team, k == 0 ? o.action() : holdOr(team, o.action()));
                if (o.alliance() != null) {
                    for (AllianceAgent al : ledAlliances(team)) alliances.put(al.id, k == 0 ? o.alliance() : HOLD_ALLIANCE);
                }
            }
            playDay(new Day(day(), actions, alliances));
            played++;
        }
        return played;
    }

    private String holdOr(String team, String action) {
        String h = holdId(team);
        return h != null ? h : action;
    }

    /** Every team's state holds to the end (the end of a terminal game's input, 'end'). */
    public void holdToEnd() {
        Map<String, Order> hold = new LinkedHashMap<>();
        for (String t : teams.keySet()) hold.put(t, new Order(holdId(t), null));
        while (!over()) playDays(hold, 1);
    }

    /** One day with the moves given. */
    void playDay(Day d) {
        for (var e : d.actions().entrySet()) {
            StateAgent s = state(e.getKey());
            int i = actionIndex(s, e.getValue());
            if (i < 0) throw new IllegalArgumentException("'" + e.getValue() + "' is not an action of " + s.name);
            s.forcedChoice = i;
        }
        for (var e : d.alliances().entrySet()) {
            AllianceAgent al = alliance(e.getKey());
            al.leadMove = switch (e.getValue()) {
                case HOLD_ALLIANCE -> AllianceAgent.HOLD;
                case THREATEN -> AllianceAgent.THREATEN;
                case IMPOSE -> AllianceAgent.IMPOSE;
                default -> throw new IllegalArgumentException("unknown alliance step '" + e.getValue() + "'");
            };
        }
        model.schedule.step(model);
        for (StateAgent s : teams.values()) s.forcedChoice = -1;
        for (AllianceAgent al : model.alliances) al.leadMove = AllianceAgent.AUTO;
        for (var t : teams.entrySet()) {
            StateAgent s = t.getValue();
            taken.get(t.getKey()).add(s.lastChoice < 0 ? null : s.actions[s.lastChoice].id());
            imposed.get(t.getKey()).add(d.actions().get(t.getKey()));
        }
        journal.add(d);
        if (over()) model.finish();
    }

    private AllianceAgent alliance(String id) {
        for (AllianceAgent al : model.alliances) if (al.id.equals(id)) return al;
        throw new IllegalArgumentException("no alliance '" + id + "'");
    }

    /** Puts an instructor's event on the schedule (validated by the caller against the scenario; not in the past). */
    public void inject(EventSpec e) {
        if (over()) throw new IllegalStateException("the crisis is over");
        int d = scenario.day(e.date());
        if (d < day()) throw new IllegalArgumentException("the event is dated " + e.date() + " (day " + d + "), before today (day " + day() + ", " + scenario.date(day()) + ")");
        if (d >= scenario.horizonDays()) throw new IllegalArgumentException("the event is dated after the last day of the crisis (" + scenario.date(scenario.horizonDays() - 1) + ")");
        model.inject(e);
        journal.add(new Inject(day(), e));
    }

    /** The injects so far. */
    public List<EventSpec> injects() {
        return journal.stream().filter(e -> e instanceof Inject).map(e -> ((Inject) e).event()).toList();
    }

    /** Narrative lines written since the last call. */
    public List<String> newLog() {
        List<String> lines = List.copyOf(model.log.subList(Math.min(logSeen, model.log.size()), model.log.size()));
        logSeen = model.log.size();
        return lines;
    }

    /** The outcome the game reached (when over) or would be classified as now. */
    public OutcomeSpec outcome() {
        return scenario.outcomes().get(model.outcomeIndex());
    }

    /** The rung at the end of each day played. */
    public int[] rungPath() {
        int n = daysPlayed();
        int[] r = new int[n];
        for (int d = 0; d < n; d++) r[d] = model.crisis.rungByDay[d];
        return r;
    }

    public double[] tensionPath() {
        int n = daysPlayed();
        double[] r = new double[n];
        for (int d = 0; d < n; d++) r[d] = model.crisis.tensionByDay[d];
        return r;
    }

    public String rungName(int rung) {
        return scenario.ladder().get(rung).name();
    }

    /** How the crisis stands or ended in ICB's codes: severity of violence, termination and its day. */
    public Objectives.Ending ending() {
        return Objectives.Ending.of(model);
    }

    /** The team's score so far (final when the game is over). */
    public Objectives.Score score(String team) {
        return Objectives.score(model, start, state(team));
    }

    // ------------------------------------------------------------------ replay and forecast

    /** A fresh model of this game's world with the journal replayed (not narrated). */
    CrisisModel replay(List<Entry> entries) {
        CrisisModel m = new CrisisModel(scenario, runSeed(setup.seed()), false);
        m.start();
        for (Entry e : entries) {
            if (m.crisis.ended) break;
            if (e instanceof Inject i) {
                m.inject(i.event());
                continue;
            }
            Day d = (Day) e;
            for (var a : d.actions().entrySet()) {
                StateAgent s = m.states[m.stateIndex(a.getKey())];
                s.forcedChoice = actionIndex(s, a.getValue());
            }
            for (var a : d.alliances().entrySet()) {
                for (AllianceAgent al : m.alliances) {
                    if (al.id.equals(a.getKey())) al.leadMove = switch (a.getValue()) {
                        case THREATEN -> AllianceAgent.THREATEN;
                        case IMPOSE -> AllianceAgent.IMPOSE;
                        default -> AllianceAgent.HOLD;
                    };
                }
            }
            m.schedule.step(m);
            for (StateAgent s : m.states) s.forcedChoice = -1;
            for (AllianceAgent al : m.alliances) al.leadMove = AllianceAgent.AUTO;
        }
        return m;
    }

    /** Outcome counts of K continuations from a day. */
    public record Forecast(int day, List<OutcomeSpec> outcomes, long[] counts, long runs) {
        public Proportion proportion(int i) {
            return Proportion.of(counts[i], runs);
        }
    }

    public Forecast forecast(int k, int threads) {
        return forecast(k, threads, done -> {
        });
    }

    /**
     * K Monte Carlo continuations from the present: each replays the journal on its seed (the played history and this
     * world's drawn parameters fixed), then reseeds the run and lets the model play every state, the teams' included,
     * to the end. Deterministic for a given game, day and K; {@code progress} hears the number done after each run.
     */
    public Forecast forecast(int k, int threads, IntConsumer progress) {
        return forecastJob(k).run(threads, progress);
    }

    /** A forecast prepared from the game as it stands now: it can run on another thread while the game goes on. */
    public ForecastJob forecastJob(int k) {
        if (k < 1) throw new IllegalArgumentException("a forecast needs at least one run, got " + k);
        return new ForecastJob(this, List.copyOf(journal), day(), k);
    }

    /** K continuations of a game from the day it stood at when the job was made. */
    public static final class ForecastJob {
        private final Game game;
        private final List<Entry> played;
        private final int day, k;

        ForecastJob(Game game, List<Entry> played, int day, int k) {
            this.game = game;
            this.played = played;
            this.day = day;
            this.k = k;
        }

        public int day() {
            return day;
        }

        public int runs() {
            return k;
        }

        public Forecast run(int threads, IntConsumer progress) {
            long base = Seeds.sweep(runSeed(game.setup.seed()), day, 0) ^ 0x0F0CA57L;
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            List<Integer> outcomes = brink.montecarlo.Batch.parallel(k, threads, i -> {
                CrisisModel m = game.replay(played);
                m.reseed(Seeds.run(base, i));
                while (!m.crisis.ended && m.schedule.step(m)) {
                    // the model plays everyone from here
                }
                m.finish();
                progress.accept(done.incrementAndGet());
                return m.outcomeIndex();
            });
            long[] counts = new long[game.scenario.outcomes().size()];
            for (int o : outcomes) counts[o]++;
            return new Forecast(day, game.scenario.outcomes(), counts, k);
        }
    }

    // ------------------------------------------------------------------ what every screen sees (the web classroom reads the run only here)

    /** A state on the map: its theatre forces, whether it takes decisions, its main rival (null when none). */
    public record Actor(String id, String name, double forces, boolean principal, String rival) {
    }

    /** An alliance on the map: sanctions imposed and threatened, its members. */
    public record Bloc(String id, String name, int imposed, int threatened, List<String> members) {
    }

    /** The situation shared by everyone: rung, peak, tension, trust, whether an agreement is in force. */
    public record Situation(int rung, int peak, double tension, double trust, boolean agreement) {
    }

    /** A team's briefing: its forces and its rival's, its alliances, what it believes of the others, its objectives. */
    public record Briefing(String state, String name, double forces, double activeForces, double supplies, String rival, double rivalForces,
                           List<String> alliances, Map<String, Double> beliefs, List<String> objectives) {
    }

    public List<Actor> actors() {
        List<Actor> out = new ArrayList<>();
        for (StateAgent s : model.states) out.add(new Actor(s.id, s.name, s.forces, s.isPrincipal(), s.rival >= 0 ? model.states[s.rival].id : null));
        return out;
    }

    public List<Bloc> blocs() {
        List<Bloc> out = new ArrayList<>();
        for (AllianceAgent a : model.alliances) {
            out.add(new Bloc(a.id, a.name, a.imposedTier, a.threatenedTier, java.util.Arrays.stream(a.members).mapToObj(i -> model.states[i].id).toList()));
        }
        return out;
    }

    public Situation situationNow() {
        var c = model.crisis;
        return new Situation(c.rung, c.peak, c.tension, c.trust, c.agreement);
    }

    public Briefing briefing(String team) {
        StateAgent me = state(team);
        StateAgent rival = me.rival >= 0 ? model.states[me.rival] : null;
        List<String> alliances = new ArrayList<>();
        for (int a : me.memberOf) alliances.add(model.alliances[a].name);
        return new Briefing(me.id, me.name, me.forces, me.activeForces, me.supplies, rival == null ? null : rival.name, rival == null ? Double.NaN : rival.forces,
                alliances, beliefs(team), Objectives.describe(scenario, start, me));
    }

    /** A state's name by id. */
    public String stateName(String id) {
        return model.states[model.stateIndex(id)].name;
    }

    /** The narrative so far (every line the model wrote). */
    public List<String> log() {
        return Collections.unmodifiableList(model.log);
    }

    /** Why the crisis ended (empty while it goes on). */
    public String endReason() {
        return model.crisis.endReason;
    }

    // ------------------------------------------------------------------ what a team sees

    /** What the team's state believes of another's resolve (its Beta belief's mean), for the states it has a view of. */
    public Map<String, Double> beliefs(String team) {
        StateAgent me = state(team);
        Map<String, Double> out = new LinkedHashMap<>();
        for (StateAgent o : model.states) {
            if (o == me || (!o.isPrincipal() && me.beliefAlpha[o.index] == 1 && me.beliefBeta[o.index] == 1)) continue;
            out.put(o.id, me.believedResolve(o.index));
        }
        return out;
    }

    /** The situation as the team's state sees it, before it chooses (terminal text). */
    public String situation(String team) {
        StateAgent me = state(team);
        StringBuilder b = new StringBuilder();
        var c = model.crisis;
        int day = day();
        b.append(String.format(Locale.ROOT, "=== %s — day %d of %d, %s ===%n", me.name, day, scenario.horizonDays(), scenario.date(day)));
        b.append(String.format(Locale.ROOT, "Rung %d: %s (peak so far %d: %s)   tension %.2f   trust %.2f%s%n", c.rung, rungName(c.rung), c.peak,
                rungName(c.peak), c.tension, c.trust, c.agreement ? "   AGREEMENT IN FORCE" : ""));
        b.append(String.format(Locale.ROOT, "Your forces: %.1f thousand troops in the theatre (of %.1f active)%s%n", me.forces, me.activeForces,
                me.supplies > 0 ? String.format(Locale.ROOT, ", arms received %.1f", me.supplies) : ""));
        if (me.rival >= 0) {
            StateAgent r = model.states[me.rival];
            b.append(String.format(Locale.ROOT, "Your rival %s: %.1f thousand troops in the theatre%n", r.name, r.forces));
        }
        List<String> sanctions = sanctions();
        b.append("Sanctions: ").append(sanctions.isEmpty() ? "none threatened or in force" : String.join("; ", sanctions)).append('\n');
        List<String> beliefs = new ArrayList<>();
        for (var e : beliefs(team).entrySet()) {
            beliefs.add(String.format(Locale.ROOT, "%s %.2f", model.states[model.stateIndex(e.getKey())].name, e.getValue()));
        }
        if (!beliefs.isEmpty()) b.append("Your reading of others' resolve (0 weak – 1 firm): ").append(String.join(", ", beliefs)).append('\n');
        Objectives.Score sc = score(team);
        b.append(String.format(Locale.ROOT, "Your score so far: %.0f of 100 (%s)%n", sc.total(), sc.summary()));
        return b.toString();
    }

    /** Sanctions threatened or in force, one line per alliance. */
    public List<String> sanctions() {
        List<String> out = new ArrayList<>();
        var tiers = scenario.sanctionsTiers();
        for (AllianceAgent al : model.alliances) {
            if (!al.has(AllianceSpec.Instrument.SANCTIONS) || (al.imposedTier == 0 && al.threatenedTier == 0)) continue;
            String target = al.adversary >= 0 ? " on " + model.states[al.adversary].name : "";
            String s = al.name + (al.imposedTier > 0 ? " imposes tier " + al.imposedTier + " (" + tiers.get(al.imposedTier - 1).name() + ")" + target : "");
            if (al.threatenedTier > al.imposedTier) {
                s += (al.imposedTier > 0 ? ", " : " ") + "threatens tier " + al.threatenedTier + " (" + tiers.get(al.threatenedTier - 1).name() + ")";
            }
            out.add(s);
        }
        return out;
    }
}
