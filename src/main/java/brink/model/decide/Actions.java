package brink.model.decide;

import brink.model.sanctions.Sanctions;
import brink.model.war.War;
import brink.model.world.Conflict;
import brink.model.world.Crisis;
import brink.model.world.StateAgent;
import brink.model.world.World;
import brink.scenario.ActionSpec;
import brink.scenario.Termination;

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
        int target = s.actionTarget[choice];
        // a public demand commits the state once: repeating it adds no audience cost (Fearon 1994)
        if (!s.taken[choice] && s.actionAudience[choice] > 0 && a.kind().direction > 0 && a.deadlineDays() == null) s.commitment += s.actionAudience[choice];
        s.taken[choice] = true;
        switch (a.kind()) {
            case BUILD_UP -> {
                // a move toward the deployment ceiling, at most what it can move in a day
                // (less what today's mobilisation already moved: one daily move limit)
                moved = Math.min(Math.min(s.actionAmount[choice], s.maxBuildUp - s.liftUsed), Math.max(0, s.ceiling - s.forces));
                moved = Math.max(0, moved);
                s.forces += moved;
                if (!s.ready && s.forces >= s.ceiling - 1e-9) {
                    // readiness reached: the deployment is complete, a decision point
                    s.ready = true;
                    s.decisionPointUntil = Math.max(s.decisionPointUntil, c.day + (int) Math.round(m.p.decisionPointDays) - 1);
                    if (m.narrating()) detail = " — the deployment is complete";
                }
            }
            case DRAW_DOWN -> {
                moved = -Math.min(s.forces, s.actionAmount[choice]);
                s.forces += moved;
            }
            case REINFORCE_ALLY -> {
                double perDay = (s.maxBuildUp > 0 ? s.maxBuildUp : s.actionAmount[choice]) - s.liftUsed;
                moved = Math.max(0, Math.min(Math.min(s.actionAmount[choice], perDay), Math.max(0, s.ceiling - s.forces)));
                s.forces += moved;
            }
            case SUPPLY_ARMS -> War.ship(m, m.states[target], s.actionAmount[choice]);
            case PROPOSE_TALKS -> {
                int day = c.day + (int) Math.round(m.p.talksDelay);
                StateAgent r = m.states[target];
                // the model places the proposal on the schedule; the pair is pending until the talks are held
                m.proposeTalks(s.index, target, day);
                if (m.narrating()) detail = " with " + r.name + " for " + m.scenario.date(day);
            }
            case CONCEDE -> {
                double aim = m.states[target].ideal, from = c.statusQuo;
                c.statusQuo += Math.signum(aim - from) * Math.min(s.actionAmount[choice], Math.abs(aim - from));
                s.ideal += Math.signum(aim - s.ideal) * Math.min(s.actionAmount[choice] / 2, Math.abs(aim - s.ideal));
                if (m.narrating()) detail = String.format(Locale.ROOT, " (position %.2f → %.2f)", from, c.statusQuo);
                if (s.commitment > 0) s.commitment = 0;
                if (Math.abs(c.statusQuo - aim) < 1e-9) {
                    // it gives in: the crisis ends by its unilateral act
                    Conflict war = War.between(m, s.index, target);
                    if (war != null) War.end(m, war, Termination.UNILATERAL, s.index, s.name + " gives in");
                    m.terminate(Termination.UNILATERAL, c.day, s.name + " gives in to " + m.states[target].name, s.index);
                }
            }
            case WITHDRAW -> withdraw(m, s);
            case THREATEN_SANCTIONS -> {
                int al = Decisions.nextThreat(m, s);
                if (al >= 0) Sanctions.urge(m, m.alliances[al], s);
            }
            case BACK_SANCTIONS -> s.sanctionsStance = 1;
            case BLOCK_SANCTIONS -> s.sanctionsStance = -1;
            case INCURSION, INVASION, STRIKE, STRIKE_ALLIANCE -> {
                boolean home = a.kind() == ActionSpec.Kind.INCURSION || a.kind() == ActionSpec.Kind.INVASION;
                StateAgent t = m.states[target];
                // the target mobilises up to its deployment ceiling: attacked at home, its reserves join in place;
                // struck elsewhere (or expeditionary), at most its daily move limit a day (Forces.mobilisation)
                if (home) t.attackedAtHome = true;
                t.mobilising = true;
                War.attack(m, s.index, target, s.actionIntensity[choice], s.actionAmount[choice], m.actionRung[s.actionIndex[choice]]);
            }
            case INTERVENE -> {
                Conflict war = Decisions.defending(m, target);
                if (war != null) {
                    War.enlist(m, war, s.index, -1);
                    war.rung = Math.max(war.rung, m.actionRung[s.actionIndex[choice]]);
                    m.violence(War.severity(m, war.intensity));
                }
            }
            case NUCLEAR_USE -> m.violence(4);
            case DEMAND -> {
                if (a.deadlineDays() != null && s.deadline < 0) {
                    // an ultimatum: a deadline, a decision point when it comes, and an audience cost staked on it
                    s.deadline = c.day + a.deadlineDays();
                    s.ultimatumStake = s.actionAudience[choice];
                    s.commitment += s.ultimatumStake;
                    if (m.narrating()) detail = " with a deadline of " + m.scenario.date(s.deadline);
                }
            }
            default -> {
            }
        }
        if (a.violent()) m.forceUsed(s);
        // words and gestures repeated within days are news less each time: they add tension by 1/(uses in memory),
        // as they move beliefs less (Beliefs.observe); moving forces and violence count in full every time
        double news = a.violent() || Decisions.movesForces(a.kind()) ? 1 : 1 / Math.max(1, s.recent[choice]);
        c.addTension(s.actionTension[choice] * news);
        c.lastActionDay[s.actionIndex[choice]] = c.day;
        c.lastActionBy[s.actionIndex[choice]] = s.index;
        if (m.isParty(s.index)) comply(m, s, a);
        Beliefs.observe(m, s, choice);
        if (m.narrating()) {
            String forces = moved == 0 ? "" : String.format(Locale.ROOT, " (%+.1f, now %.1f thousand troops)", moved, s.forces);
            m.say(s.name + " " + a.name() + detail + forces + (before == c.tension ? "" : " — tension " + World.f2(before) + " → " + World.f2(c.tension)));
        }
    }

    /**
     * A party that uses force breaks the agreement at once; one that builds up forces complies less, which raises the
     * hazard that the agreement breaks down.
     */
    private static void comply(World m, StateAgent s, ActionSpec a) {
        if (a.violent() || (a.kind().isForce() && a.major())) {
            m.endAgreement();
            if (m.narrating()) m.say(() -> "the agreement collapses: " + s.name + " " + a.name());
        } else if (a.kind() == ActionSpec.Kind.BUILD_UP || a.kind() == ActionSpec.Kind.REINFORCE_ALLY) {
            s.compliance = Math.max(0, s.compliance - m.p.violationStep);
        }
    }

    /**
     * Withdrawal: an attacker ends its war, giving up its aim (the issue goes back to where it stood before the war);
     * a coercer not at war stands its forces down to their day-0 level. Either way the crisis ends by its unilateral act
     * once no war is being fought.
     */
    private static void withdraw(World m, StateAgent s) {
        Crisis c = m.crisis;
        Conflict war = War.of(m, s.index);
        if (war != null && war.clash) war = null;
        if (war != null) {
            c.statusQuo = war.q0;
            War.end(m, war, Termination.UNILATERAL, s.index, s.name + " withdraws its forces");
        } else {
            s.forces = Math.min(s.forces, s.forces0);
        }
        s.commitment = 0;
        s.deadline = -1;
        if (!c.atWar()) m.terminate(Termination.UNILATERAL, c.day, s.name + " withdraws", s.index);
    }
}
