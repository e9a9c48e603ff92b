package brink.model.events;

import brink.model.sanctions.Sanctions;
import brink.model.talks.Diplomacy;
import brink.model.world.AllianceAgent;
import brink.model.world.Crisis;
import brink.model.world.Draw;
import brink.model.world.StateAgent;
import brink.model.world.TalkResult;
import brink.model.world.World;
import brink.scenario.EventSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A scheduled event or inject, placed on the schedule at its day; it fires before the states decide. It acts on
 * the world it was made for and never on the schedule.
 */
public final class ScheduledEvent implements Steppable {
    private final transient World m;
    final transient EventSpec spec;
    /** Index among the scenario's bargaining events (for the run's record), -1 for others and for proposals. */
    final int talkIndex;
    final int[] participants;
    final boolean[] participantIsAlliance;
    final int mediators;
    final double tension, cohesion, forces, amount;
    final String label;
    /** What a threat this event makes says of it, for the story. */
    private final String threatNote;

    public ScheduledEvent(World m, EventSpec spec, int talkIndex, Draw draw) {
        this.m = m;
        this.spec = spec;
        this.talkIndex = talkIndex;
        int n = spec.participants().size();
        participants = new int[n];
        participantIsAlliance = new boolean[n];
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String id = spec.participants().get(i);
            int s = m.stateIndexOrMinus(id);
            participantIsAlliance[i] = s < 0;
            participants[i] = s >= 0 ? s : m.allianceIndex(id);
            names.append(i > 0 ? ", " : "").append(s >= 0 ? m.states[s].name : m.alliances[participants[i]].name);
        }
        mediators = spec.mediators().size();
        tension = draw.value(spec.tension());
        cohesion = draw.value(spec.cohesion());
        forces = spec.forces() == null ? 0 : draw.value(spec.forces());
        amount = draw.value(spec.amount());
        label = spec.name() + " (" + names + ")";
        threatNote = " (" + spec.name() + ")";
    }

    /** The state that speaks for a side: the state itself, or the alliance's lead. */
    int representative(int i) {
        return participantIsAlliance[i] ? m.alliances[participants[i]].lead : participants[i];
    }

    /** Talks ahead restrain their sides until they are held: each side's representative counts them. */
    public void announce() {
        if (!spec.type().isBargaining()) return;
        for (int i = 0; i < 2; i++) {
            int r = representative(i);
            if (r >= 0) m.states[r].upcomingTalks++;
        }
    }

    @Override
    public void step(SimState state) {
        Crisis c = m.crisis;
        if (spec.type().isBargaining()) {
            for (int i = 0; i < 2; i++) {
                int r = representative(i);
                if (r >= 0) m.states[r].upcomingTalks--;
            }
        }
        if (c.ended) return;
        double before = c.tension;
        c.addTension(tension);
        for (int i = 0; i < participants.length; i++) {
            if (!participantIsAlliance[i]) continue;
            AllianceAgent al = m.alliances[participants[i]];
            al.boost += cohesion;
            if (spec.tier() != null && spec.type() == EventSpec.Type.SANCTIONS) Sanctions.impose(m, al, spec.tier());
            else if (spec.tier() != null) Sanctions.threaten(m, al, spec.tier(), threatNote);
        }
        if (spec.state() != null) {
            StateAgent s = m.states[m.stateIndex(spec.state())];
            s.forces = Math.max(0, s.forces + forces);
        }
        if (amount > 0) {
            double target = m.states[representative(0)].ideal;
            c.statusQuo += Math.signum(target - c.statusQuo) * Math.min(amount, Math.abs(target - c.statusQuo));
        }
        if (spec.type() == EventSpec.Type.DEADLINE) {
            // a scheduled deadline is a decision point for the states (and alliances' leads) taking part
            int until = c.day + (int) Math.round(m.p.decisionPointDays) - 1;
            for (int i = 0; i < participants.length; i++) {
                int r = representative(i);
                if (r >= 0) m.states[r].decisionPointUntil = Math.max(m.states[r].decisionPointUntil, until);
            }
        }
        String result = "";
        if (spec.type().isBargaining()) {
            int a = representative(0), b = representative(1);
            m.talksHeld(a, b);
            TalkResult r = Diplomacy.talk(m, a, b, mediators, participantIsAlliance[0] ? participants[0] : -1, participantIsAlliance[1] ? participants[1] : -1, spec.form());
            if (r != null && talkIndex >= 0) c.talkResult[talkIndex] = (byte) r.ordinal();
            if (m.narrating()) result = r == null ? ": not held (an agreement is in force)" : ": " + r.label();
        }
        String res = result;
        if (m.narrating()) m.say(() -> label + res + " — tension " + World.f2(before) + " → " + World.f2(c.tension));
    }
}
