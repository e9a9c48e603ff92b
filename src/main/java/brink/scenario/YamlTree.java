package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A YAML scenario as a JSON tree with the line and column of every value, built from SnakeYAML's node graph, in
 * which an alias ({@code *a}) is the very node its anchor ({@code &a}) names: aliases and merge keys
 * ({@code <<: *a}) read as YAML means them, not as the anchor's name. Scalars are typed as JSON would type them:
 * only true/false are booleans (a state called NO stays "NO"), dates stay text.
 */
final class YamlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Locations locations = new Locations();
    private final Map<Node, Boolean> open = new IdentityHashMap<>();
    private int values;

    private YamlTree() {
    }

    /** The document, or null when the text holds none; {@link TreeReader.Bad} for what cannot be read as one. */
    static TreeReader.Document read(String text) throws TreeReader.Bad {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1000);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Loader.MAX_BYTES));
        Iterator<Node> docs;
        Node root;
        try {
            docs = new Yaml(options).composeAll(new StringReader(text)).iterator();
            if (!docs.hasNext()) return null;
            root = docs.next();
            if (root == null) return null;
            if (docs.hasNext()) {
                Node second = docs.next();
                throw new TreeReader.Bad("", second == null ? null : second.getStartMark().getLine() + 1, second == null ? 0 : second.getStartMark().getColumn() + 1,
                        "a second document after the first (a scenario file holds one document; remove the '---' and what follows)");
            }
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new TreeReader.Bad("", m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
                    "malformed YAML: " + Shape.printable(String.valueOf(e.getProblem() != null ? e.getProblem() : e.getContext())));
        } catch (YAMLException e) {
            throw new TreeReader.Bad("", 0, 0, "malformed YAML: " + Shape.printable(String.valueOf(e.getMessage())));
        }
        YamlTree t = new YamlTree();
        JsonNode tree = t.value(root, "", "");
        return new TreeReader.Document(tree, t.locations);
    }

    private JsonNode value(Node n, String path, String pointer) throws TreeReader.Bad {
        Mark at = n.getStartMark();
        locations.put(pointer, at.getLine() + 1, at.getColumn() + 1);
        if (++values > TreeReader.MAX_VALUES) {
            throw bad(n, path, "the document holds more than " + TreeReader.MAX_VALUES + " values (counting YAML aliases): too large to be a scenario");
        }
        if (open.containsKey(n)) throw bad(n, path, "an alias refers to a node that contains it (a recursive structure)");
        open.put(n, Boolean.TRUE);
        try {
            if (n instanceof MappingNode m) return object(m, path, pointer);
            if (n instanceof SequenceNode s) {
                ArrayNode a = NODES.arrayNode();
                List<Node> items = s.getValue();
                for (int i = 0; i < items.size(); i++) a.add(value(items.get(i), Shape.join(path, Integer.toString(i)), pointer + "/" + i));
                return a;
            }
            return scalar((ScalarNode) n, path);
        } finally {
            open.remove(n);
        }
    }

    private ObjectNode object(MappingNode m, String path, String pointer) throws TreeReader.Bad {
        ObjectNode o = NODES.objectNode();
        List<JsonNode> merged = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw bad(t.getKeyNode(), path, "a key must be plain text, not a list or an object");
            String name = k.getValue();
            if (k.getTag().equals(Tag.MERGE) || name.equals("<<") && k.isPlain()) {
                JsonNode v = value(t.getValueNode(), Shape.join(path, "<<"), pointer + "/<<");
                if (v.isArray()) v.forEach(merged::add);
                else merged.add(v);
                continue;
            }
            String childPath = Shape.join(path, name);
            if (o.has(name)) throw bad(k, childPath, "the key '" + Shape.printable(name) + "' is given twice in the same object (only one value can count)");
            o.set(name, value(t.getValueNode(), childPath, pointer + "/" + Shape.escape(name)));
        }
        for (JsonNode j : merged) {
            if (!j.isObject()) throw bad(m, Shape.join(path, "<<"), "a merge key (<<) needs an object or a list of objects");
            for (Iterator<Map.Entry<String, JsonNode>> it = j.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!o.has(e.getKey())) o.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return o;
    }

    private JsonNode scalar(ScalarNode s, String path) throws TreeReader.Bad {
        String v = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) return NODES.nullNode();
        if (tag.equals(Tag.BOOL)) {
            String l = v.toLowerCase(Locale.ROOT);
            return l.equals("true") ? NODES.booleanNode(true) : l.equals("false") ? NODES.booleanNode(false) : NODES.textNode(v);
        }
        if (tag.equals(Tag.INT)) {
            JsonNode n = integer(v);
            return n != null ? n : NODES.textNode(v);
        }
        if (tag.equals(Tag.FLOAT)) {
            String f = v.replace("_", "").toLowerCase(Locale.ROOT);
            if (f.endsWith(".inf")) return NODES.numberNode(f.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            if (f.equals(".nan")) return NODES.numberNode(Double.NaN);
            try {
                return NODES.numberNode(Double.parseDouble(f));
            } catch (NumberFormatException e) {
                return NODES.textNode(v);
            }
        }
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) return NODES.textNode(v);
        throw bad(s, path, "unsupported YAML tag " + Shape.printable(tag.getValue()) + " (use plain text, numbers, true/false, lists and objects)");
    }

    /** YAML integers: decimal with optional underscores, 0x hexadecimal, 0o or 0 octal, 0b binary. */
    private static JsonNode integer(String v) {
        String t = v.replace("_", "");
        int sign = 1;
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.startsWith("-") ? -1 : 1;
            t = t.substring(1);
        }
        int radix = 10;
        if (t.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        } else if (t.startsWith("0b")) {
            radix = 2;
            t = t.substring(2);
        } else if (t.length() > 1 && t.startsWith("0")) {
            radix = 8;
            t = t.substring(1);
        }
        try {
            BigInteger b = new BigInteger(t, radix);
            if (sign < 0) b = b.negate();
            if (b.bitLength() < 32) return NODES.numberNode(b.intValue());
            if (b.bitLength() < 64) return NODES.numberNode(b.longValue());
            return NODES.numberNode(b);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static TreeReader.Bad bad(Node n, String path, String message) {
        Mark m = n.getStartMark();
        return new TreeReader.Bad(path, m.getLine() + 1, m.getColumn() + 1, message);
    }
}
