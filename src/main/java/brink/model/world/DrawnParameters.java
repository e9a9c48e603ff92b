package brink.model.world;

import brink.scenario.ModelParameters;
import brink.scenario.Param;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;

/** The model parameters of one replication, drawn and unboxed once so the daily loop reads plain fields. */
public final class DrawnParameters implements java.io.Serializable {
    public double rationality, contestExponent, resolveForceWeight, warCost, sanctionsWeight, allianceWarCost,
            allianceWarRung, fear, fatigue, postureWeight, wordsWeight, supportWeight, talksWeight, concedeThreat,
            talksDelay, tensionDecay, tensionBaseline, rangeWeight, trustWeight, mediatorWeight, tensionWeight,
            cutStalemate, cutProgress, cutBreakthrough, breakthroughTension, progressTension, stalemateTension,
            breakdownTension, trustStep, concessionStep, vetoIntercept, vetoDependence, vetoRung, cohesionSpread, repeatCost,
            repeatMemory, cohesionMemory, talksRestraint, frustrationStep;

    /** Every component of ModelParameters has a field of the same name here; a missing one fails loudly. */
    private static final RecordComponent[] COMPONENTS = ModelParameters.class.getRecordComponents();
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
}
