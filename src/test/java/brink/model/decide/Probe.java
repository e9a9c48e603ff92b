package brink.model.decide;

import brink.TestScenarios;
import brink.model.CrisisModel;
import brink.model.war.War;
import brink.model.world.Outlook;
import brink.model.world.StateAgent;
import brink.model.world.World;

import java.util.Arrays;
import java.util.Locale;

/** A modeller's probe (not a test): the value of each of a state's actions in a situation set by hand. */
public final class Probe {
    public static void main(String[] args) {
        var s = TestScenarios.load(java.nio.file.Path.of(args[0]), Arrays.stream(args).skip(4).filter(a -> a.contains("=")).toArray(String[]::new));
        CrisisModel m = new CrisisModel(s, Long.parseLong(args[1]), false);
        m.start();
        int days = Integer.parseInt(args[3]);
        for (int d = 0; d < days; d++) m.stepDay();
        World w = m.world;
        StateAgent st = w.states[w.stateIndex(args[2])];
        System.out.printf(Locale.ROOT, "commitment %.3f forces0 %.0f forceCost %.4f sanctions flow %.3f standoff %.3f%n", st.commitment, st.forces0, st.forceCost,
                brink.model.sanctions.Sanctions.burden(w, st.index), Decisions.standoff(w, st));
        if (args.length > 4 && args[4].equals("--all")) for (int i = 0; i < st.actions.length; i++) st.taken[i] = true;
        System.out.printf(Locale.ROOT, "day %d rung %d tension %.2f q %.2f forces %.0f resolve %.2f%n", w.crisis.day, w.crisis.rung, w.crisis.tension, w.crisis.statusQuo, st.forces, st.currentResolve());
        for (StateAgent x : w.principals) System.out.printf(Locale.ROOT, "    %s forces %.1f active %.0f supplies %.1f resolve %.2f believed by %s %.2f frustration %.2f%n", x.id, x.forces, x.activeForces, x.supplies, x.currentResolve(), st.id, st.believedResolve(x.index), x.frustration);
        for (int i = 0; i < st.actions.length; i++) {
            double u = Decisions.utility(w, st, i);
            System.out.printf(Locale.ROOT, "  %-20s open %-5s U %.3f%n", st.actions[i].id(), Decisions.isOpen(w, st, i), u);
            if (st.actions[i].kind().opensWar()) {
                Outlook o = new Outlook();
                War.outlook(w, st.index, st.index, st.actionTarget[i], st.actionIntensity[i], true, o, new double[2]);
                System.out.printf(Locale.ROOT, "      daily %.3f win %.3f days %.0f costA %.3f costD %.3f strength %.0f vs %.0f standoff %.3f%n", o.daily, o.win, o.days, o.costAttacker, o.costDefender, o.strengthA, o.strengthB, Decisions.standoff(w, st));
            }
        }
    }
}
