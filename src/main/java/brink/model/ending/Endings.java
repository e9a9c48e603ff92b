package brink.model.ending;

import brink.model.ladder.Ladder;
import brink.model.world.Agreement;
import brink.model.world.Crisis;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.Termination;

import java.util.Locale;

/**
 * How crises end, in the forms crisis data code (International Crisis Behavior, FOROUT): an agreement (formal, or a
 * semi-formal ceasefire) that holds settlementDays with no war fought ends the crisis on the day it was reached; a
 * crisis that stays calm (no war, on a low rung, tension low) for fadeDays fades (tacit); a unilateral act (a state
 * gives in or withdraws) or an imposed outcome (a war won) ends it on the day it happens. An agreement can break
 * down: its daily hazard grows as its parties fail to comply (Fortna 2004).
 */
public final class Endings {
    /** The reasons a run ends on a termination, made once. */
    private static final String[] ENDED = java.util.Arrays.stream(Termination.values())
            .map(t -> "the crisis has ended (" + t.label() + ")").toArray(String[]::new);

    private Endings() {
    }

    /** The end of a day: agreements hold or break down, the crisis may end, the day is recorded, tension relaxes. */
    public static void close(World m, Ladder ladder) {
        Crisis c = m.crisis;
        if (c.ended) return;
        agreement(m);
        boolean war = c.atWar();
        Agreement a = c.accord;
        int settle = m.scenario.crisis().settlementDays();
        if (c.termination == null && a != null && !war && c.day - a.startDay + 1 >= settle) {
            m.terminate(a.form, a.startDay, m.heldReason(a.noun), -1);
        }
        fade(m, war);
        if (c.termination == null && a != null && c.accord == a && c.day >= m.scenario.horizonDays() - 1) {
            // at the end of the observation window an agreement still in force counts as how the crisis ended
            m.terminate(a.form, a.startDay, "an agreement in force when the observation ends", -1);
        }
        m.recordDay();
        if (ladder.absorbing(c.rung)) {
            m.end(ladder.names[c.rung]);
        } else if (c.termination != null && !war) {
            m.end(ENDED[c.termination.ordinal()]);
        }
        c.tension += m.p.tensionDecay * (m.p.tensionBaseline - c.tension);
    }

    /** Compliance recovers day by day; the agreement breaks down with a hazard that grows with non-compliance. */
    static void agreement(World m) {
        Crisis c = m.crisis;
        Agreement a = c.accord;
        if (a == null) return;
        double least = 1;
        for (StateAgent s : m.states) if (a.bound[s.index]) least = Math.min(least, s.compliance);
        double hazard = m.p.agreementHazard * (1 + m.p.violationWeight * (1 - least));
        double u = m.streams.events.nextDouble();
        for (StateAgent s : m.states) s.compliance = Math.min(1, s.compliance + m.p.complianceRecovery);
        if (u < hazard && c.termination == null) {
            double comply = least;
            if (m.narrating()) m.say(() -> String.format(Locale.ROOT, "the agreement breaks down (least compliance %.2f)", comply));
            m.endAgreement();
        }
    }

    /** A calm crisis fades: no war, on a low rung, tension low, for fadeDays in a row (ICB: tacit, or faded). */
    static void fade(World m, boolean war) {
        Crisis c = m.crisis;
        var spec = m.scenario.crisis();
        boolean calm = !war && c.termination == null && c.accord == null && c.rung <= spec.fadeRung(m.ladderTop()) && c.tension < spec.fadeTension();
        if (!calm) {
            c.calmSince = -1;
            return;
        }
        if (c.calmSince < 0) c.calmSince = c.day;
        if (c.day - c.calmSince + 1 >= spec.fadeDays()) {
            m.terminate(Termination.TACIT, c.calmSince, "the crisis has been calm for " + spec.fadeDays() + " days", -1);
        }
    }
}
