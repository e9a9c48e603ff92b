package brink.model.decide;

import brink.model.world.AllianceAgent;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.ActionSpec;
import brink.scenario.AllianceSpec;

import java.util.Locale;

/**
 * Why an action is not open to a state today, in plain words: the same conditions as {@link Decisions#isOpen}, in the
 * same order, each with what it needs and what the state has. For play mode and the classroom; the model never calls
 * it. (A hook of the classroom's: keep it in step with {@link Decisions#open} when the conditions change.)
 */
public final class Locks {
    private Locks() {
    }

    /** The reason the state's i-th action is closed today, or null when it is open. */
    public static String reason(World m, StateAgent s, int i) {
        if (Decisions.isOpen(m, s, i)) return null;
        ActionSpec a = s.actions[i];
        int r = m.crisis.rung;
        int top = m.scenario.ladder().size() - 1;
        if (r < a.minRung()) {
            return String.format(Locale.ROOT, "the crisis must first reach rung %d (%s); it is on rung %d (%s)", a.minRung(), name(m, a.minRung()), r, name(m, r));
        }
        if (r > a.maxRung()) {
            int max = Math.min(a.maxRung(), top);
            return String.format(Locale.ROOT, "it is only open up to rung %d (%s); the crisis is on rung %d (%s)", max, name(m, max), r, name(m, r));
        }
        if (s.forces < s.actionMinForces[i]) {
            return String.format(Locale.ROOT, "it needs at least %.0f thousand troops in the theatre; you have %.1f thousand", s.actionMinForces[i], s.forces);
        }
        for (int k : s.actionRequires[i]) {
            if (k >= 0 && !s.taken[k]) return "it needs a step taken first: " + s.actions[k].name();
        }
        return switch (a.kind()) {
            case DEMAND -> String.format(Locale.ROOT, "your ultimatum runs until %s; a new one can follow when it expires", m.scenario.date(s.deadline));
            case BUILD_UP -> s.maxBuildUp <= 0 ? "your state has no capacity to build up in this scenario"
                    : "all your active forces are already in the theatre";
            case DRAW_DOWN -> "you have no forces in the theatre to draw down";
            case SUPPLY_ARMS -> "you have no partner to supply with arms";
            case REINFORCE_ALLY -> Decisions.memberWith(m, s, AllianceSpec.Instrument.REINFORCEMENT) < 0
                    ? "you are not a member of an alliance that sends reinforcements"
                    : "all your active forces are already in the theatre";
            case THREATEN_SANCTIONS -> threatReason(m, s);
            case BACK_SANCTIONS, BLOCK_SANCTIONS -> "you are not a member of an alliance that imposes sanctions";
            case PROPOSE_TALKS -> s.rival < 0 ? "you have no rival to talk to" : "talks with " + m.states[s.rival].name + " are already proposed and not yet held";
            case CONCEDE -> s.rival < 0 ? "you have no rival to concede to" : "the issue already stands at " + m.states[s.rival].name + "'s position";
            default -> s.rival < 0 ? "you have no rival to act against" : "it is not open in the present situation";
        };
    }

    private static String name(World m, int rung) {
        return m.scenario.ladder().get(rung).name();
    }

    private static String threatReason(World m, StateAgent s) {
        for (int al : s.memberOf) {
            AllianceAgent a = m.alliances[al];
            if (!a.has(AllianceSpec.Instrument.SANCTIONS)) continue;
            if (a.threatenedTier >= m.tiers.length) return "the " + a.name + " already threatens its last sanctions tier";
            int need = m.tierThreatRung[a.threatenedTier];
            return String.format(Locale.ROOT, "the %s can threaten tier %d only from rung %d (%s); the crisis is on rung %d", a.name,
                    a.threatenedTier + 1, need, name(m, need), m.crisis.rung);
        }
        return "you are not a member of an alliance that imposes sanctions";
    }
}
