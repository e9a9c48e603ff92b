package brink.model.world;

import brink.scenario.ActionSpec;
import brink.scenario.ContestedIssue;
import brink.scenario.EventSpec;
import brink.scenario.Rung;
import brink.scenario.Scenario;
import brink.scenario.StateSpec;
import brink.scenario.Trigger;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario fixes for all its runs, worked out once per resolved scenario and shared by every run and thread:
 * the indices of ids, the rungs actions lead to, the talks, the issue and its subjects, each state's actions by
 * index and what they require. Nothing here is drawn or changed by a run (a run's setup then only fills its own
 * arrays). Read-only once built; kept while its scenario is in use.
 */
final class Layout {
    final Map<String, Integer> stateIdx, allianceIdx, actionIdx;
    final String[] stateIds, allianceIds;
    /** For each scenario action, the highest rung a trigger on it leads to (-1 when none). Never written by a run. */
    final int[] actionRung;
    final int warRung;
    final List<EventSpec> talks;
    /** For each scenario event, its index among the talks (-1 when it is not one). */
    final int[] talkIndexOfEvent;
    final ContestedIssue issue;
    final int[] subjects;
    /** For each state, its actions' indices among the scenario's actions, and each action's prerequisites among its own. */
    final int[][] stateActions;
    final int[][][] requires;

    private Layout(Scenario scenario) {
        stateIdx = index(scenario.states().stream().map(StateSpec::id).toList());
        allianceIdx = index(scenario.alliances().stream().map(a -> a.id()).toList());
        actionIdx = index(scenario.actions().stream().map(ActionSpec::id).toList());
        stateIds = scenario.states().stream().map(StateSpec::id).toArray(String[]::new);
        allianceIds = scenario.alliances().stream().map(a -> a.id()).toArray(String[]::new);
        actionRung = new int[scenario.actions().size()];
        Arrays.fill(actionRung, -1);
        for (Rung r : scenario.ladder()) {
            for (Trigger tr : r.triggers()) {
                if (tr.action() != null) actionRung[actionIdx.get(tr.action())] = Math.max(actionRung[actionIdx.get(tr.action())], r.level());
            }
        }
        int war = -1;
        for (int i = 0; i < actionRung.length; i++) {
            ActionSpec.Kind k = scenario.actions().get(i).kind();
            if (k == ActionSpec.Kind.INVASION || k == ActionSpec.Kind.INCURSION) war = Math.max(war, actionRung[i]);
        }
        warRung = war < 0 ? scenario.ladder().size() - 1 : war;
        talks = scenario.events().stream().filter(e -> e.type().isBargaining()).toList();
        talkIndexOfEvent = scenario.events().stream().mapToInt(talks::indexOf).toArray();
        String id = scenario.crisis().issue();
        issue = id == null ? scenario.issues().get(0) : scenario.issues().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        subjects = issue.subjects().stream().mapToInt(stateIdx::get).toArray();
        int n = scenario.states().size();
        stateActions = new int[n][];
        requires = new int[n][][];
        for (int i = 0; i < n; i++) {
            StateSpec s = scenario.states().get(i);
            int k = s.actions().size();
            stateActions[i] = new int[k];
            requires[i] = new int[k][];
            for (int j = 0; j < k; j++) {
                stateActions[i][j] = actionIdx.get(s.actions().get(j));
                requires[i][j] = scenario.actions().get(stateActions[i][j]).requires().stream().mapToInt(r -> s.actions().indexOf(r)).toArray();
            }
        }
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) m.put(ids.get(i), i);
        return java.util.Collections.unmodifiableMap(m);
    }

    // the layouts of the scenarios in use, by identity (a resolved scenario is one object; records hash deeply)
    private static final int KEPT = 32;
    @SuppressWarnings("unchecked")
    private static final WeakReference<Scenario>[] SCENARIOS = new WeakReference[KEPT];
    private static final Layout[] LAYOUTS = new Layout[KEPT];
    private static int next;

    /** The layout of this scenario: made on its first run, then shared. */
    static Layout of(Scenario scenario) {
        synchronized (LAYOUTS) {
            for (int i = 0; i < KEPT; i++) {
                if (SCENARIOS[i] != null && SCENARIOS[i].get() == scenario) return LAYOUTS[i];
            }
        }
        Layout made = new Layout(scenario);
        synchronized (LAYOUTS) {
            SCENARIOS[next] = new WeakReference<>(scenario);
            LAYOUTS[next] = made;
            next = (next + 1) % KEPT;
        }
        return made;
    }
}
