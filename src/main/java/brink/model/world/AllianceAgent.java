package brink.model.world;

import brink.scenario.AllianceSpec;

/** An alliance: aggregates its members' preferred responses by its decision rule each day; cohesion follows from their spread. */
public final class AllianceAgent implements java.io.Serializable {
    public final int index;
    public final String id;
    public final String name;
    public final transient AllianceSpec spec;
    public int[] members = new int[0];
    /** Each member's energy dependence on the adversary (share of its gas). */
    public double[] dependence = new double[0];
    /** Each member's support for the next step of the alliance's response, 0..1 (yesterday's). */
    public double[] support = new double[0];
    /** The adversary its sanctions and deterrence answer now: the first declared, then the one whose escalation went highest. */
    public int adversary = -1;
    /** Every state it may answer. */
    public int[] adversaries = new int[0];
    /** Its model parameters: the global ones, with its own values where the scenario gives them. */
    public DrawnParameters p;
    /** Its sanctions against the states it may answer (built at the start of a run by the sanctions mechanism). */
    public SanctionsRegime regime;
    public int lead = -1;
    public double cohesion = 1;
    /** Cohesion gained at meetings, fading over time. */
    public double boost;
    /** Highest sanctions tier threatened against, and in force on, any state (its regime holds them by state). */
    public int threatenedTier;
    public int imposedTier;
    // what the last assessment of members' support was made on, and what it found
    public int assessedRung = -1, assessedReference = -1;
    public double spread, meanSupport;

    /** The alliance's sanctions step chosen for today by a team playing its lead (classroom hook), or {@link #AUTO}. */
    public int leadMove = AUTO;
    public static final int AUTO = -1, HOLD = 0, THREATEN = 1, IMPOSE = 2;

    AllianceAgent(int index, AllianceSpec spec) {
        this.index = index;
        this.spec = spec;
        this.id = spec.id();
        this.name = spec.name();
    }

    public boolean isMember(int state) {
        for (int m : members) if (m == state) return true;
        return false;
    }

    public boolean has(AllianceSpec.Instrument i) {
        return spec.has(i);
    }

    public double getCohesion() { return cohesion; }
    public int getThreatenedTier() { return threatenedTier; }
    public int getImposedTier() { return imposedTier; }
    public String getName() { return name; }

    @Override
    public String toString() {
        return name;
    }
}
