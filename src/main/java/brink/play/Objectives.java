package brink.play;

import brink.model.CrisisModel;
import brink.model.ending.Results;
import brink.model.world.StateAgent;
import brink.scenario.ActorResult;
import brink.scenario.ContestedIssue;
import brink.scenario.SanctionsTier;
import brink.scenario.Scenario;
import brink.scenario.Severity;
import brink.scenario.Termination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A playable state's objectives, derived from the scenario alone, and its score out of 100. The war and losses parts
 * read the model's own ending of the run ({@link Results}, the values of runs.csv's {@code severity},
 * {@code termination}, {@code result_<STATE>} and {@code losses_<STATE>}), so a team is scored on the crisis's outcome
 * in the codes of the International Crisis Behavior project:
 * <ul>
 * <li><b>the issue</b> (30): how close the final status quo of the contested issue stands to the state's own ideal
 * position (1 − distance, on the issue's 0–1 scale; its ideal as drawn for this world, which the state knows);</li>
 * <li><b>war</b> (30): war avoided or won. Full marks when no force was used (severity none); otherwise the more
 * violent the crisis (ICB severity: minor clashes, serious clashes, full-scale war count 1/3, 2/3, 1), the more the
 * state's result counts (ICB outcome: victory 1, compromise 2/3, stalemate 1/3, defeat 0):
 * {@code 30 × (1 − violence × (1 − result))};</li>
 * <li><b>losses</b> (20): troops lost in fighting against the active forces the state began with; losing a quarter of
 * them or more leaves no points ({@link #LOSS_FLOOR});</li>
 * <li><b>sanctions</b> (20): the share of its GDP the state lost to sanctions, as target or sender, against the most a
 * target could lose: every tier of the scenario in force for the whole horizon (0 loss: full marks).</li>
 * </ul>
 * The same score is computed for the model's own play of the state in the debrief's replications, so a team's score
 * means something only next to the model's: the point of the exercise is the comparison, not the absolute number.
 */
public final class Objectives {
    public static final double ISSUE = 30, WAR = 30, LOSSES = 20, SANCTIONS = 20;
    /** Share of its day-0 active forces whose loss leaves a state no points for losses. */
    public static final double LOSS_FLOOR = 0.25;

    private Objectives() {
    }

    /** What the score is measured against: each state's ideal position and the status quo at the start of the world. */
    public record Start(Map<String, Double> ideal, double statusQuo, int firstForceRung, double maxSanctionsShare) {
        public static Start of(CrisisModel m) {
            Map<String, Double> ideal = new HashMap<>();
            for (StateAgent s : m.states) ideal.put(s.id, s.ideal0);
            List<Integer> force = CrisisModel.forceRungs(m.scenario);
            int first = force.isEmpty() ? m.scenario.ladder().size() : force.get(0);
            return new Start(Map.copyOf(ideal), m.crisis.statusQuo0, first, Objectives.maxSanctionsShare(m.scenario));
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

    /**
     * A state's score: its parts and the total out of 100, with what the crisis brought it (its ICB result and its
     * losses in thousand troops, as runs.csv's {@code result_<STATE>} and {@code losses_<STATE>}).
     */
    public record Score(String state, List<Part> parts, ActorResult result, double losses) {
        public double total() {
            return parts.stream().mapToDouble(Part::points).sum();
        }

        public Part part(String name) {
            return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        }

        public String summary() {
            List<String> p = new ArrayList<>();
            for (Part x : parts) p.add(String.format(Locale.ROOT, "%s %.0f/%.0f", x.name(), x.points(), x.max()));
            return String.join(", ", p);
        }
    }

    /** How the crisis stands or ended, in ICB's codes (runs.csv's severity, termination, termination_day). */
    public record Ending(Severity severity, Termination termination, int terminationDay) {
        public static Ending of(CrisisModel m) {
            Results r = Results.of(m.world);
            return new Ending(Severity.values()[m.crisis.severity - 1], r.termination(), r.terminationDay());
        }

        /** "ended in a formal agreement on day 34 (2022-02-10); violence: full-scale war" or "had not ended (no termination); violence: none". */
        public String describe(Scenario s) {
            String end = termination == Termination.NONE ? "had not ended (no termination)"
                    : "ended " + words(termination) + " on day " + terminationDay + " (" + s.date(terminationDay) + ")";
            return end + "; violence: " + words(severity);
        }
    }

    /** A termination in words: "in a formal agreement", "tacitly", "unilaterally", "in an outcome imposed by one side". */
    public static String words(Termination t) {
        return switch (t) {
            case FORMAL_AGREEMENT -> "in a formal agreement";
            case SEMI_FORMAL_AGREEMENT -> "in a semi-formal agreement";
            case TACIT -> "tacitly";
            case UNILATERAL -> "by one side's unilateral act";
            case IMPOSED -> "in an outcome imposed by one side";
            case NONE -> "not ended";
        };
    }

    /** A termination's name in a table: "formal agreement", "semi-formal agreement", "tacit", "unilateral", "imposed", "not ended". */
    public static String name(Termination t) {
        return t == Termination.NONE ? "not ended" : t.label().replace("-agreement", " agreement");
    }

    /** A severity in words: "none", "minor clashes", "serious clashes", "full-scale war". */
    public static String words(Severity s) {
        return switch (s) {
            case NONE -> "none";
            case MINOR_CLASHES -> "minor clashes";
            case SERIOUS_CLASHES -> "serious clashes";
            case FULL_SCALE_WAR -> "full-scale war";
        };
    }

    /** The weight of the state's result in the war part: victory 1, compromise 2/3, stalemate 1/3, defeat 0. */
    static double resultWeight(ActorResult r) {
        return r == null ? 0.5 : (4 - r.icb) / 3.0;
    }

    /** How much the result counts at this severity: none 0, minor clashes 1/3, serious clashes 2/3, full-scale war 1. */
    static double violence(Severity s) {
        return (s.icb - 1) / 3.0;
    }

    /** The objectives of a state in words, for its briefing. */
    public static List<String> describe(Scenario s, Start start, StateAgent st) {
        ContestedIssue issue = issue(s);
        double ideal = start.ideal().getOrDefault(st.id, st.ideal0);
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "The issue (%.0f points): bring \"%s\" close to your position, %.2f on a scale from 0 (%s) to 1 (%s); it stood at %.2f when the crisis began.",
                ISSUE, issue.name(), ideal, issue.low(), issue.high(), start.statusQuo()));
        out.add(String.format(Locale.ROOT, "War (%.0f points): avoid it or win it. Full marks if no force is used (rung %d, %s, is the first where force is used); "
                        + "if fighting comes, your result counts the more, the worse the violence: a victory keeps full marks, a defeat in a full-scale war leaves none.",
                WAR, start.firstForceRung(), start.firstForceRung() < s.ladder().size() ? s.ladder().get(start.firstForceRung()).name() : "none in this scenario"));
        out.add(String.format(Locale.ROOT, "Losses (%.0f points): lose as few troops as you can in fighting; losing a quarter of your %.0f thousand active troops leaves no points.",
                LOSSES, st.active0));
        out.add(String.format(Locale.ROOT, "Sanctions (%.0f points): lose as little of your GDP to sanctions as you can, whether you impose them or suffer them.", SANCTIONS));
        return out;
    }

    static ContestedIssue issue(Scenario s) {
        String id = s.crisis().issue();
        return id == null ? s.issues().get(0) : s.issues().stream().filter(i -> i.id().equals(id)).findFirst().orElse(s.issues().get(0));
    }

    /** The state's score in the model's present situation (its final score when the run is over). */
    public static Score score(CrisisModel m, Start start, StateAgent s) {
        Results results = Results.of(m.world);
        Ending ending = Ending.of(m);
        ActorResult result = results.results()[s.index];
        double losses = results.losses()[s.index];
        List<Part> parts = new ArrayList<>();
        double ideal = start.ideal().getOrDefault(s.id, s.ideal0);
        double sq = m.crisis.statusQuo;
        double issue = Math.max(0, 1 - Math.abs(sq - ideal));
        parts.add(new Part("issue", ISSUE * issue, ISSUE, String.format(Locale.ROOT, "the issue stands at %.2f, your position %.2f; the crisis %s",
                sq, ideal, ending.termination() == Termination.NONE ? "has not ended"
                        : "ended " + words(ending.termination()) + " on day " + ending.terminationDay())));
        double v = violence(ending.severity());
        double war = WAR * (1 - v * (1 - resultWeight(result)));
        String res = result == null ? "no result" : (ending.termination() == Termination.NONE && !m.crisis.ended ? "your result so far: " : "your result: ") + result.label();
        parts.add(new Part("war", war, WAR, (ending.severity() == Severity.NONE ? "no force used" : "violence: " + words(ending.severity())) + "; " + res));
        double lostShare = s.active0 > 0 ? losses / s.active0 : 0;
        parts.add(new Part("losses", LOSSES * Math.max(0, 1 - lostShare / LOSS_FLOOR), LOSSES,
                losses <= 0 ? "no troops lost" : String.format(Locale.ROOT, "%.1f thousand troops lost (%.1f%% of %.0f thousand active)", losses, 100 * lostShare, s.active0)));
        double share = s.gdp > 0 ? s.gdpLost / s.gdp : 0;
        double lost = start.maxSanctionsShare() > 0 ? Math.min(1, share / start.maxSanctionsShare()) : 0;
        parts.add(new Part("sanctions", SANCTIONS * (1 - lost), SANCTIONS, String.format(Locale.ROOT, "%.2f%% of GDP lost to sanctions", 100 * share)));
        return new Score(s.id, List.copyOf(parts), result, losses);
    }
}
