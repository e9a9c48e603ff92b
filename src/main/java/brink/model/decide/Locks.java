package brink.model.decide;

import brink.model.world.AllianceAgent;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.ActionSpec;
import brink.scenario.AllianceSpec;

import java.util.Locale;

/**
 * Why an action is not open to a state today, in plain words: the condition that {@link Decisions#closed} (the model's
 * own check, behind {@link Decisions#isOpen}) finds unmet, with what it needs and what the state has. For play mode and
 * the classroom; the model never calls it. There is no second list of conditions to keep in step: a new condition in
 * the model is a new {@link Decisions.Closed} value, and this switch does not compile until it has its words.
 */
public final class Locks {
    private Locks() {
    }

    /** The reason the state's i-th action is closed today, or null when it is open. */
    public static String reason(World m, StateAgent s, int i) {
        Decisions.Closed why = Decisions.closed(m, s, i);
        if (why == Decisions.Closed.OPEN) return null;
        ActionSpec a = s.actions[i];
        int r = m.crisis.rung;
        int target = s.actionTarget[i];
        return switch (why) {
            case OPEN -> null;
            case BELOW_RUNG -> String.format(Locale.ROOT, "the crisis must first reach rung %d (%s); it is on rung %d (%s)", a.minRung(), name(m, a.minRung()), r, name(m, r));
            case ABOVE_RUNG -> {
                int max = Math.min(a.maxRung(), m.scenario.ladder().size() - 1);
                yield String.format(Locale.ROOT, "it is only open up to rung %d (%s); the crisis is on rung %d (%s)", max, name(m, max), r, name(m, r));
            }
            case FORCES -> String.format(Locale.ROOT, "it needs at least %.0f thousand troops in the theatre; you have %.1f thousand", Math.ceil(s.actionMinForces[i]), Math.floor(s.forces * 10) / 10);
            case STEP_FIRST -> "it needs a step taken first: " + s.actions[Decisions.firstStepMissing(s, i)].name();
            case NO_TARGET -> switch (a.kind()) {
                case SUPPLY_ARMS, INTERVENE -> "you have no partner to support";
                default -> "you have no rival to aim it at";
            };
            case NO_CAPACITY -> "your state has no capacity to build up in this scenario";
            case AT_CEILING -> String.format(Locale.ROOT, "your forces in the theatre (%.1f thousand) are at the most you can deploy (%.1f thousand)", s.forces, s.ceiling);
            case LIFT_USED -> "today's mobilisation already moves all the forces you can move in a day";
            case NO_FORCES -> "you have no forces in the theatre to draw down";
            case NO_REINFORCEMENT_ALLIANCE -> "you are not a member of an alliance that sends reinforcements";
            case NO_SANCTIONS_ALLIANCE -> "you are not a member of an alliance that imposes sanctions";
            case SANCTIONS_NO_ADVERSARY -> "the " + sanctioning(m, s).name + " does not answer any adversary yet";
            case SANCTIONS_ALL_THREATENED -> "the " + sanctioning(m, s).name + " already threatens its last sanctions tier";
            case SANCTIONS_RUNG -> {
                AllianceAgent al = sanctioning(m, s);
                int need = m.tierThreatRung[al.threatenedTier];
                yield String.format(Locale.ROOT, "the %s can threaten tier %d only from rung %d (%s); the crisis is on rung %d (%s)", al.name,
                        al.threatenedTier + 1, need, name(m, need), r, name(m, r));
            }
            case AGREEMENT_IN_FORCE -> "an agreement is in force: there are no talks on the issue while it holds";
            case TALKS_PENDING -> "talks with " + m.states[target].name + " are already proposed and not yet held";
            case AT_TARGET_POSITION -> "the issue already stands at " + m.states[target].name + "'s position";
            case ULTIMATUM_RUNNING -> String.format(Locale.ROOT, "your ultimatum runs until %s; a new one can follow when it expires", m.scenario.date(s.deadline));
            case DONE_ONCE -> "you have taken this step already; it cannot be taken twice";
            case SELF_TARGET -> "it would be aimed at your own state";
            case FIGHTING -> "you are already fighting " + m.states[target].name + " at this intensity or more";
            case AT_WAR -> "you are already at war";
            case PARTNER_NOT_ATTACKED -> m.states[target].name + " is not under attack in a war";
            case NOT_NUCLEAR -> "your state has no nuclear weapons";
            case NOT_AT_WAR -> "only a state at war can use nuclear weapons; you are not at war";
            case NOT_THE_ATTACKER -> "you did not start the war you are in: only its attacker can withdraw from it";
            case NOTHING_TO_WITHDRAW -> "there is nothing to withdraw from: no forces beyond those you began with and no public demand to back away from";
        };
    }

    private static String name(World m, int rung) {
        return m.scenario.ladder().get(rung).name();
    }

    /** The first alliance of s with sanctions: the one whose reason Decisions.threatClosed gives. */
    private static AllianceAgent sanctioning(World m, StateAgent s) {
        return m.alliances[Decisions.memberWith(m, s, AllianceSpec.Instrument.SANCTIONS)];
    }
}
