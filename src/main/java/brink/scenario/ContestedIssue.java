package brink.scenario;

import java.util.List;

/** An issue the parties bargain over, as a 0..1 axis of positions. */
public record ContestedIssue(
        String id,
        String name,
        @Opt String description,
        @Opt @Doc("what position 0 means") String low,
        @Opt @Doc("what position 1 means") String high,
        @Range(min = 0, max = 1) @Doc("the status quo position at day 0") Param statusQuo,
        @Opt @Doc("states whose fate the issue decides: bound by any agreement on it, whoever signs") List<String> subjects,
        @Opt List<String> sources) {
    public ContestedIssue {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
