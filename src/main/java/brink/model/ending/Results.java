package brink.model.ending;

import brink.model.world.Crisis;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.ActorResult;
import brink.scenario.ContestedIssue;
import brink.scenario.Termination;

import java.util.Locale;

/**
 * A run's outcome in the codes of the International Crisis Behavior project (codebook v14), so runs compare with its
 * 486 crises: the form of termination and its day, the duration from the crisis's trigger, and each principal's
 * result (OUTCOM): victory when the issue ended at least resultThreshold closer to its ideal than it began (or it
 * imposed the outcome in war), defeat when that much farther (or the outcome was imposed on it, or it gave in or
 * withdrew without gain), else compromise when the crisis ended in an agreement and stalemate when it did not.
 */
public record Results(Termination termination, int terminationDay, int durationDays, int[] firstForceDays, double[] losses,
                      ActorResult[] results, double[] positions) {

    public static Results of(World m) {
        Crisis c = m.crisis;
        Termination form = c.termination == null ? Termination.NONE : c.termination;
        int day = c.termination == null ? -1 : c.terminationDay;
        int last = c.termination == null ? c.day : day;
        int duration = last - m.triggerDay + 1;
        int n = m.states.length;
        int[] first = new int[n];
        double[] losses = new double[n];
        ActorResult[] results = new ActorResult[n];
        for (int i = 0; i < n; i++) {
            StateAgent s = m.states[i];
            first[i] = s.firstForceDay;
            losses[i] = s.losses;
            if (s.isPrincipal()) results[i] = result(m, s, form);
        }
        var issues = m.scenario.issues();
        double[] positions = new double[issues.size()];
        ContestedIssue crisisIssue = m.issue();
        for (int i = 0; i < positions.length; i++) {
            positions[i] = issues.get(i) == crisisIssue ? c.statusQuo : m.draw.value(issues.get(i).statusQuo());
        }
        return new Results(form, day, duration, first, losses, results, positions);
    }

    static ActorResult result(World m, StateAgent s, Termination form) {
        Crisis c = m.crisis;
        double gain = Math.abs(c.statusQuo0 - s.ideal0) - Math.abs(c.statusQuo - s.ideal0);
        double tau = m.p.resultThreshold;
        int by = c.terminationBy;
        if (form == Termination.IMPOSED && by >= 0) {
            if (by == s.index || allied(m, by, s.index)) return ActorResult.VICTORY;
            if (opposed(m, by, s.index)) return ActorResult.DEFEAT;
        }
        if (form == Termination.UNILATERAL && by == s.index && gain < tau) return ActorResult.DEFEAT;
        if (gain >= tau) return ActorResult.VICTORY;
        if (gain <= -tau) return ActorResult.DEFEAT;
        return form == Termination.FORMAL_AGREEMENT || form == Termination.SEMI_FORMAL_AGREEMENT ? ActorResult.COMPROMISE : ActorResult.STALEMATE;
    }

    /** Fought on the same side in a war of this run. */
    private static boolean allied(World m, int a, int b) {
        for (var con : m.crisis.conflicts) if (con.side(a) != 0 && con.side(a) == con.side(b)) return true;
        return false;
    }

    /** Fought on opposite sides, or are rivals. */
    private static boolean opposed(World m, int a, int b) {
        for (var con : m.crisis.conflicts) if (con.side(a) != 0 && con.side(a) == -con.side(b)) return true;
        for (int x : m.states[a].adversaries) if (x == b) return true;
        for (int x : m.states[b].adversaries) if (x == a) return true;
        return false;
    }

    /** One line for the story: how it ended and what it brought each principal. */
    public String describe(World m) {
        StringBuilder b = new StringBuilder();
        Crisis c = m.crisis;
        b.append(termination == Termination.NONE ? "the crisis had not ended" : "ended " + termination.label() + " on " + m.scenario.date(terminationDay)
                + (c.terminationReason.isEmpty() ? "" : " (" + c.terminationReason + ")"));
        b.append(String.format(Locale.ROOT, " after %d days from its trigger; severity %s; the issue %.2f → %.2f", durationDays,
                brink.scenario.Severity.values()[c.severity - 1].label(), c.statusQuo0, c.statusQuo));
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) continue;
            b.append("; ").append(m.states[i].id).append(' ').append(results[i].label());
            if (losses[i] > 0) b.append(String.format(Locale.ROOT, " (lost %.1f thousand)", losses[i]));
        }
        return b.toString();
    }
}
