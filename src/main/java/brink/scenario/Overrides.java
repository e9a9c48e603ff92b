package brink.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code PATH=VALUE} assignments into a scenario document. PATH is dotted; list elements are addressed by their id
 * (or level, tier, or index): {@code states.RUS.resolve=0.8}, {@code alliances.EU.decisionRule=qualified-majority}.
 * VALUE is read as JSON when it parses (numbers, booleans, {"dist": ...} objects), else taken as text.
 */
public final class Overrides {
    private Overrides() {
    }

    public record Assignment(String path, String value) {
        public static Assignment parse(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0) throw new ScenarioException("--set", "'" + text + "' is not PATH=VALUE, e.g. states.RUS.resolve=0.8");
            return new Assignment(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
        }

        @Override
        public String toString() {
            return path + "=" + value;
        }
    }

    /** Applies each assignment to the tree; returns one problem per assignment that names no place in it. */
    public static List<Problem> apply(JsonNode root, List<Assignment> assignments) {
        return apply(root, assignments, new java.util.HashMap<>());
    }

    /**
     * As {@link #apply(JsonNode, List)}, and records in {@code placed} the JSON Pointer each assignment set, with the
     * assignment as the user wrote it, so that a problem with the value is blamed on the --set and not on the file.
     */
    static List<Problem> apply(JsonNode root, List<Assignment> assignments, java.util.Map<String, String> placed) {
        List<Problem> problems = new ArrayList<>();
        for (Assignment a : assignments) {
            StringBuilder pointer = new StringBuilder();
            String err = set(root, a.path(), valueNode(a.value()), pointer);
            if (err != null) problems.add(new Problem("--set " + a, a.path(), 0, 0, err));
            else placed.put(pointer.toString(), "--set " + a);
        }
        return problems;
    }

    static JsonNode valueNode(String value) {
        try {
            JsonNode n = Loader.JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(value);
            if (n != null && !n.isMissingNode()) return n;
        } catch (JsonProcessingException e) {
            // not JSON: plain text such as an enum name
        }
        return TextNode.valueOf(value);
    }

    /** Sets the value at the path, creating missing object fields on the way; returns an error message or null. */
    static String set(JsonNode root, String path, JsonNode value) {
        return set(root, path, value, new StringBuilder());
    }

    private static String set(JsonNode root, String path, JsonNode value, StringBuilder pointer) {
        String[] seg = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < seg.length; i++) {
            boolean last = i == seg.length - 1;
            String done = String.join(".", java.util.Arrays.copyOf(seg, i));
            if (node instanceof ObjectNode o) {
                pointer.append('/').append(Shape.escape(seg[i]));
                if (last) {
                    o.set(seg[i], value);
                    return null;
                }
                JsonNode next = o.get(seg[i]);
                if (next == null || next.isNull() || next.isValueNode()) {
                    next = o.putObject(seg[i]);
                }
                node = next;
            } else if (node instanceof ArrayNode a) {
                int idx = indexOf(a, seg[i]);
                if (idx < 0) {
                    List<String> keys = new ArrayList<>();
                    for (int k = 0; k < a.size(); k++) keys.add(Shape.elementKey(a.get(k), k));
                    return "no element '" + seg[i] + "' in " + (done.isEmpty() ? "the document" : done)
                            + Shape.suggestion(seg[i], keys);
                }
                pointer.append('/').append(idx);
                if (last) {
                    a.set(idx, value);
                    return null;
                }
                node = a.get(idx);
            } else {
                return "'" + done + "' is a single value, it has no field '" + seg[i] + "'";
            }
        }
        return "empty path";
    }

    private static int indexOf(ArrayNode a, String key) {
        for (int k = 0; k < a.size(); k++) {
            if (Shape.elementKey(a.get(k), k).equals(key)) return k;
        }
        return -1;
    }
}
