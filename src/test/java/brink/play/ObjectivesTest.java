package brink.play;

import brink.model.CrisisModel;
import brink.model.RunRecord;
import brink.model.world.StateAgent;
import brink.scenario.ActorResult;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import brink.scenario.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The score's war and losses parts read Model v2's ending of the run (the runs.csv values), on real runs of the seed
 * scenario: the runs are found by searching master seeds, so no test depends on which seed happens to end in a war.
 */
class ObjectivesTest {
    static final Scenario SEED = Loader.load(Path.of("scenarios/nato-russia-2022-01.json"));
    static final int SEARCH = 1500;

    /** A model run of game master seed {@code master} to its end, with each principal's score and the run's record. */
    record Ended(long master, RunRecord record, Map<String, Objectives.Score> scores, Map<String, Double> active0) {
    }

    static Ended play(long master) {
        CrisisModel m = new CrisisModel(SEED, Game.runSeed(master), false);
        m.start();
        Objectives.Start start = Objectives.Start.of(m);
        while (m.stepDay()) {
            // the model plays every state
        }
        m.finish();
        Map<String, Objectives.Score> scores = new LinkedHashMap<>();
        Map<String, Double> active = new LinkedHashMap<>();
        for (StateAgent s : m.states) {
            if (!s.isPrincipal()) continue;
            scores.put(s.id, Objectives.score(m, start, s));
            active.put(s.id, s.active0);
        }
        return new Ended(master, m.record(), scores, active);
    }

    /** The first master seed whose game (run 0) is a full-scale war that one principal that fought (lost troops) wins and another loses. */
    static Ended warWithVictorAndDefeated() {
        for (long master = 1; master <= SEARCH; master++) {
            Ended e = play(master);
            if (e.record().severity() != Severity.FULL_SCALE_WAR.icb) continue;
            if (victor(e) != null && defeated(e) != null) return e;
        }
        throw new AssertionError("no full-scale war with a victor and a defeated principal in " + SEARCH + " master seeds of the seed scenario");
    }

    static String victor(Ended e) {
        return e.scores().entrySet().stream().filter(x -> x.getValue().result() == ActorResult.VICTORY && x.getValue().losses() > 0).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    static String defeated(Ended e) {
        return e.scores().entrySet().stream().filter(x -> x.getValue().result() == ActorResult.DEFEAT && x.getValue().losses() > 0).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    @Test
    void theScoreReadsTheRunsResultsAndLossesAsRunsCsvDoes() {
        for (long master = 1; master <= 40; master++) {
            Ended e = play(master);
            for (var x : e.scores().entrySet()) {
                int i = SEED.states().indexOf(SEED.state(x.getKey()).orElseThrow());
                assertEquals(e.record().results()[i], x.getValue().result(), "result of " + x.getKey() + ", master " + master);
                assertEquals(e.record().losses()[i], x.getValue().losses(), 0, "losses of " + x.getKey() + ", master " + master);
                double t = x.getValue().total();
                assertTrue(t >= 0 && t <= 100 + 1e-9, x.getValue().summary());
            }
        }
    }

    @Test
    void aTeamThatWinsAWarScoresHigherOnWarThanOneDefeatedAndLossesLowerTheScore() {
        Ended war = warWithVictorAndDefeated();
        String won = victor(war), lost = defeated(war);
        // the same world played as a class game, both states by teams that leave every choice to the model
        Game g = new Game(SEED, new Game.Setup("nato-russia-2022-01.json", List.of(), null, war.master(), List.of(won, lost), 7));
        while (!g.over()) g.playTurn(Map.of());
        assertEquals(war.record().severity(), g.ending().severity().icb, "the class game is the model's run 0 of its master seed");
        Objectives.Score winner = g.score(won), loser = g.score(lost);
        assertEquals(ActorResult.VICTORY, winner.result());
        assertEquals(ActorResult.DEFEAT, loser.result());
        assertEquals(Objectives.WAR, winner.part("war").points(), 1e-9, winner.part("war").detail());
        assertEquals(0, loser.part("war").points(), 1e-9, "a defeat in a full-scale war leaves no war points: " + loser.part("war").detail());
        assertTrue(winner.part("war").detail().contains("full-scale war") && winner.part("war").detail().contains("victory"), winner.part("war").detail());

        // losses: both sides fought (lost troops), and the part is below full marks by the share lost
        for (Objectives.Score s : List.of(winner, loser)) {
            assertTrue(s.losses() > 0, s.state() + " lost no troops in the class game, yet did in the model's run of the same world");
            double share = s.losses() / war.active0().get(s.state());
            assertEquals(Objectives.LOSSES * Math.max(0, 1 - share / Objectives.LOSS_FLOOR), s.part("losses").points(), 1e-9);
            assertTrue(s.part("losses").points() < Objectives.LOSSES, s.part("losses").detail());
        }
    }

    @Test
    void moreTroopsLostNeverScoresMoreOnLosses() {
        // every principal of the first 100 games (wars among them), ordered by the share of its forces it lost
        record Point(double share, double points) {
        }
        List<Point> points = new ArrayList<>();
        boolean anyLoss = false;
        for (long master = 1; master <= 100; master++) {
            Ended e = play(master);
            for (var x : e.scores().entrySet()) {
                double share = x.getValue().losses() / e.active0().get(x.getKey());
                points.add(new Point(share, x.getValue().part("losses").points()));
                if (share > 0) {
                    anyLoss = true;
                    assertTrue(x.getValue().part("losses").points() < Objectives.LOSSES, "losses must cost points: " + x.getValue().part("losses").detail());
                } else {
                    assertEquals(Objectives.LOSSES, x.getValue().part("losses").points(), 1e-12);
                }
            }
        }
        assertTrue(anyLoss, "no principal lost troops in 100 games: the test would not test anything");
        points.sort(Comparator.comparingDouble(Point::share));
        for (int i = 1; i < points.size(); i++) assertTrue(points.get(i).points() <= points.get(i - 1).points() + 1e-12, points.get(i) + " after " + points.get(i - 1));
    }

    @Test
    void warPartOrdersResultsWithinAViolentCrisis() {
        // the war part's weights: at full-scale war, victory > compromise > stalemate > defeat; without violence, full marks whatever the result
        double last = Double.POSITIVE_INFINITY;
        for (ActorResult r : ActorResult.values()) {
            double w = 1 - Objectives.violence(Severity.FULL_SCALE_WAR) * (1 - Objectives.resultWeight(r));
            assertTrue(w < last, r + " " + w);
            last = w;
            assertEquals(1, 1 - Objectives.violence(Severity.NONE) * (1 - Objectives.resultWeight(r)), 1e-12);
        }
        assertNotNull(Objectives.words(Severity.SERIOUS_CLASHES));
    }
}
