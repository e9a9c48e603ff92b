package brink.play;

import brink.model.CrisisModel;
import brink.model.world.StateAgent;
import brink.scenario.ContestedIssue;
import brink.scenario.SanctionsTier;
import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A playable state's objectives, derived from the scenario alone, and its score out of 100:
 * <ul>
 * <li><b>the issue</b> (40): how close the final status quo of the contested issue stands to the state's own ideal
 * position (1 − distance, on the issue's 0–1 scale; its ideal as drawn for this world, which the state knows);</li>
 * <li><b>war</b> (40): full marks when the crisis never reached a rung that a use of force leads to
 * ({@link CrisisModel#forceRungs}); none when it did (this model version does not tell who won a war);</li>
 * <li><b>sanctions</b> (20): the share of its GDP the state lost to sanctions, as target or sender, against the most a
 * target could lose: every tier of the scenario in force for the whole horizon (0 loss: full marks).</li>
 * </ul>
 * The same score is computed for the model's own play of the state in the debrief's replications, so a team's score
 * means something only next to the model's: the point of the exercise is the comparison, not the absolute number.
 */
public final class Objectives {
    public static final double ISSUE = 40, WAR = 40, SANCTIONS = 20;

    private Objectives() {
    }

    /** What the score is measured against: each state's ideal position and the status quo at the start of the world. */
    public record Start(Map<String, Double> ideal, double statusQuo, int firstForceRung, double maxSanctionsShare) {
        public static Start of(CrisisModel m) {
            Map<String, Double> ideal = new HashMap<>();
            for (StateAgent s : m.states) ideal.put(s.id, s.ideal);
            List<Integer> force = CrisisModel.forceRungs(m.scenario);
            int first = force.isEmpty() ? m.scenario.ladder().size() : force.get(0);
            return new Start(Map.copyOf(ideal), m.crisis.statusQuo, first, Objectives.maxSanctionsShare(m.scenario));
        }
    }

    static double maxSanctionsShare(Scenario s) {
        double perYear = 0;
        for (SanctionsTier t : s.sanctionsTiers()) perYear += t.costToTarget().value();
        return perYear * s.horizonDays() / 365.0;
    }

    /** One component of the score. */
    public record Part(String name, double points, double max, String detail) {
    }

    /** A state's score: its parts and the total out of 100. */
    public record Score(String state, List<Part> parts) {
        public double total() {
            return parts.stream().mapToDouble(Part::points).sum();
        }

        public String summary() {
            List<String> p = new ArrayList<>();
            for (Part x : parts) p.add(String.format(Locale.ROOT, "%s %.0f/%.0f", x.name(), x.points(), x.max()));
            return String.join(", ", p);
        }
    }

    /** The objectives of a state in words, for its briefing. */
    public static List<String> describe(Scenario s, Start start, StateAgent st) {
        ContestedIssue issue = issue(s);
        double ideal = start.ideal().getOrDefault(st.id, st.ideal);
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "The issue (%.0f points): bring \"%s\" close to your position, %.2f on a scale from 0 (%s) to 1 (%s); it stands at %.2f today.",
                ISSUE, issue.name(), ideal, issue.low(), issue.high(), start.statusQuo()));
        out.add(String.format(Locale.ROOT, "War (%.0f points): keep the crisis below rung %d (%s), where force is used.", WAR, start.firstForceRung(),
                start.firstForceRung() < s.ladder().size() ? s.ladder().get(start.firstForceRung()).name() : "none"));
        out.add(String.format(Locale.ROOT, "Sanctions (%.0f points): lose as little of your GDP to sanctions as you can, whether you impose them or suffer them.", SANCTIONS));
        return out;
    }

    static ContestedIssue issue(Scenario s) {
        String id = s.crisis().issue();
        return id == null ? s.issues().get(0) : s.issues().stream().filter(i -> i.id().equals(id)).findFirst().orElse(s.issues().get(0));
    }

    /** The state's score in the model's present situation (its final score when the run is over). */
    public static Score score(CrisisModel m, Start start, StateAgent s) {
        List<Part> parts = new ArrayList<>();
        double ideal = start.ideal().getOrDefault(s.id, s.ideal);
        double sq = m.crisis.statusQuo;
        double issue = Math.max(0, 1 - Math.abs(sq - ideal));
        parts.add(new Part("issue", ISSUE * issue, ISSUE, String.format(Locale.ROOT, "the issue stands at %.2f, your position %.2f", sq, ideal)));
        boolean war = m.crisis.peak >= start.firstForceRung();
        parts.add(new Part("war", war ? 0 : WAR, WAR, war ? "force was used (rung " + m.crisis.peak + " reached)" : "no use of force"));
        double share = s.gdp > 0 ? s.gdpLost / s.gdp : 0;
        double lost = start.maxSanctionsShare() > 0 ? Math.min(1, share / start.maxSanctionsShare()) : 0;
        parts.add(new Part("sanctions", SANCTIONS * (1 - lost), SANCTIONS, String.format(Locale.ROOT, "%.2f%% of GDP lost to sanctions", 100 * share)));
        return new Score(s.id, List.copyOf(parts));
    }
}
