package brink.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Reads one JSON document into a tree and the line and column of every value, in one pass over the tokens, refusing
 * what Jackson's tree reader would silently lose: a key given twice (the last would win) and content after the
 * document (it would be ignored). YAML goes through {@link YamlTree}, with the same rules.
 */
final class TreeReader {
    /** Values in a document, counting each alias's copy: enough for any scenario, and a stop for alias bombs. */
    static final int MAX_VALUES = 1_000_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A problem at a place in the document; carries the line and column. */
    static final class Bad extends Exception {
        final String path;
        final int line, column;

        Bad(String path, JsonLocation at, String message) {
            this(path, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), message);
        }

        Bad(String path, int line, int column, String message) {
            super(message);
            this.path = path;
            this.line = line;
            this.column = column;
        }
    }

    private final JsonParser parser;
    private final Locations locations = new Locations();
    private int values;

    private TreeReader(JsonParser parser) {
        this.parser = parser;
    }

    record Document(JsonNode tree, Locations locations) {
    }

    /** The document, or null when the input holds none; {@link Bad} for what cannot be read as one. */
    static Document read(JsonParser parser) throws IOException, Bad {
        TreeReader r = new TreeReader(parser);
        if (parser.nextToken() == null) return null;
        JsonNode tree = r.value("", "");
        JsonLocation end = parser.currentTokenLocation();
        JsonToken more;
        try {
            more = parser.nextToken();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            more = JsonToken.NOT_AVAILABLE;
            end = e.getLocation();
        }
        if (more != null) {
            throw new Bad("", more == JsonToken.NOT_AVAILABLE ? end : parser.currentTokenLocation(),
                    "content after the end of the document (a scenario file holds one JSON value)");
        }
        return new Document(tree, r.locations);
    }

    /** The value whose first token is the current one; {@code path} is dotted (for messages), {@code pointer} a JSON Pointer. */
    private JsonNode value(String path, String pointer) throws IOException, Bad {
        JsonToken t = parser.currentToken();
        JsonLocation at = parser.currentTokenLocation();
        locations.put(pointer, at.getLineNr(), at.getColumnNr());
        if (++values > MAX_VALUES) {
            throw new Bad(path, at, "the document holds more than " + MAX_VALUES + " values: too large to be a scenario");
        }
        JsonNode node = switch (t) {
            case START_OBJECT -> object(path, pointer);
            case START_ARRAY -> array(path, pointer);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new Bad(path, at, "a value that is not text, a number, true/false, a list or an object (" + t + ")");
        };
        return node;
    }

    private ObjectNode object(String path, String pointer) throws IOException, Bad {
        ObjectNode o = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            parser.nextToken();
            String childPath = Shape.join(path, name), childPointer = pointer + "/" + Shape.escape(name);
            if (o.has(name)) {
                throw new Bad(childPath, at, "the key '" + name + "' is given twice in the same object (only one value can count)");
            }
            o.set(name, value(childPath, childPointer));
        }
        return o;
    }

    private ArrayNode array(String path, String pointer) throws IOException, Bad {
        ArrayNode a = NODES.arrayNode();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            a.add(value(Shape.join(path, Integer.toString(i)), pointer + "/" + i));
            i++;
        }
        return a;
    }
}
