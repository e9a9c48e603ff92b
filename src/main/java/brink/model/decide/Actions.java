package brink.model.decide;

import brink.model.sanctions.Sanctions;
import brink.model.world.Crisis;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.ActionSpec;
import brink.scenario.EventSpec;

import java.util.List;
import java.util.Locale;

/** What a chosen action does to the world: its effects, the signal it sends, the tension it adds, and the story. */
public final class Actions {
    private Actions() {
    }

    public static void act(World m, StateAgent s, int choice) {
        ActionSpec a = s.actions[choice];
        if (a.kind() == ActionSpec.Kind.HOLD) return;
        Crisis c = m.crisis;
        double before = c.tension;
        String detail = "";
        double moved = 0;
        switch (a.kind()) {
            case BUILD_UP -> {
                // a surge on top of the drift, capped by the state's build-up capacity
                moved = Math.min(Math.min(s.actionAmount[choice], s.maxBuildUp), Math.max(0, s.activeForces - s.forces));
                s.forces += moved;
            }
            case DRAW_DOWN -> {
                moved = -Math.min(s.forces, s.actionAmount[choice]);
                s.forces += moved;
            }
            case REINFORCE_ALLY -> {
                moved = Math.min(s.actionAmount[choice], Math.max(0, s.activeForces - s.forces));
                s.forces += moved;
            }
            case SUPPLY_ARMS -> m.states[s.partner].supplies += s.actionAmount[choice];
            case PROPOSE_TALKS -> {
                int day = c.day + (int) Math.round(m.p.talksDelay);
                if (day < m.scenario.horizonDays()) {
                    StateAgent r = m.states[s.rival];
                    // the model places the proposal on the schedule; the pair is pending until the talks are held
                    m.proposals.add(new EventSpec("proposed-" + s.id + "-" + day, "talks proposed by " + s.name, m.scenario.date(day),
                            EventSpec.Type.TALKS, List.of(s.id, r.id), null, null, null, null, null, null, null, null, null, null));
                    m.talksProposed(s.index, s.rival);
                    if (m.narrating()) detail = " with " + r.name + " for " + m.scenario.date(day);
                }
            }
            case CONCEDE -> {
                double target = m.states[s.rival].ideal, from = c.statusQuo;
                c.statusQuo += Math.signum(target - from) * Math.min(s.actionAmount[choice], Math.abs(target - from));
                s.ideal += Math.signum(target - s.ideal) * Math.min(s.actionAmount[choice] / 2, Math.abs(target - s.ideal));
                if (m.narrating()) detail = String.format(Locale.ROOT, " (position %.2f → %.2f)", from, c.statusQuo);
            }
            case THREATEN_SANCTIONS -> {
                int al = Decisions.nextThreat(m, s);
                if (al >= 0) Sanctions.threaten(m, m.alliances[al], m.alliances[al].threatenedTier + 1, " at " + s.name + "'s urging");
            }
            case BACK_SANCTIONS -> s.sanctionsStance = 1;
            case BLOCK_SANCTIONS -> s.sanctionsStance = -1;
            default -> {
            }
        }
        if (a.kind().isForce() && a.kind() != ActionSpec.Kind.HYBRID) m.forceUsed(s);
        c.addTension(s.actionTension[choice]);
        c.lastActionDay[s.actionIndex[choice]] = c.day;
        boolean kinetic = a.kind() == ActionSpec.Kind.BUILD_UP || a.kind().isForce();
        if (kinetic && c.agreement && m.isParty(s.index)) {
            m.endAgreement();
            m.say(() -> "the agreement collapses: " + s.name + " " + a.name());
        }
        Beliefs.observe(m, s, choice);
        if (m.narrating()) {
            String forces = moved == 0 ? "" : String.format(Locale.ROOT, " (%+.1f, now %.1f thousand troops)", moved, s.forces);
            m.say(s.name + " " + a.name() + detail + forces + (before == c.tension ? "" : " — tension " + World.f2(before) + " → " + World.f2(c.tension)));
        }
    }
}
