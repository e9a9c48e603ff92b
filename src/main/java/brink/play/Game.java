package brink.play;

import brink.model.world.AllianceAgent;
import brink.model.CrisisModel;
import brink.model.Preview;
import brink.model.world.StateAgent;
import brink.montecarlo.Seeds;
import brink.results.Proportion;
import brink.scenario.ActionSpec;
import brink.scenario.AllianceSpec;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;
import brink.scenario.StateSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A game: one replication of a scenario in which a team plays one state and the model plays every other.
 * The team's action is imposed through {@link StateAgent#forcedChoice} on the first day of each turn; on the other
 * days of a multi-day turn the team's state holds. Everything played is kept as the list of actions imposed day by
 * day, so a game replays exactly from its seed and that list (save/load, forecasts).
 * <p>
 * The game's world is run 0 of the master seed: the same drawn parameters as {@code brink narrate --seed S}.
 */
public final class Game {
    /** What identifies a game apart from its moves. */
    public record Setup(String scenarioFile, List<String> overrides, Integer horizon, long seed, String state, int turnDays) {
        public Setup {
            overrides = overrides == null ? List.of() : List.copyOf(overrides);
            if (turnDays < 1) throw new IllegalArgumentException("a turn is at least one day, got " + turnDays);
        }
    }

    /** An action open today, with the model's own probability of choosing it. */
    public record Option(int index, ActionSpec action, double probability, double utility) {
    }

    private final Scenario scenario;
    private final Setup setup;
    private final CrisisModel model;
    private final StateAgent me;
    private final int hold;
    /** The action imposed on the team's state each day played (action id), or null where the model chose. */
    private final List<String> imposed = new ArrayList<>();
    /** The action the team's state actually took each day played (action id). */
    private final List<String> taken = new ArrayList<>();
    private int logSeen;

    public Game(Scenario scenario, Setup setup) {
        this(scenario, setup, List.of());
    }

    /** A game with these days already played (a loaded game): they are replayed on the same seed. */
    public Game(Scenario scenario, Setup setup, List<String> played) {
        this.scenario = scenario;
        this.setup = setup;
        StateSpec spec = scenario.state(setup.state()).orElseThrow(() -> new IllegalArgumentException(
                "no state '" + setup.state() + "' in the scenario; principals: " + principalIds(scenario)));
        if (spec.actions().isEmpty()) {
            throw new IllegalArgumentException(spec.name() + " (" + spec.id() + ") takes no decisions in this scenario; play one of: " + principalIds(scenario));
        }
        model = new CrisisModel(scenario, runSeed(setup.seed()), true);
        model.start();
        me = model.states[model.stateIndex(setup.state())];
        hold = holdIndex(me);
        for (String id : played) {
            if (over()) throw new IllegalArgumentException("the saved game has more days than the crisis lasted");
            int idx = id == null ? -1 : actionIndex(me, id);
            if (id != null && idx < 0) throw new IllegalArgumentException("the saved game names an action '" + id + "' that " + me.name + " does not have");
            step(idx);
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

    public StateAgent me() {
        return me;
    }

    /** The day about to be played (0 before the first). */
    public int day() {
        return model.currentDay();
    }

    public boolean over() {
        return model.crisis.ended;
    }

    public List<String> imposed() {
        return Collections.unmodifiableList(imposed);
    }

    public List<String> taken() {
        return Collections.unmodifiableList(taken);
    }

    public boolean canHold() {
        return hold >= 0;
    }

    /** The actions open to the team's state now, with the model's own probabilities. */
    public List<Option> options() {
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

    /** The actions the team's state has that are not open now. */
    public List<ActionSpec> closed() {
        List<Integer> open = options().stream().map(Option::index).toList();
        List<ActionSpec> out = new ArrayList<>();
        for (int i = 0; i < me.actions.length; i++) if (!open.contains(i)) out.add(me.actions[i]);
        return out;
    }

    /**
     * Plays a turn: the action (index into the state's actions) on its first day, holding on the others.
     * Returns the number of days played (fewer when the crisis ends during the turn).
     */
    public int playTurn(int action) {
        int days = 0;
        for (int k = 0; k < setup.turnDays() && !over(); k++) {
            step(k == 0 ? action : hold);
            days++;
        }
        return days;
    }

    /** Plays to the end with the team's state holding every day (what happens when the team's input ends). */
    public void holdToEnd() {
        while (!over()) step(hold);
    }

    /** One day; the team's state takes the action given (index), or the model's choice when -1. */
    void step(int action) {
        me.forcedChoice = action;
        model.schedule.step(model);
        me.forcedChoice = -1;
        imposed.add(action < 0 ? null : me.actions[action].id());
        taken.add(me.lastChoice < 0 ? null : me.actions[me.lastChoice].id());
        if (over()) model.finish();
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
        int[] r = new int[taken.size()];
        for (int d = 0; d < r.length; d++) r[d] = model.crisis.rungByDay[d];
        return r;
    }

    public String rungName(int rung) {
        return scenario.ladder().get(rung).name();
    }

    // ------------------------------------------------------------------ replay and forecast

    /** A fresh model of this game's world with the given days replayed (not narrated). */
    CrisisModel replay(List<String> days) {
        CrisisModel m = new CrisisModel(scenario, runSeed(setup.seed()), false);
        m.start();
        StateAgent s = m.states[m.stateIndex(setup.state())];
        for (String id : days) {
            if (m.crisis.ended) break;
            s.forcedChoice = id == null ? -1 : actionIndex(s, id);
            m.schedule.step(m);
            s.forcedChoice = -1;
        }
        return m;
    }

    /** Outcome counts of K continuations from now. */
    public record Forecast(int day, List<OutcomeSpec> outcomes, long[] counts, long runs) {
        public Proportion proportion(int i) {
            return Proportion.of(counts[i], runs);
        }
    }

    /**
     * K Monte Carlo continuations from the present: each replays the game so far on its seed (the played history
     * and this world's drawn parameters fixed), then reseeds the generator and lets the model play every state,
     * the team's included, to the end. Deterministic for a given game, day and K.
     */
    public Forecast forecast(int k, int threads) {
        List<String> played = List.copyOf(imposed);
        long base = Seeds.sweep(runSeed(setup.seed()), day(), 0) ^ 0x0F0CA57L;
        List<Integer> outcomes = brink.montecarlo.Batch.parallel(k, threads, i -> {
            CrisisModel m = replay(played);
            m.reseed(Seeds.run(base, i));
            while (!m.crisis.ended && m.schedule.step(m)) {
                // the model plays everyone from here
            }
            m.finish();
            return m.outcomeIndex();
        });
        long[] counts = new long[scenario.outcomes().size()];
        for (int o : outcomes) counts[o]++;
        return new Forecast(day(), scenario.outcomes(), counts, k);
    }

    // ------------------------------------------------------------------ what the team sees

    /** The situation as the team's state sees it, before it chooses. */
    public String situation() {
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
        for (StateAgent o : model.states) {
            if (o == me || (!o.isPrincipal() && me.beliefAlpha[o.index] == 1 && me.beliefBeta[o.index] == 1)) continue;
            beliefs.add(String.format(Locale.ROOT, "%s %.2f", o.name, me.believedResolve(o.index)));
        }
        if (!beliefs.isEmpty()) b.append("Your reading of others' resolve (0 weak – 1 firm): ").append(String.join(", ", beliefs)).append('\n');
        return b.toString();
    }

    List<String> sanctions() {
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
