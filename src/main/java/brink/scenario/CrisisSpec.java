package brink.scenario;

import java.time.LocalDate;
import java.util.List;

/** The crisis at day 0 and what ends it. */
public record CrisisSpec(
        @Range(min = 0, max = 99) @Doc("rung at day 0") int initialRung,
        @Range(min = 0, max = 1) @Doc("tension index at day 0, 0..1") Param initialTension,
        @Opt @Range(min = 0, max = 1) @Doc("trust between the sides at day 0, 0..1") Param initialTrust,
        @Opt @Doc("the contested issue that talks bargain over; default the first issue") String issue,
        @Opt @Range(min = 1) @Doc("days an agreement must hold to end the run as settled") Integer settlementDays,
        @Opt @Doc("the day the crisis began (its trigger, ISO date), for durations comparable with crisis data; default startDate") LocalDate triggerDate,
        @Opt @Range(min = 1) @Doc("days the crisis must stay calm (at most fadeRung, tension below fadeTension, no fighting) to end tacitly") Integer fadeDays,
        @Opt @Range(min = 0, max = 99) @Doc("highest rung on which the crisis counts as calm; default 1 (0 on a one-rung ladder)") Integer fadeRung,
        @Opt @Range(min = 0, max = 1) @Doc("tension below which the crisis counts as calm; default 0.3") Double fadeTension,
        @Opt @Doc("wars already being fought at day 0 (a crisis that starts with force in use)") List<FightingSpec> fighting,
        @Opt List<String> sources) {

    /** The highest calm rung on a ladder whose top rung is given: fadeRung, else 1 (0 on a one-rung ladder). */
    public int fadeRung(int top) {
        return fadeRung != null ? fadeRung : Math.min(1, top);
    }

    public CrisisSpec {
        initialTrust = initialTrust == null ? Param.of(0.3) : initialTrust;
        settlementDays = settlementDays == null ? 30 : settlementDays;
        fadeDays = fadeDays == null ? 30 : fadeDays;
        fadeTension = fadeTension == null ? 0.3 : fadeTension;
        fighting = fighting == null ? List.of() : List.copyOf(fighting);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
