package brink.scenario;


import java.util.HashMap;
import java.util.Map;

/** Line and column of every value in a JSON or YAML document, by JSON Pointer, from one pass over its tokens. */
final class Locations {
    private final Map<String, long[]> byPointer = new HashMap<>();

    void put(String pointer, int line, int column) {
        byPointer.putIfAbsent(pointer, new long[]{line, column});
    }

    /** Line and column of the value at the pointer, or of its nearest enclosing value that has one; {0, 0} when unknown. */
    int[] find(String pointer) {
        String p = pointer;
        while (true) {
            long[] l = byPointer.get(p);
            if (l != null) return new int[]{(int) l[0], (int) l[1]};
            if (p.isEmpty()) return new int[]{0, 0};
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
