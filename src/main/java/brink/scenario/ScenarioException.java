package brink.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: a scenario (or an override, or an inject file) that cannot be used, with every problem found. */
public class ScenarioException extends RuntimeException {
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String file, String message) {
        this(List.of(new Problem(file, "", 0, 0, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
