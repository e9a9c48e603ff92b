package brink.cli;

import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;

/** --driver-outcome names one of the scenario's outcome classes. */
final class Outcomes {
    private Outcomes() {
    }

    static void check(Scenario s, String id) {
        if (id != null && s.outcomes().stream().noneMatch(o -> o.id().equals(id))) {
            throw new Main.BadInput("--driver-outcome: '" + id + "' is not an outcome of " + s.id() + " (outcomes: "
                    + String.join(", ", s.outcomes().stream().map(OutcomeSpec::id).toList()) + ")");
        }
    }
}
