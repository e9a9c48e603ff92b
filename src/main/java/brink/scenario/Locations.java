package brink.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Line and column of every value in a JSON or YAML document, by JSON Pointer, from one pass over its tokens. */
final class Locations {
    private final Map<String, long[]> byPointer = new HashMap<>();

    static Locations of(JsonParser parser) throws IOException {
        Locations loc = new Locations();
        JsonToken t;
        while ((t = parser.nextToken()) != null) {
            if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
            JsonPointer p = parser.getParsingContext().pathAsPointer();
            JsonLocation l = parser.currentTokenLocation();
            loc.byPointer.putIfAbsent(p.toString(), new long[]{l.getLineNr(), l.getColumnNr()});
        }
        return loc;
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
