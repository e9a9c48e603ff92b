package brink.model.world;

import brink.scenario.Relation;

/** The information on a network edge: the relation's type, its drawn weight and its name. */
public record Tie(Relation.Type type, double weight, String name) implements java.io.Serializable {
    @Override
    public String toString() {
        return name == null ? type.label() : name;
    }
}
