package brink.cli;

import brink.model.CrisisModel;
import brink.model.world.Conflict;
import brink.montecarlo.Seeds;
import brink.scenario.Loader;
import brink.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * brink narrate on runs of the seed with a war (issue 9's acceptance): the story tells the battles, the losses, the
 * movement of the front and of the issue, how the war and the crisis ended and why, and each principal's toll.
 */
class NarrateCommandTest {
    private static final long SEED = 7;

    /** The first run of the seed's batch (master seed SEED) whose war ended before the horizon and how it ended. */
    private static int firstEndedWar(Scenario s, String ending) {
        for (int k = 0; k < 200; k++) {
            CrisisModel m = new CrisisModel(s, Seeds.run(SEED, k), false);
            m.run();
            for (Conflict c : m.crisis.conflicts) if (!c.clash && !c.active && c.ending.contains(ending)) return k;
        }
        throw new AssertionError("no run of the first 200 has a war that ended in '" + ending + "'");
    }

    @Test
    void aRunWithAWarTellsItsBattlesLossesFrontAndEnding() {
        // the seed's wars often end in a ceasefire; the test scenario's, with a much stronger Redland, in a collapse
        String duel = "src/test/resources/scenarios/duel.yaml";
        String[] strong = {"states.RED.forces=300", "states.RED.activeForces=600", "states.BLU.forces=30", "states.BLU.activeForces=40"};
        for (String ending : List.of("ceasefire", "collapse")) {
            boolean seed = ending.equals("ceasefire");
            Scenario s = seed ? Loader.load(Path.of("scenarios/nato-russia-2022-01.json"))
                    : Loader.load(Path.of(duel), java.util.Arrays.stream(strong).map(brink.scenario.Overrides.Assignment::parse).toList());
            int k = firstEndedWar(s, ending);
            List<String> args = new java.util.ArrayList<>(List.of("narrate", seed ? "nato-russia-2022-01" : duel, "--seed", "" + SEED, "--run", "" + k));
            if (!seed) for (String a : strong) args.addAll(List.of("--set", a));
            ReproducersTest.Out n = ReproducersTest.brink(args.toArray(String[]::new));
            assertEquals(0, n.code(), n.err());
            List<String> lines = n.out().lines().toList();
            String war = one(lines, "war: ", "the war's opening, run " + k);
            assertTrue(war.contains("attacks") && war.contains("strength"), war);
            // each day's battle: who won it, the losses of both sides, the front and the issue moving
            String battle = one(lines, "battle, day 1 of the war: ", "the first battle, run " + k);
            assertTrue(battle.matches(".* wins the day .*losses [0-9.]+ / [0-9.]+ thousand; front [0-9.]+ → [0-9.]+, position [0-9.]+"), battle);
            // the war's end: why, and its toll (days, losses by side, where the front and the issue went)
            String end = one(lines, "the war ends: ", "the war's end, run " + k);
            assertTrue(end.contains(ending) && end.matches(".*— [0-9]+ days of fighting; losses .* thousand; front [0-9.]+ → [0-9.]+; the issue [0-9.]+ → [0-9.]+"), end);
            if (ending.equals("ceasefire")) assertTrue(end.contains("both prefer the line to fighting on") && end.contains("rates its chance of winning"), end);
            // how the crisis ended and why, and each belligerent's losses
            String outcome = one(lines, "outcome: ", "the outcome line, run " + k);
            assertTrue(outcome.contains("severity") && outcome.contains("the issue") && outcome.contains("(lost "), outcome);
            if (!outcome.contains("had not ended")) {
                assertTrue(outcome.matches(".*ended [a-z-]+ on [0-9-]+ \\(.+\\) after [0-9]+ days.*"), "the form, the day and why: " + outcome);
                assertTrue(lines.stream().anyMatch(l -> l.contains("the crisis ends (")), "the day the crisis ended is told, run " + k);
            }
        }
    }

    /** The first line whose text (after the date) starts with the fragment. */
    private static String one(List<String> lines, String fragment, String what) {
        return lines.stream().filter(l -> l.length() > 12 && l.substring(12).startsWith(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + what));
    }
}
