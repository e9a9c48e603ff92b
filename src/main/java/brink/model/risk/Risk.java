package brink.model.risk;

import brink.model.decide.Actions;
import brink.model.war.War;
import brink.model.world.Conflict;
import brink.model.world.Crisis;
import brink.model.world.StateAgent;
import brink.model.world.Stream;
import brink.model.world.World;
import brink.scenario.ActionSpec;

import java.util.Locale;

/**
 * Risk that leaves something to chance (Schelling 1960, ch. 8; Posen 1991; Lebow 1987): escalation nobody chose.
 * <ul>
 * <li><b>Incidents.</b> Forces of adversaries in contact meet in air and naval encounters, border clashes and
 * misidentifications at a daily hazard proportional to the forces in contact and to the alert the tension brings:
 * {@code lambda = incidentRate x sqrt(F_i F_j)/100 x tension^2}. An incident raises tension, is a decision point
 * for both sides, and is violent with chance incidentViolence: a clash, fought at clashIntensity until both sides
 * would rather stop (a clash with a member of a collective-defence alliance brings the alliance in).</li>
 * <li><b>Loss of control.</b> A war in which nuclear-armed states fight on both sides carries a daily chance of
 * nuclear use nobody decided, {@code lossOfControl x sqrt(intensity) x tension}, falling on a nuclear belligerent that is
 * losing ground (Posen 1991: conventional operations that threaten the other side's nuclear forces).</li>
 * </ul>
 */
public final class Risk {
    private Risk() {
    }

    /** The day's incidents between adversaries whose forces are in contact and not already at war with each other. */
    public static void incidents(World w) {
        Crisis c = w.crisis;
        Stream rnd = w.streams.incidents;
        double alert = c.tension * c.tension;
        for (int k = 0; k < w.contactA.length; k++) {
            StateAgent a = w.states[w.contactA[k]], b = w.states[w.contactB[k]];
            double contact = Math.sqrt(Math.max(0, a.forces) * Math.max(0, b.forces));
            double hazard = w.p.incidentRate * contact / 100 * alert;
            // one draw per pair and day, whatever the hazard, so the stream stays aligned across runs
            double u = rnd.nextDouble();
            if (u >= hazard || War.between(w, a.index, b.index) != null) continue;
            boolean violent = rnd.nextDouble() < w.p.incidentViolence;
            double before = c.tension;
            c.addTension(w.p.incidentTension);
            c.lastIncidentDay = c.day;
            c.incidents++;
            if (violent) {
                // shots fired: a clash between the two, which an alliance's collective defence answers like any attack
                boolean aFirst = rnd.nextDouble() < 0.5;
                War.attack(w, aFirst ? a.index : b.index, aFirst ? b.index : a.index, w.p.clashIntensity, 0, -1, true);
            }
            int until = c.day + (int) Math.round(w.p.decisionPointDays) - 1;
            a.decisionPointUntil = Math.max(a.decisionPointUntil, until);
            b.decisionPointUntil = Math.max(b.decisionPointUntil, until);
            if (w.narrating()) {
                w.say(String.format(Locale.ROOT, "incident between the forces of %s and %s%s — tension %.2f → %.2f",
                        a.name, b.name, violent ? ", shots fired" : " (no shots fired)", before, c.tension));
            }
        }
    }

    /** Inadvertent nuclear use in a war between nuclear-armed sides. */
    public static void lossOfControl(World w) {
        Crisis c = w.crisis;
        for (int i = 0; i < c.conflicts.size(); i++) {
            Conflict con = c.conflicts.get(i);
            if (!con.active) continue;
            int userA = nuclearUser(w, con, true), userB = nuclearUser(w, con, false);
            boolean armedA = armed(w, con, true), armedB = armed(w, con, false);
            if (!(armedA && armedB) || userA < 0 && userB < 0) continue;
            // the danger is in forces in contact at high alert more than in the scale of the fighting: it grows as the root of intensity
            double hazard = w.p.lossOfControl * Math.sqrt(con.intensity) * c.tension;
            if (w.streams.incidents.nextDouble() >= hazard) continue;
            // it falls on the side losing ground (the attacker's below the front's start, else the defender's)
            boolean attackerLosing = con.control < w.p.frontStart;
            int user = attackerLosing ? (userA >= 0 ? userA : userB) : (userB >= 0 ? userB : userA);
            StateAgent s = w.states[user];
            if (w.narrating()) w.say(() -> "loss of control: a nuclear weapon of " + s.name + " is used without a decision to escalate");
            Actions.act(w, s, nuclearAction(s));
            return;
        }
    }

    private static boolean armed(World w, Conflict con, boolean sideA) {
        for (int k = 0; k < w.states.length; k++) if ((sideA ? con.sideA[k] : con.sideB[k]) && w.states[k].nuclear()) return true;
        return false;
    }

    /** A nuclear-armed belligerent on the side that has a nuclear-use action, -1 when none. */
    private static int nuclearUser(World w, Conflict con, boolean sideA) {
        for (int k = 0; k < w.states.length; k++) {
            if ((sideA ? con.sideA[k] : con.sideB[k]) && w.states[k].nuclear() && nuclearAction(w.states[k]) >= 0) return k;
        }
        return -1;
    }

    private static int nuclearAction(StateAgent s) {
        for (int i = 0; i < s.actions.length; i++) if (s.actions[i].kind() == ActionSpec.Kind.NUCLEAR_USE) return i;
        return -1;
    }
}
