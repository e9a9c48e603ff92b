package brink.scenario;

import java.util.Set;

/**
 * Model parameters: global defaults for every state and alliance. Every one may be a distribution; the defaults are
 * judgement documented with their sources in docs/MODEL.md (section 8). Those in {@link #STATE_LEVEL} can be set per
 * state ({@code states.<id>.parameters.<name>}) and those in {@link #ALLIANCE_LEVEL} per alliance
 * ({@code alliances.<id>.parameters.<name>}); a value given there replaces the global one for that actor.
 * The deprecated ones are read from files written before Model v2 and have no effect.
 */
public record ModelParameters(
        @Opt @Range(min = 0) @Doc("logit rationality lambda of everyday decisions, 1/stake unit") Param rationality,
        @Opt @Range(min = 0, max = 1) @Doc("daily hazard of a major move worth as much as the best everyday move (h0 of the complementary log-log hazard), 1/day") Param majorHazard,
        @Opt @Range(min = 0) @Doc("how fast the hazard of a major move grows with its advantage over the best everyday move (lambda_M), 1/stake unit") Param majorDecisiveness,
        @Opt @Range(min = 1) @Doc("factor on the major-move hazard on a decision point (a deadline, readiness reached, an incident), dimensionless") Param decisionPointBoost,
        @Opt @Range(min = 1, max = 365) @Doc("days a decision point lasts") Param decisionPointDays,
        @Opt @Range(min = 1, max = 3650) @Doc("look-ahead over which a state weighs waiting, upkeep and the threat it faces, days") Param planningDays,
        @Opt @Range(min = 0, max = 2) @Doc("weight of risk attitude on costs: costs count (1 + riskWeight (0.5 - riskTolerance)) times, dimensionless") Param riskWeight,
        @Opt @Range(min = 0) @Doc("utility lost per recent use of the same action (habituation), stake units") Param repeatCost,
        @Opt @Range(min = 0, max = 1) @Doc("share of an action's recent-use count kept from one day to the next") Param repeatMemory,
        @Opt @Range(min = 0) @Doc("utility of following the arms-race rate at full build-up speed, stake units") Param postureWeight,
        @Opt @Range(min = 0) @Doc("utility of demands and warnings at full tension for a fully resolved state, stake units") Param wordsWeight,
        @Opt @Range(min = 0) @Doc("utility of supporting a partner or threatening sanctions at full tension, stake units") Param supportWeight,
        @Opt @Range(min = 0) @Doc("utility of proposing talks per unit of their expected value (P(breakthrough) + P(progress)/2 - P(breakdown)), stake units") Param talksWeight,
        @Opt @Range(min = 0) @Doc("utility lost by a use of force while talks the state takes part in are still ahead, stake units") Param talksRestraint,
        @Opt @Range(min = 0) @Doc("growth of a side's stake weight after a stalemate (twice after a breakdown), dimensionless") Param frustrationStep,
        @Opt @Range(min = 0) @Doc("domestic cost of a unilateral concession, stake units") Param concessionCost,
        @Opt @Range(min = 0, max = 1) @Doc("share of the evidence about another state's resolve (the Beta pseudo-counts beyond the prior) kept from one day to the next") Param beliefMemory,
        @Opt @Range(min = 0, max = 1) @Doc("share of a state's measured daily growth of strength kept from one day to the next (the trend projected over the planning window)") Param trendMemory,
        @Opt @Range(min = 0) @Doc("Richardson fear coefficient a, 1/day") Param fear,
        @Opt @Range(min = 0) @Doc("Richardson fatigue coefficient b, 1/day") Param fatigue,
        @Opt @Range(min = 0, max = 1) @Doc("how much resolve multiplies effective forces, 0..1") Param resolveForceWeight,
        @Opt @Range(min = 0, max = 1) @Doc("share of what it still lacks to its deployment ceiling an attacked state brings into the theatre per day (at most maxBuildUp a day unless invaded at home with no deployable), 1/day") Param mobilisationRate,
        @Opt @Range(min = 0) @Doc("decisiveness m of the daily battle's contest success function, dimensionless") Param contestExponent,
        @Opt @Range(min = 1) @Doc("defender's force multiplier d in the daily battle, dimensionless") Param defenderAdvantage,
        @Opt @Range(min = 0.001, max = 1) @Doc("share of the way between repulse and victory a side gains on a day it wins, per day") Param controlStep,
        @Opt @Range(min = 0.01, max = 0.99) @Doc("where the front starts between the attacker's repulse (0) and its victory (1)") Param frontStart,
        @Opt @Range(min = 0, max = 1) @Doc("Lanchester attrition coefficient: troops lost per day per unit of the enemy's engaged strength, 1/day") Param attrition,
        @Opt @Range(min = 0) @Doc("extra share of losses taken by the side that loses the day, dimensionless") Param lossSkew,
        @Opt @Range(min = 0, max = 1) @Doc("a side has lost the field below this share of its strength when it entered the war, and is beaten only when what it could still bring in is below this share of its capacity when it entered") Param collapseShare,
        @Opt @Range(min = 0, max = 1) @Doc("tension added per day of fighting at full intensity") Param warTension,
        @Opt @Range(min = 0.1) @Doc("weight of a side's prior estimate of its daily chance in battle, pseudo-days") Param beliefStrength,
        @Opt @Range(min = 0, max = 365) @Doc("days between a delivery of arms and its arrival at the front") Param supplyLag,
        @Opt @Range(min = 0, max = 1) @Doc("share of the way from the pre-war status quo to the defender's ideal that the issue moves when the attacker is repulsed") Param repulseShift,
        @Opt @Range(min = 0) @Doc("economic cost of 100 days of war at full intensity to a state of resolve 0, stake units") Param warCost,
        @Opt @Range(min = 0) @Doc("cost of losing its whole active forces, stake units (losses cost this times the share lost)") Param lossCost,
        @Opt @Range(min = 0) @Doc("resolve falls by the factor exp(-warWeariness x share of active forces lost), dimensionless") Param warWeariness,
        @Opt @Range(min = 0, max = 1) @Doc("a conflict below this intensity counts as minor clashes (ICB severity 2)") Param minorIntensity,
        @Opt @Range(min = 0, max = 1) @Doc("a conflict at or above this intensity counts as full-scale war (ICB severity 4); between the two, serious clashes") Param fullWarIntensity,
        @Opt @Range(min = 0, max = 1) @Doc("daily chance of a ceasefire when both sides prefer the present line to fighting on, 1/day") Param ceasefireRate,
        @Opt @Range(min = 0, max = 1) @Doc("daily hazard that an agreement fully complied with breaks down, 1/day") Param agreementHazard,
        @Opt @Range(min = 0) @Doc("factor by which non-compliance multiplies the breakdown hazard, per unit of non-compliance") Param violationWeight,
        @Opt @Range(min = 0, max = 1) @Doc("compliance lost when a bound party builds up forces") Param violationStep,
        @Opt @Range(min = 0, max = 1) @Doc("compliance regained per day") Param complianceRecovery,
        @Opt @Range(min = 0, max = 1) @Doc("movement of the issue toward (away from) a principal's ideal that counts as victory (defeat), position units") Param resultThreshold,
        @Opt @Range(min = 0) @Doc("serious incidents per day per 100 thousand troops in contact (geometric mean of the two sides' theatre forces) at full alert") Param incidentRate,
        @Opt @Range(min = 0, max = 1) @Doc("tension added by an incident") Param incidentTension,
        @Opt @Range(min = 0, max = 1) @Doc("share of incidents in which shots are fired: a clash, fought as a war of clashIntensity until both sides stop") Param incidentViolence,
        @Opt @Range(min = 0, max = 1) @Doc("intensity of the fighting a violent incident starts") Param clashIntensity,
        @Opt @Range(min = 0, max = 1) @Doc("daily chance of inadvertent nuclear use in a war between nuclear-armed sides at full intensity and full tension (it grows as the root of intensity)") Param lossOfControl,
        @Opt @Range(min = 0, max = 1) @Doc("weight of an alliance's nuclear retaliation on behalf of a partner (members count fully)") Param extendedDeterrence,
        @Opt @Range(min = 0) @Doc("cost of a nuclear retaliation by a second-strike-capable state, stake units") Param nuclearRetaliationCost,
        @Opt @Range(min = 0, max = 1) @Doc("chance that a nuclear use compels the other side to stop fighting") Param nuclearCoercion,
        @Opt @Range(min = 1, max = 365) @Doc("days between a proposal of talks and the talks") Param talksDelay,
        @Opt @Range(min = 0, max = 1) @Doc("share of the gap to the baseline tension closed each day") Param tensionDecay,
        @Opt @Range(min = 0, max = 1) @Doc("tension the crisis relaxes to without new moves, 0..1") Param tensionBaseline,
        @Opt @Range(min = 0) @Doc("weight of the bargaining range in the talks score, 1/position unit") Param rangeWeight,
        @Opt @Range(min = 0) @Doc("weight of trust in the talks score") Param trustWeight,
        @Opt @Range(min = 0) @Doc("weight of each mediator in the talks score") Param mediatorWeight,
        @Opt @Range(min = 0) @Doc("weight of tension (negative) in the talks score") Param tensionWeight,
        @Opt @Doc("ordered-logit cut point between breakdown and stalemate") Param cutStalemate,
        @Opt @Doc("ordered-logit cut point between stalemate and progress") Param cutProgress,
        @Opt @Doc("ordered-logit cut point between progress and breakthrough") Param cutBreakthrough,
        @Opt @Range(min = -1, max = 1) @Doc("change of tension after a breakthrough") Param breakthroughTension,
        @Opt @Range(min = -1, max = 1) @Doc("change of tension after progress") Param progressTension,
        @Opt @Range(min = -1, max = 1) @Doc("change of tension after a stalemate") Param stalemateTension,
        @Opt @Range(min = -1, max = 1) @Doc("change of tension after a breakdown") Param breakdownTension,
        @Opt @Range(min = 0, max = 1) @Doc("change of trust after progress (up) or breakdown (down)") Param trustStep,
        @Opt @Range(min = 0, max = 1) @Doc("movement of each side's position toward the other after progress") Param concessionStep,
        @Opt @Range(min = 0) @Doc("stake units per unit of GDP share lost per year to sanctions") Param sanctionsWeight,
        @Opt @Doc("log-odds of a member's veto of a sanctions tier with nothing at stake, on the tier's rung") Param vetoIntercept,
        @Opt @Range(min = 0) @Doc("increase of the veto log-odds per unit of energy dependence on the target, at the costliest tier") Param vetoDependence,
        @Opt @Range(min = 0) @Doc("increase of a member's veto log-odds per unit of its trade share with the target, at the costliest tier") Param vetoTrade,
        @Opt @Range(min = 0) @Doc("decrease of a member's veto log-odds per unit of threat felt from the target (1 = a land border), balance of threat") Param vetoThreat,
        @Opt @Range(min = 0) @Doc("decrease of the veto log-odds per rung of the target's escalation above the tier's rung") Param vetoRung,
        @Opt @Range(min = 0) @Doc("loss of cohesion per unit of standard deviation of members' support") Param cohesionSpread,
        @Opt @Range(min = 0, max = 1) @Doc("share of the cohesion gained at a meeting that is kept from one day to the next") Param cohesionMemory,
        @Opt @Range(min = 0, max = 3650) @Doc("days an agreement must hold before the alliance lifts the sanctions it suspended") Param sanctionsLiftDays,
        @Opt @Range(min = 0) @Doc("resolve falls by the factor exp(-damageResolve x share of GDP lost to sanctions), dimensionless") Param damageResolve,
        @Opt @Range(min = 0) @Doc("decrease of a member's veto log-odds once the target has used force on a member or partner of the alliance") Param vetoAttack,
        @Opt @Range(min = 0) @Doc("decrease of a member's veto log-odds per unit of alliance pressure (2 x the lead's and others' support - 1)") Param vetoPressure,
        @Opt @Range(min = 0, max = 1) @Doc("share of the alliance pressure on a member that comes from the lead (the rest from the other members)") Param leadPressureShare,
        @Opt @Range(min = 0, max = 1) @Doc("share of a tier's cost a member weighs when only threatening it (threat stage)") Param threatCostShare,
        @Opt @Range(min = 1) @Doc("distance at which the threat felt from a state without a common border falls to 1/e, km (loss-of-strength gradient)") Param proximityRange,
        @Opt @Range(min = 0, max = 1) @Doc("smallest change of the issue's position for which an agreement reached in peacetime is written and signed (formal); smaller ones, confirming or restoring the status quo, are semi-formal, position units") Param formalShift,
        @Opt @Deprecated @Doc("removed in Model v2 (an attack on a member now brings its alliance into the war): no effect; brink upgrade drops it") Param allianceWarCost,
        @Opt @Deprecated @Doc("removed in Model v2 (an attack on a member now brings its alliance into the war): no effect; brink upgrade drops it") Param allianceWarRung,
        @Opt @Deprecated @Doc("removed in Model v2 (a concession is now valued by the credible threat it averts): no effect; brink upgrade drops it") Param concedeThreat) {

    /** Parameters a state may set for itself. */
    public static final Set<String> STATE_LEVEL = Set.of("rationality", "majorHazard", "majorDecisiveness", "decisionPointBoost", "planningDays", "riskWeight", "repeatCost", "repeatMemory", "postureWeight", "wordsWeight", "supportWeight", "talksWeight", "talksRestraint", "frustrationStep", "concessionCost", "beliefMemory", "mobilisationRate", "warCost", "lossCost", "warWeariness", "nuclearRetaliationCost", "damageResolve",
            "vetoIntercept", "vetoDependence", "vetoTrade", "vetoThreat", "vetoAttack", "vetoPressure", "proximityRange");
    /** Parameters an alliance may set for itself. */
    public static final Set<String> ALLIANCE_LEVEL = Set.of("vetoIntercept", "vetoDependence", "vetoTrade", "vetoThreat", "vetoRung", "cohesionSpread", "cohesionMemory", "sanctionsLiftDays",
            "vetoAttack", "vetoPressure", "leadPressureShare", "threatCostShare", "proximityRange");
    /** Parameters of the format before Model v2 that no longer do anything. */
    public static final Set<String> DEPRECATED = Set.of("allianceWarCost", "allianceWarRung", "concedeThreat");

    public ModelParameters {
        rationality = rationality == null ? Param.of(15.0) : rationality;
        majorHazard = majorHazard == null ? Param.of(0.01) : majorHazard;
        majorDecisiveness = majorDecisiveness == null ? Param.of(40.0) : majorDecisiveness;
        decisionPointBoost = decisionPointBoost == null ? Param.of(5.0) : decisionPointBoost;
        decisionPointDays = decisionPointDays == null ? Param.of(3.0) : decisionPointDays;
        planningDays = planningDays == null ? Param.of(60.0) : planningDays;
        riskWeight = riskWeight == null ? Param.of(1.0) : riskWeight;
        repeatCost = repeatCost == null ? Param.of(0.2) : repeatCost;
        repeatMemory = repeatMemory == null ? Param.of(0.85) : repeatMemory;
        postureWeight = postureWeight == null ? Param.of(0.4) : postureWeight;
        wordsWeight = wordsWeight == null ? Param.of(0.15) : wordsWeight;
        supportWeight = supportWeight == null ? Param.of(0.4) : supportWeight;
        talksWeight = talksWeight == null ? Param.of(1.0) : talksWeight;
        talksRestraint = talksRestraint == null ? Param.of(0.3) : talksRestraint;
        frustrationStep = frustrationStep == null ? Param.of(0.05) : frustrationStep;
        concessionCost = concessionCost == null ? Param.of(0.2) : concessionCost;
        beliefMemory = beliefMemory == null ? Param.of(0.97) : beliefMemory;
        trendMemory = trendMemory == null ? Param.of(0.9) : trendMemory;
        fear = fear == null ? Param.of(0.004) : fear;
        fatigue = fatigue == null ? Param.of(0.004) : fatigue;
        resolveForceWeight = resolveForceWeight == null ? Param.of(0.5) : resolveForceWeight;
        mobilisationRate = mobilisationRate == null ? Param.of(0.05) : mobilisationRate;
        contestExponent = contestExponent == null ? Param.of(1.5) : contestExponent;
        defenderAdvantage = defenderAdvantage == null ? Param.of(1.5) : defenderAdvantage;
        controlStep = controlStep == null ? Param.of(0.025) : controlStep;
        frontStart = frontStart == null ? Param.of(0.5) : frontStart;
        attrition = attrition == null ? Param.of(0.002) : attrition;
        lossSkew = lossSkew == null ? Param.of(0.5) : lossSkew;
        collapseShare = collapseShare == null ? Param.of(0.4) : collapseShare;
        warTension = warTension == null ? Param.of(0.02) : warTension;
        beliefStrength = beliefStrength == null ? Param.of(20.0) : beliefStrength;
        supplyLag = supplyLag == null ? Param.of(14.0) : supplyLag;
        repulseShift = repulseShift == null ? Param.of(0.5) : repulseShift;
        warCost = warCost == null ? Param.of(0.4) : warCost;
        lossCost = lossCost == null ? Param.of(2.0) : lossCost;
        warWeariness = warWeariness == null ? Param.of(1.0) : warWeariness;
        minorIntensity = minorIntensity == null ? Param.of(0.15) : minorIntensity;
        fullWarIntensity = fullWarIntensity == null ? Param.of(0.6) : fullWarIntensity;
        ceasefireRate = ceasefireRate == null ? Param.of(0.1) : ceasefireRate;
        agreementHazard = agreementHazard == null ? Param.of(0.001) : agreementHazard;
        violationWeight = violationWeight == null ? Param.of(20.0) : violationWeight;
        violationStep = violationStep == null ? Param.of(0.2) : violationStep;
        complianceRecovery = complianceRecovery == null ? Param.of(0.02) : complianceRecovery;
        resultThreshold = resultThreshold == null ? Param.of(0.1) : resultThreshold;
        incidentRate = incidentRate == null ? Param.of(0.015) : incidentRate;
        incidentTension = incidentTension == null ? Param.of(0.03) : incidentTension;
        incidentViolence = incidentViolence == null ? Param.of(0.01) : incidentViolence;
        clashIntensity = clashIntensity == null ? Param.of(0.05) : clashIntensity;
        lossOfControl = lossOfControl == null ? Param.of(0.006) : lossOfControl;
        extendedDeterrence = extendedDeterrence == null ? Param.of(0.5) : extendedDeterrence;
        nuclearRetaliationCost = nuclearRetaliationCost == null ? Param.of(20.0) : nuclearRetaliationCost;
        nuclearCoercion = nuclearCoercion == null ? Param.of(0.5) : nuclearCoercion;
        talksDelay = talksDelay == null ? Param.of(5.0) : talksDelay;
        tensionDecay = tensionDecay == null ? Param.of(0.08) : tensionDecay;
        tensionBaseline = tensionBaseline == null ? Param.of(0.15) : tensionBaseline;
        rangeWeight = rangeWeight == null ? Param.of(1.0) : rangeWeight;
        trustWeight = trustWeight == null ? Param.of(2.0) : trustWeight;
        mediatorWeight = mediatorWeight == null ? Param.of(0.3) : mediatorWeight;
        tensionWeight = tensionWeight == null ? Param.of(2.0) : tensionWeight;
        cutStalemate = cutStalemate == null ? Param.of(-1.2) : cutStalemate;
        cutProgress = cutProgress == null ? Param.of(1.85) : cutProgress;
        cutBreakthrough = cutBreakthrough == null ? Param.of(8.0) : cutBreakthrough;
        breakthroughTension = breakthroughTension == null ? Param.of(-0.3) : breakthroughTension;
        progressTension = progressTension == null ? Param.of(-0.08) : progressTension;
        stalemateTension = stalemateTension == null ? Param.of(0.03) : stalemateTension;
        breakdownTension = breakdownTension == null ? Param.of(0.1) : breakdownTension;
        trustStep = trustStep == null ? Param.of(0.1) : trustStep;
        concessionStep = concessionStep == null ? Param.of(0.05) : concessionStep;
        sanctionsWeight = sanctionsWeight == null ? Param.of(4.0) : sanctionsWeight;
        vetoIntercept = vetoIntercept == null ? Param.of(-4.0) : vetoIntercept;
        vetoDependence = vetoDependence == null ? Param.of(6.0) : vetoDependence;
        vetoTrade = vetoTrade == null ? Param.of(6.0) : vetoTrade;
        vetoThreat = vetoThreat == null ? Param.of(6.0) : vetoThreat;
        vetoRung = vetoRung == null ? Param.of(1.0) : vetoRung;
        cohesionSpread = cohesionSpread == null ? Param.of(2.0) : cohesionSpread;
        cohesionMemory = cohesionMemory == null ? Param.of(0.95) : cohesionMemory;
        sanctionsLiftDays = sanctionsLiftDays == null ? Param.of(30.0) : sanctionsLiftDays;
        damageResolve = damageResolve == null ? Param.of(2.0) : damageResolve;
        vetoAttack = vetoAttack == null ? Param.of(2.0) : vetoAttack;
        vetoPressure = vetoPressure == null ? Param.of(1.0) : vetoPressure;
        leadPressureShare = leadPressureShare == null ? Param.of(0.5) : leadPressureShare;
        threatCostShare = threatCostShare == null ? Param.of(0.5) : threatCostShare;
        proximityRange = proximityRange == null ? Param.of(500.0) : proximityRange;
        formalShift = formalShift == null ? Param.of(0.1) : formalShift;
    }

    public static ModelParameters defaults() {
        return new ModelParameters(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
