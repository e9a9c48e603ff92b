package brink.model;

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
            breakdownTension, trustStep, concessionStep, vetoIntercept, vetoDependence, vetoRung, cohesionSpread;

    /** Every component of ModelParameters has a field of the same name here; a missing one fails loudly. */
    static DrawnParameters of(ModelParameters mp, Draw draw) {
        DrawnParameters d = new DrawnParameters();
        for (RecordComponent c : ModelParameters.class.getRecordComponents()) {
            try {
                Field f = DrawnParameters.class.getField(c.getName());
                f.setDouble(d, draw.value((Param) c.getAccessor().invoke(mp)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("model parameter without a drawn field: " + c.getName(), e);
            }
        }
        return d;
    }
}
