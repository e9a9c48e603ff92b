package brink.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of the scenario format (draft 2020-12), generated from the same records the loader checks
 * against, for editors' completion and checking. scenarios/scenario.schema.json is this output; a test keeps them equal.
 */
public final class JsonSchema {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonSchema() {
    }

    public static ObjectNode generate() {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://brink.example/scenario.schema.json");
        root.put("title", "Brink scenario");
        ObjectNode defs = F.objectNode();
        ObjectNode body = record(Scenario.class, defs);
        root.setAll(body);
        ((ObjectNode) root.get("properties")).putObject("$schema").put("type", "string")
                .put("description", "optional: where editors find this schema");
        defs.set("Param", param());
        defs.set("Dist", record(Dist.class, defs));
        root.set("$defs", defs);
        return root;
    }

    private static ObjectNode param() {
        ObjectNode p = F.objectNode();
        p.put("description", "a number, or a distribution drawn once per replication");
        ArrayNode any = p.putArray("oneOf");
        any.addObject().put("type", "number");
        any.addObject().put("$ref", "#/$defs/Dist");
        return p;
    }

    private static ObjectNode record(Class<?> type, ObjectNode defs) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        Doc doc = type.getAnnotation(Doc.class);
        if (doc != null) o.put("description", doc.value());
        ObjectNode props = o.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (RecordComponent c : type.getRecordComponents()) {
            ObjectNode p = type(c.getGenericType(), defs, c);
            Doc d = c.getAnnotation(Doc.class);
            if (d != null && !p.has("description")) p.put("description", d.value());
            props.set(c.getName(), p);
            if (!c.isAnnotationPresent(Opt.class)) required.add(c.getName());
        }
        if (!required.isEmpty()) o.set("required", required);
        o.put("additionalProperties", false);
        if (type == Dist.class) {
            ArrayNode kinds = ((ObjectNode) props.get("dist")).putArray("enum");
            Dist.KINDS.forEach(kinds::add);
        }
        return o;
    }

    private static ObjectNode type(Type t, ObjectNode defs, RecordComponent c) {
        Class<?> raw = Shape.rawClass(t);
        ObjectNode n = F.objectNode();
        if (raw == Param.class) {
            n.put("$ref", "#/$defs/Param");
            return n;
        }
        if (raw.isRecord()) {
            String name = raw.getSimpleName();
            if (!defs.has(name)) {
                defs.putObject(name);
                defs.set(name, record(raw, defs));
            }
            n.put("$ref", "#/$defs/" + name);
            return n;
        }
        if (raw == List.class) {
            n.put("type", "array");
            n.set("items", type(((ParameterizedType) t).getActualTypeArguments()[0], defs, c));
            return n;
        }
        if (raw == Map.class) {
            n.put("type", "object");
            n.set("additionalProperties", type(((ParameterizedType) t).getActualTypeArguments()[1], defs, c));
            return n;
        }
        if (raw == String.class) n.put("type", "string");
        else if (raw == LocalDate.class) n.put("type", "string").put("format", "date");
        else if (raw == int.class || raw == Integer.class) n.put("type", "integer");
        else if (raw == double.class || raw == Double.class) n.put("type", "number");
        else if (raw == boolean.class || raw == Boolean.class) n.put("type", "boolean");
        else if (raw.isEnum()) {
            ArrayNode e = n.putArray("enum");
            Shape.enumNames(raw).forEach(e::add);
        }
        Range r = c == null ? null : c.getAnnotation(Range.class);
        if (r != null && (raw.isPrimitive() || Number.class.isAssignableFrom(raw))) {
            if (r.min() != Double.NEGATIVE_INFINITY) n.put("minimum", r.min());
            if (r.max() != Double.POSITIVE_INFINITY) n.put("maximum", r.max());
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        String text = Loader.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(generate()) + "\n";
        if (args.length > 0) java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), text);
        else System.out.print(text);
    }
}
