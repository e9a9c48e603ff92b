package brink.cli;

import brink.model.CrisisModel;
import brink.model.RunRecord;
import brink.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(header = "Tell the day-by-day story of one replication (replays any row of a batch).", name = "narrate", mixinStandardHelpOptions = true,
        description = {"Tell the day-by-day story of one replication: events, talks and their results, every action that changed something, the rung when it changes, and the outcome. --seed S --run K replays exactly run K of a batch run with master seed S."},
        footer = {"", "Examples:", "  brink narrate                      (run 0 of the default batch seed)",
                "  brink narrate --seed 42 --run 17   (row 17 of 'brink run --seed 42')",
                "  brink narrate --run-seed -8231...  (a row's own seed, from runs.csv)"})
final class NarrateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ReplayOptions replay;

    @Option(names = "--run-seed", paramLabel = "SEED", description = "Replay the run with this seed (the 'seed' column of runs.csv).")
    Long runSeed;

    @Option(names = "--explain", paramLabel = "STATE", description = "Also show, each day, the utility and probability of every action open to this state (by id).")
    String explain;

    @Override
    public Integer call() {
        Scenario s = scenario.load();
        long rs = runSeed != null ? runSeed : replay.runSeed();
        CrisisModel m = new CrisisModel(s, rs, true);
        RunRecord r;
        if (explain == null) {
            r = m.run();
        } else {
            if (s.state(explain).isEmpty() || s.state(explain).get().actions().isEmpty()) {
                throw new Main.BadInput("--explain: '" + explain + "' is not a state with actions in " + s.id());
            }
            r = explained(m);
        }
        System.out.println(s.title());
        System.out.println(runSeed != null ? "run seed " + rs : "master seed " + replay.seed + ", run " + replay.run + " (run seed " + rs + ")");
        var paths = m.draw.paths();
        double[] v = m.draw.values();
        for (int i = 0; i < paths.size(); i++) System.out.printf("  drawn %s = %.4g%n", paths.get(i), v[i]);
        System.out.println();
        r.log().forEach(System.out::println);
        return 0;
    }

    /** Runs day by day, interleaving the chosen state's options with the story. */
    private RunRecord explained(CrisisModel m) {
        m.start();
        var agent = m.states[m.stateIndex(explain)];
        int shown = 0;
        while (!m.crisis.ended && m.schedule.step(m)) {
            StringBuilder b = new StringBuilder("            " + agent.name + " weighed:");
            for (int i = 0; i < agent.actions.length; i++) {
                if (Double.isNaN(agent.lastUtility[i])) continue;
                if (agent.actions[i].major()) {
                    // a major move: its advantage over the best everyday move and the day's hazard it gives
                    b.append(String.format(java.util.Locale.ROOT, " %s %.2f [major: gap %+.2f, hazard %.2g];", agent.actions[i].id(), agent.lastUtility[i],
                            agent.lastGap[i], agent.lastHazard[i]));
                } else {
                    b.append(String.format(java.util.Locale.ROOT, " %s %.2f (%.0f%%);", agent.actions[i].id(), agent.lastUtility[i], 100 * agent.lastProbability[i]));
                }
            }
            m.log.add(b.toString());
            shown++;
        }
        m.finish();
        return m.record();
    }
}
