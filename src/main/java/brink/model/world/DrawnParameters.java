package brink.model.world;

import brink.scenario.ModelParameters;
import brink.scenario.Param;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;

/** The model parameters of one replication, drawn and unboxed once so the daily loop reads plain fields. */
public final class DrawnParameters implements java.io.Serializable, Cloneable {
    public double rationality, majorHazard, majorDecisiveness, decisionPointBoost, decisionPointDays, planningDays, riskWeight, repeatCost,
            repeatMemory, postureWeight, wordsWeight, supportWeight, talksWeight, talksRestraint, frustrationStep, concessionCost,
            beliefMemory, trendMemory, fear, fatigue, resolveForceWeight, mobilisationRate, contestExponent, defenderAdvantage,
            controlStep, frontStart, attrition, lossSkew, collapseShare, warTension, beliefStrength, supplyLag,
            repulseShift, warCost, lossCost, warWeariness, minorIntensity, fullWarIntensity, ceasefireRate, agreementHazard,
            violationWeight, violationStep, complianceRecovery, resultThreshold, incidentRate, incidentTension, incidentViolence, clashIntensity,
            lossOfControl, extendedDeterrence, nuclearRetaliationCost, nuclearCoercion, talksDelay, tensionDecay, tensionBaseline, rangeWeight,
            trustWeight, mediatorWeight, tensionWeight, cutStalemate, cutProgress, cutBreakthrough, breakthroughTension, progressTension,
            stalemateTension, breakdownTension, trustStep, concessionStep, sanctionsWeight, vetoIntercept, vetoDependence, vetoTrade,
            vetoThreat, vetoRung, cohesionSpread, cohesionMemory, sanctionsLiftDays, damageResolve, vetoAttack, vetoPressure,
            leadPressureShare, threatCostShare, proximityRange, formalShift;

    /** Every component of ModelParameters has a field of the same name here; a missing one fails loudly. */
    private static final RecordComponent[] COMPONENTS = java.util.Arrays.stream(ModelParameters.class.getRecordComponents())
            .filter(c -> !ModelParameters.DEPRECATED.contains(c.getName())).toArray(RecordComponent[]::new);
    private static final Field[] FIELDS = new Field[COMPONENTS.length];

    static {
        for (int i = 0; i < COMPONENTS.length; i++) {
            try {
                FIELDS[i] = DrawnParameters.class.getField(COMPONENTS[i].getName());
            } catch (NoSuchFieldException e) {
                throw new ExceptionInInitializerError("model parameter without a drawn field: " + COMPONENTS[i].getName());
            }
        }
    }

    public static DrawnParameters of(ModelParameters mp, Draw draw) {
        DrawnParameters d = new DrawnParameters();
        for (int i = 0; i < COMPONENTS.length; i++) {
            try {
                FIELDS[i].setDouble(d, draw.value((Param) COMPONENTS[i].getAccessor().invoke(mp)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return d;
    }

    /** A copy with an actor's own values in place of the global ones (names checked by the scenario's validation). */
    public DrawnParameters forActor(java.util.Map<String, Param> own, Draw draw) {
        if (own.isEmpty()) return this;
        try {
            DrawnParameters d = (DrawnParameters) clone();
            for (var e : own.entrySet()) DrawnParameters.class.getField(e.getKey()).setDouble(d, draw.value(e.getValue()));
            return d;
        } catch (ReflectiveOperationException | CloneNotSupportedException e) {
            throw new IllegalStateException("actor parameter " + own.keySet() + ": " + e.getMessage(), e);
        }
    }
}
