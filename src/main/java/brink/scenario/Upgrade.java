package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a scenario document written for the format before Model v2 for the present one: removes the model
 * parameters that no longer do anything, and dates the crisis's trigger (to startDate, which is what an old file
 * meant) so durations are explicit. Everything else an old file says keeps its meaning.
 */
public final class Upgrade {
    private Upgrade() {
    }

    /** Applies the upgrade to the tree in place; returns what it changed, one line each (empty when already current). */
    public static List<String> apply(JsonNode root) {
        List<String> changes = new ArrayList<>();
        if (!(root instanceof ObjectNode doc)) return changes;
        if (doc.get("parameters") instanceof ObjectNode params) {
            for (String p : new java.util.TreeSet<>(ModelParameters.DEPRECATED)) {
                if (params.remove(p) != null) changes.add("parameters." + p + ": removed (no effect since Model v2)");
            }
        }
        if (doc.get("crisis") instanceof ObjectNode crisis && !crisis.has("triggerDate") && doc.hasNonNull("startDate")) {
            crisis.put("triggerDate", doc.get("startDate").asText());
            changes.add("crisis.triggerDate: set to startDate " + doc.get("startDate").asText() + " (durations count from the crisis's trigger)");
        }
        return changes;
    }
}
