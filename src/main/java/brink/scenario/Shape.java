package brink.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The structure of the scenario format, read from the records themselves, so that the checks on a document,
 * the JSON Schema and the Java types can never disagree. Walks a JSON tree and reports every mismatch.
 */
final class Shape {
    /** Largest magnitude of any number in a scenario: beyond it no field means anything, and sums could overflow. */
    static final double MAX_MAGNITUDE = 1e9;
    /** Dates a scenario may use: four-digit years, so that date arithmetic over any horizon stays in range. */
    static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1), LAST_DATE = LocalDate.of(9999, 12, 31);

    private final Locations locations;
    private final String file;
    private final List<Problem> problems;
    /** JSON Pointers set by --set, with the assignment: problems there are the assignment's, not the file's. */
    private final Map<String, String> placed;

    Shape(String file, Locations locations, List<Problem> problems) {
        this(file, locations, problems, Map.of());
    }

    Shape(String file, Locations locations, List<Problem> problems, Map<String, String> placed) {
        this.file = file;
        this.locations = locations;
        this.problems = problems;
        this.placed = placed;
    }

    /** A record's components, read once per type: reflection is slow, and a scenario has thousands of records. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.get(type);
    }

    /** The name a list element is addressed by in field paths and --set: its id, level or tier, else its index. */
    static String elementKey(JsonNode element, int index) {
        for (String k : new String[]{"id", "level", "tier"}) {
            JsonNode v = element.get(k);
            if (v != null && v.isValueNode()) return v.asText();
        }
        return Integer.toString(index);
    }

    static List<String> enumNames(Class<?> e) {
        List<String> out = new ArrayList<>();
        for (var f : e.getFields()) {
            if (!f.isEnumConstant()) continue;
            JsonProperty p = f.getAnnotation(JsonProperty.class);
            out.add(p != null ? p.value() : f.getName());
        }
        return out;
    }

    void check(JsonNode node, Type type, String path, String pointer, RecordComponent component) {
        Class<?> raw = rawClass(type);
        if (raw == Param.class) {
            checkParam(node, path, pointer, component);
        } else if (raw.isRecord()) {
            checkRecord(node, raw, path, pointer);
        } else if (raw == List.class) {
            if (!node.isArray()) {
                report(path, pointer, "expected a list, got " + describe(node));
                return;
            }
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                JsonNode e = node.get(i);
                check(e, item, join(path, elementKey(e, i)), pointer + "/" + i, component);
            }
        } else if (raw == Map.class) {
            if (!node.isObject()) {
                report(path, pointer, "expected an object of named values, got " + describe(node));
                return;
            }
            Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                check(e.getValue(), value, join(path, e.getKey()), pointer + "/" + escape(e.getKey()), component);
            }
        } else if (raw == String.class) {
            if (!node.isTextual()) report(path, pointer, "expected text, got " + describe(node));
            else checkText(node.asText(), path, pointer);
        } else if (raw == LocalDate.class) {
            if (!node.isTextual()) {
                report(path, pointer, "expected a date (YYYY-MM-DD), got " + describe(node));
            } else {
                try {
                    LocalDate d = LocalDate.parse(node.asText());
                    if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
                        report(path, pointer, "expected a date from " + FIRST_DATE + " to " + LAST_DATE + ", got '" + node.asText() + "'");
                    }
                } catch (DateTimeParseException e) {
                    report(path, pointer, "expected a date (YYYY-MM-DD), got '" + printable(node.asText()) + "'");
                }
            }
        } else if (raw == int.class || raw == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                report(path, pointer, "expected a whole number" + (node.isIntegralNumber() ? " of at most " + fmt(Integer.MAX_VALUE) : "") + ", got " + describe(node));
            } else {
                checkRange(node.asDouble(), path, pointer, component);
            }
        } else if (raw == double.class || raw == Double.class) {
            if (!node.isNumber()) report(path, pointer, "expected a number, got " + describe(node));
            else if (checkFinite(node.asDouble(), path, pointer)) checkRange(node.asDouble(), path, pointer, component);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) report(path, pointer, "expected true or false, got " + describe(node));
        } else if (raw.isEnum()) {
            List<String> names = enumNames(raw);
            if (!node.isTextual() || !names.contains(node.asText())) {
                report(path, pointer, "expected one of " + names + ", got " + describe(node)
                        + suggestion(node.isTextual() ? node.asText() : "", names));
            }
        } else {
            throw new IllegalStateException("scenario format has an unsupported type " + type);
        }
    }

    private void checkRecord(JsonNode node, Class<?> type, String path, String pointer) {
        if (!node.isObject()) {
            report(path, pointer, "expected an object, got " + describe(node));
            return;
        }
        RecordComponent[] comps = components(type);
        List<String> names = new ArrayList<>();
        for (RecordComponent c : comps) names.add(c.getName());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (type == Scenario.class && f.equals("$schema")) continue; // editors' pointer to the JSON Schema
            if (!names.contains(f)) {
                report(join(path, f), pointer + "/" + escape(f), "unknown field" + suggestion(f, names));
            }
        }
        for (RecordComponent c : comps) {
            JsonNode v = node.get(c.getName());
            if (v == null || v.isNull()) {
                if (!c.isAnnotationPresent(Opt.class)) {
                    report(join(path, c.getName()), pointer, "missing required field '" + c.getName() + "'"
                            + (c.isAnnotationPresent(Doc.class) ? " (" + c.getAnnotation(Doc.class).value() + ")" : ""));
                }
                continue;
            }
            check(v, c.getGenericType(), join(path, c.getName()), pointer + "/" + escape(c.getName()), c);
        }
    }

    private void checkParam(JsonNode node, String path, String pointer, RecordComponent component) {
        if (node.isNumber()) {
            if (checkFinite(node.asDouble(), path, pointer)) checkRange(node.asDouble(), path, pointer, component);
            return;
        }
        if (!node.isObject() || !node.has("dist")) {
            report(path, pointer, "expected a number or a distribution such as {\"dist\": \"beta\", \"alpha\": 6, \"beta\": 3}, got " + describe(node));
            return;
        }
        int before = problems.size();
        checkRecord(node, Dist.class, path, pointer);
        if (problems.size() > before) return;
        String kind = node.get("dist").asText();
        if (!Dist.KINDS.contains(kind)) {
            report(join(path, "dist"), pointer + "/dist", "expected one of " + Dist.KINDS + ", got '" + kind + "'" + suggestion(kind, Dist.KINDS));
            return;
        }
        for (String r : Dist.required(kind)) {
            if (!node.hasNonNull(r)) report(join(path, r), pointer, "a " + kind + " distribution needs '" + r + "' (it needs " + Dist.required(kind) + ")");
        }
        if (problems.size() > before) return;
        Dist d = Loader.JSON.convertValue(node, Dist.class);
        for (String m : d.problems()) report(path, pointer, "invalid " + kind + " distribution: " + m);
        if (problems.size() == before && "lognormal".equals(kind) && d.mu() + 6 * d.sigma() > Dist.LOG_MAX) {
            report(path, pointer, "invalid lognormal distribution: mu + 6 sigma must be at most "
                    + String.format(java.util.Locale.ROOT, "%.1f (e^20.7 = 10^9; larger draws mean nothing and overflow), got %.4g", Dist.LOG_MAX, d.mu() + 6 * d.sigma()));
        }
        if (problems.size() > before || component == null) return;
        Range r = component.getAnnotation(Range.class);
        if (r != null && (d.supportLow() < r.min() || d.supportHigh() > r.max())) {
            report(path, pointer, "a " + kind + " distribution here can draw values in [" + d.supportLow() + ", " + d.supportHigh()
                    + "] but the field must lie in " + rangeText(r)
                    + ("normal".equals(kind) ? ": truncate it with lower/upper" : ""));
        }
    }

    private void checkRange(double v, String path, String pointer, RecordComponent component) {
        if (component == null) return;
        Range r = component.getAnnotation(Range.class);
        if (r != null && (v < r.min() || v > r.max())) {
            report(path, pointer, "value " + fmt(v) + " is out of range: expected " + rangeText(r));
        }
    }

    /** Infinity (a literal such as 1e309) and numbers beyond 10^9 are refused: no field needs them, and they overflow. */
    private boolean checkFinite(double v, String path, String pointer) {
        if (!Double.isFinite(v)) {
            report(path, pointer, "expected a finite number, got " + v + " (a literal beyond 1.8e308 is read as infinity)");
            return false;
        }
        if (Math.abs(v) > MAX_MAGNITUDE) {
            report(path, pointer, "value " + fmt(v) + " is out of range: no number in a scenario may exceed 10^9 in magnitude");
            return false;
        }
        return true;
    }

    /** Text must be valid Unicode without control characters (tabs and line breaks aside): it ends up in files and folder names. */
    private void checkText(String text, String path, String pointer) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                report(path, pointer, "the text holds an unpaired UTF-16 surrogate (" + String.format("\\u%04x", cp) + "): not valid Unicode");
                return;
            }
            if (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r') {
                report(path, pointer, "the text holds a control character (" + String.format("\\u%04x", cp) + ")");
                return;
            }
            i += Character.charCount(cp);
        }
    }

    /** Text safe to print on one line: control characters and unpaired surrogates shown as escapes. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) b.append(String.format("\\u%04x", cp));
            else b.appendCodePoint(cp);
        });
        return b.toString();
    }

    static String rangeText(Range r) {
        if (r.max() == Double.POSITIVE_INFINITY) return "a value >= " + fmt(r.min());
        if (r.min() == Double.NEGATIVE_INFINITY) return "a value <= " + fmt(r.max());
        return "[" + fmt(r.min()) + ", " + fmt(r.max()) + "]";
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    void report(String path, String pointer, String message) {
        for (Map.Entry<String, String> e : placed.entrySet()) {
            if (pointer.equals(e.getKey()) || pointer.startsWith(e.getKey() + "/")) {
                problems.add(new Problem(e.getValue(), path, 0, 0, message));
                return;
            }
        }
        int[] lc = locations == null ? new int[]{0, 0} : locations.find(pointer);
        problems.add(new Problem(file, path, lc[0], lc[1], message));
    }

    static String describe(JsonNode n) {
        if (n.isTextual()) return "'" + printable(n.asText()) + "'";
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        return n.toString();
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new IllegalStateException("unsupported type " + t);
    }

    /** ", did you mean 'x'?" for the nearest valid name within a small edit distance, else "". */
    static String suggestion(String given, List<String> valid) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(given.toLowerCase(), v.toLowerCase());
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        if (best == null || bestD > Math.max(2, given.length() / 3)) return valid.size() <= 12 ? " (valid: " + String.join(", ", valid) + ")" : "";
        return ", did you mean '" + best + "'?";
    }
}
