package brink.play;

import brink.model.decide.Decisions;
import brink.model.decide.Locks;
import brink.model.world.StateAgent;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reason a move is locked is the model's own: {@link Decisions#closed} is the check the model decides with
 * ({@link Decisions#isOpen}), {@link Locks} puts its answer in words, and the game (play mode, the web team page) shows
 * exactly those words. Checked for every action of every deciding state, day after day, in the seed.
 */
class LocksTest {
    static final Path SEED_FILE = Path.of("scenarios", "nato-russia-2022-01.json");
    static final Scenario SEED = Loader.load(SEED_FILE);

    /**
     * In the game's present state: each action of every deciding state is closed by the model's check exactly when
     * Locks gives a reason, and for each team the locked list shows that reason for each closed action (and the open
     * list does not offer it). Returns the conditions met.
     */
    static Set<Decisions.Closed> agree(Game g) {
        var world = g.model().world;
        Set<Decisions.Closed> seen = EnumSet.noneOf(Decisions.Closed.class);
        for (StateAgent s : world.states) {
            for (int i = 0; i < s.actions.length; i++) {
                Decisions.Closed c = Decisions.closed(world, s, i);
                String why = Locks.reason(world, s, i);
                assertEquals(c == Decisions.Closed.OPEN, Decisions.isOpen(world, s, i), s.name + " " + s.actions[i].id());
                assertEquals(c == Decisions.Closed.OPEN, why == null, s.name + " " + s.actions[i].id() + ": " + c + " / " + why);
                if (why != null) assertFalse(why.isBlank() || why.contains("present situation"), why);
                seen.add(c);
            }
        }
        for (String team : g.teams()) {
            StateAgent s = g.state(team);
            Map<String, String> shown = new LinkedHashMap<>();
            for (Game.Locked l : g.locked(team)) shown.put(l.action().id(), l.reason());
            Set<String> offered = g.options(team).stream().map(o -> o.action().id()).collect(Collectors.toSet());
            for (int i = 0; i < s.actions.length; i++) {
                String id = s.actions[i].id(), why = Locks.reason(world, s, i);
                if (why != null) {
                    assertEquals(why, shown.get(id), "day " + g.day() + ", " + s.name + " '" + id + "': the shown reason is the model's");
                    assertFalse(offered.contains(id), id);
                    assertEquals("'" + id + "' is not open to " + s.name + " today: " + why, g.checkOrder(team, new Game.Order(id, null)));
                } else {
                    assertTrue(offered.contains(id) || shown.containsKey(id), id + " is either offered or listed as locked");
                }
            }
        }
        return seen;
    }

    @Test
    void theSeedsLockedMovesShowTheModelsOwnReasonDayAfterDay() {
        Game g = new Game(SEED, new Game.Setup(SEED_FILE.getFileName().toString(), List.of(), null, 20220107L, List.of("RUS", "USA", "FRA"), 7));
        Set<Decisions.Closed> seen = EnumSet.noneOf(Decisions.Closed.class);
        seen.addAll(agree(g));

        // day 0: Russia's force options wait for troops; the reason names what is needed and what Russia has
        StateAgent rus = g.state("RUS");
        int forcesLocks = 0;
        for (int i = 0; i < rus.actions.length; i++) {
            if (Decisions.closed(g.model().world, rus, i) != Decisions.Closed.FORCES) continue;
            forcesLocks++;
            Matcher m = Pattern.compile("it needs at least (\\d+) thousand troops in the theatre; you have (\\d+\\.\\d) thousand").matcher(Locks.reason(g.model().world, rus, i));
            assertTrue(m.matches(), Locks.reason(g.model().world, rus, i));
            double need = Double.parseDouble(m.group(1)), have = Double.parseDouble(m.group(2));
            assertEquals(Math.ceil(rus.actionMinForces[i]), need, rus.actions[i].id());
            assertTrue(have <= rus.forces && rus.forces < have + 0.1, have + " for " + rus.forces);
            assertTrue(have < need, "the numbers shown say why: " + have + " < " + need);
        }
        assertTrue(forcesLocks > 0, "the seed's force options need more troops than Russia has at day 0");

        // a week of build-ups, then whatever is boldest when it opens; the others played by the teams' cautious choices
        for (int turn = 0; turn < 12 && !g.over(); turn++) {
            Map<String, Game.Order> orders = new LinkedHashMap<>();
            orders.put("RUS", new Game.Order(boldest(g, "RUS", "invasion", "incursion", "build-up"), null));
            orders.put("USA", new Game.Order(boldest(g, "USA", "defend-ukraine", "reinforce"), null));
            orders.put("FRA", Game.Order.MODEL);
            g.playTurn(orders);
            if (!g.over()) seen.addAll(agree(g));
        }
        assertTrue(seen.contains(Decisions.Closed.FORCES) && seen.contains(Decisions.Closed.BELOW_RUNG), seen.toString());
        assertTrue(seen.size() >= 5, "several of the model's conditions met: " + seen);
    }

    @Test
    void aWarsLocksAreTheModelsToo() {
        // the fictional crisis pushed into a war: the conditions of fighting, intervening and withdrawing
        Game g = PlayTest.game("NOR,SOU", 3, 11);
        Set<Decisions.Closed> seen = EnumSet.noneOf(Decisions.Closed.class);
        seen.addAll(agree(g));
        for (int turn = 0; turn < 20 && !g.over(); turn++) {
            g.playTurn(Map.of("NOR", new Game.Order(boldest(g, "NOR", "invasion", "incursion", "strike", "demand", "build-up"), null),
                    "SOU", new Game.Order(boldest(g, "SOU", "build-up", "warn"), null)));
            if (!g.over()) seen.addAll(agree(g));
        }
        assertTrue(seen.size() >= 4, "several of the model's conditions met: " + seen);
    }

    /** The first of these actions open to the team today, else hold. */
    private static String boldest(Game g, String team, String... ids) {
        Set<String> open = g.options(team).stream().map(o -> o.action().id()).collect(Collectors.toSet());
        for (String id : ids) if (open.contains(id)) return id;
        return g.holdId(team);
    }

    @Test
    void theTerminalGameListsEachLockedMoveWithTheModelsReason() throws Exception {
        Game g = new Game(SEED, new Game.Setup(SEED_FILE.getFileName().toString(), List.of(), null, 20220107L, List.of("RUS"), 7));
        List<Game.Locked> locked = g.locked("RUS");
        assertFalse(locked.isEmpty());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PlaySession session = new PlaySession(g, new PlaySession.Options(60, 40, 1, null, true, Loader.readTree(SEED_FILE), false),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String script = "invasion\nquit\n";
        session.run(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)));
        String t = buf.toString(StandardCharsets.UTF_8);
        String block = t.substring(t.indexOf("Not open today:"));
        StateAgent rus = g.state("RUS");
        for (Game.Locked l : locked) {
            String model = Locks.reason(g.model().world, rus, Game.actionIndex(rus, l.action().id()));
            assertNotNull(model, l.action().id());
            assertTrue(block.lines().anyMatch(line -> line.strip().startsWith(l.action().id() + " ") && line.endsWith("  " + model)),
                    "'" + l.action().id() + "' with the model's reason '" + model + "' in:\n" + block);
        }
        int invasion = Game.actionIndex(rus, "invasion");
        assertTrue(t.contains("'invasion' is not open to Russia today: " + Locks.reason(g.model().world, rus, invasion)), t);
        assertNull(Locks.reason(g.model().world, rus, Game.actionIndex(rus, "hold")), "hold is open");
    }
}
