package brink.scenario;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The uncertain parameters of a scenario, by their --set path, in document order: what a replication draws. */
public final class Uncertain {
    private Uncertain() {
    }

    public static Map<String, Param> of(Scenario s) {
        Map<String, Param> out = new LinkedHashMap<>();
        walk(s, "", out);
        return out;
    }

    private static void walk(Object o, String path, Map<String, Param> out) {
        if (o == null) return;
        if (o instanceof Param p) {
            // a default that shares another field's Param (activeForces = forces) is drawn once, under its own path
            if (p.uncertain() && out.values().stream().noneMatch(q -> q == p)) out.put(path, p);
        } else if (o instanceof Record r) {
            for (RecordComponent c : Shape.components(r.getClass())) {
                try {
                    walk(c.getAccessor().invoke(r), Shape.join(path, c.getName()), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (o instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) walk(l.get(i), Shape.join(path, key(l.get(i), i)), out);
        } else if (o instanceof Map<?, ?> m) {
            for (var e : new TreeMap<>(m).entrySet()) walk(e.getValue(), Shape.join(path, String.valueOf(e.getKey())), out);
        }
    }

    private static String key(Object element, int index) {
        if (element instanceof Record r) {
            for (String k : new String[]{"id", "level", "tier"}) {
                for (RecordComponent c : Shape.components(r.getClass())) {
                    if (c.getName().equals(k)) {
                        try {
                            return String.valueOf(c.getAccessor().invoke(r));
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }
        return Integer.toString(index);
    }
}
