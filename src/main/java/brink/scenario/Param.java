package brink.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;

/**
 * A numeric model input: either a fixed value ({@code 0.8}) or a distribution drawn once per replication
 * ({@code {"dist": "beta", "alpha": 6, "beta": 3}}). Compared by identity when a run looks up its draw.
 */
@JsonDeserialize(using = Param.Reader.class)
@JsonSerialize(using = Param.Writer.class)
public final class Param {
    private final double value;
    private final Dist dist;

    private Param(double value, Dist dist) {
        this.value = value;
        this.dist = dist;
    }

    public static Param of(double value) {
        return new Param(value, null);
    }

    public static Param of(Dist dist) {
        return new Param(dist.centre(), dist);
    }

    public boolean uncertain() {
        return dist != null;
    }

    /** The fixed value, or the distribution's centre when uncertain. */
    public double value() {
        return value;
    }

    public Dist dist() {
        return dist;
    }

    /** Equal values and distributions (a run still tells two equal uncertain parameters apart by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Param p && Double.compare(p.value, value) == 0 && java.util.Objects.equals(p.dist, dist);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(value, dist);
    }

    @Override
    public String toString() {
        return uncertain() ? dist.toString() : Double.toString(value);
    }

    static final class Reader extends JsonDeserializer<Param> {
        @Override
        public Param deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = p.getCodec().readTree(p);
            if (node.isNumber()) return of(node.doubleValue());
            return of(p.getCodec().treeToValue(node, Dist.class));
        }
    }

    static final class Writer extends JsonSerializer<Param> {
        @Override
        public void serialize(Param v, JsonGenerator g, SerializerProvider s) throws IOException {
            if (v.uncertain()) s.defaultSerializeValue(v.dist, g);
            else g.writeNumber(v.value);
        }
    }
}
