package brink.model.sanctions;

import brink.model.world.AllianceAgent;
import brink.model.world.Conflict;
import brink.model.world.Crisis;
import brink.model.world.SanctionsRegime;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.ActionSpec;

/**
 * Who escalated, as an alliance sees it at the end of a day: the seam between sanctions and the attribution of rung
 * changes and uses of force. A state earns culpability for a rung when its own action leads there (the action's
 * ladder trigger, up to the rung the crisis stands on) or when the trigger that holds the crisis on its rung is its
 * doing (the ladder's cause: its action, its forces, its war); it is an attacker when it uses force on a member or a
 * partner of the alliance, or fights a war against one. A deniable move earns nothing. Sanctions then answer the
 * state that escalated, not a fixed adversary (Morgan, Bapat &amp; Kobayashi 2014: sanctions are threatened and imposed
 * in response to a target's behaviour).
 */
final class Attribution {
    private Attribution() {
    }

    /** Today's moves and the day's rung, read into the alliance's regime (after the ladder has placed the crisis). */
    static void observe(World m, AllianceAgent al, SanctionsRegime r) {
        Crisis c = m.crisis;
        int day = c.day, rung = c.rung;
        for (StateAgent s : m.principals) {
            int choice = s.lastChoice;
            if (choice < 0 || !r.eligible(s.index)) continue;
            int action = s.actionIndex[choice];
            if (c.lastActionDay[action] != day || c.lastActionBy[action] != s.index) continue;
            ActionSpec a = s.actions[choice];
            // a deniable move is not pinned on its actor in the days a sanctions decision takes (Rid & Buchanan 2015)
            if (a.kind() == ActionSpec.Kind.HOLD || a.deniable()) continue;
            // the rung its move leads to, as far as the crisis went there
            int leads = m.actionRung[action];
            if (leads >= 0) r.culpability[s.index] = Math.max(r.culpability[s.index], Math.min(leads, rung));
            if (a.violent() && hits(m, al, a.kind(), s.actionTarget[choice])) r.attacker[s.index] = true;
        }
        // the state whose conduct holds the crisis on its rung (not through a deniable action)
        int cause = c.rungCause;
        boolean deniable = c.rungCauseAction >= 0 && m.scenario.actions().get(c.rungCauseAction).deniable();
        if (cause >= 0 && !deniable && r.eligible(cause)) r.culpability[cause] = Math.max(r.culpability[cause], rung);
        // a war it fights against a member or a partner (it attacked, or joined the attacker's side)
        for (int i = 0; i < c.conflicts.size(); i++) {
            Conflict w = c.conflicts.get(i);
            if (!w.active || w.clash) continue;
            for (int j : r.targets) {
                if (w.sideA[j] && !r.attacker[j] && fightsInside(m, al, w)) r.attacker[j] = true;
            }
        }
        r.seenRung = rung;
    }

    /** Does a use of force aimed at this state hit a member or a partner of the alliance? (Nuclear use hits its camp.) */
    static boolean hits(World m, AllianceAgent al, ActionSpec.Kind kind, int victim) {
        if (kind == ActionSpec.Kind.NUCLEAR_USE) return true;
        return victim >= 0 && inside(m, al, victim);
    }

    /** Is a member or a partner of the alliance on the defender's side of the war? */
    private static boolean fightsInside(World m, AllianceAgent al, Conflict w) {
        for (int k : al.members) if (w.sideB[k]) return true;
        for (int p : m.partnersOf[al.index]) if (w.sideB[p]) return true;
        return false;
    }

    private static boolean inside(World m, AllianceAgent al, int state) {
        if (al.isMember(state)) return true;
        for (int p : m.partnersOf[al.index]) if (p == state) return true;
        return false;
    }
}
