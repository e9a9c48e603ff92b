package brink.scenario;

/**
 * Model parameters shared by all states. Every one may be a distribution; defaults are judgement
 * calibrated on the seed scenario (see docs/MODEL.md for the reasoning behind each).
 */
public record ModelParameters(
        @Opt @Range(min = 0) @Doc("logit rationality lambda of decisions, 1/stake unit") Param rationality,
        @Opt @Range(min = 0) @Doc("exponent gamma of the contest success function, dimensionless") Param contestExponent,
        @Opt @Range(min = 0, max = 1) @Doc("how much resolve multiplies effective forces, 0..1") Param resolveForceWeight,
        @Opt @Range(min = 0) @Doc("cost of a full war to a state of resolve 0, stake units") Param warCost,
        @Opt @Range(min = 0) @Doc("stake units per unit of GDP share lost per year to sanctions") Param sanctionsWeight,
        @Opt @Range(min = 0) @Doc("expected cost of a war with a fully cohesive alliance, stake units") Param allianceWarCost,
        @Opt @Range(min = 0, max = 99) @Doc("lowest rung at which an action brings in an alliance's collective defence") Param allianceWarRung,
        @Opt @Range(min = 0) @Doc("Richardson fear coefficient a, 1/day") Param fear,
        @Opt @Range(min = 0) @Doc("Richardson fatigue coefficient b, 1/day") Param fatigue,
        @Opt @Range(min = 0) @Doc("utility of following the arms-race rate at full build-up speed, stake units") Param postureWeight,
        @Opt @Range(min = 0) @Doc("utility of demands and warnings at full tension for a fully resolved state, stake units") Param wordsWeight,
        @Opt @Range(min = 0) @Doc("utility of supporting a partner or threatening sanctions at full tension, stake units") Param supportWeight,
        @Opt @Range(min = 0) @Doc("utility of proposing talks per unit of their expected value (P(breakthrough) + P(progress)/2 - P(breakdown)), stake units") Param talksWeight,
        @Opt @Range(min = 0) @Doc("weight of the threat of war in the value of conceding, dimensionless") Param concedeThreat,
        @Opt @Range(min = 1, max = 365) @Doc("days between a proposal of talks and the talks") Param talksDelay,
        @Opt @Range(min = 0, max = 1) @Doc("share of the gap to the baseline tension closed each day") Param tensionDecay,
        @Opt @Range(min = 0, max = 1) @Doc("tension the crisis relaxes to without new moves, 0..1") Param tensionBaseline,
        @Opt @Range(min = 0) @Doc("weight of the bargaining range in the talks score, 1/stake unit") Param rangeWeight,
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
        @Opt @Doc("log-odds of a member's veto of a sanctions tier with no dependence, on the tier's rung") Param vetoIntercept,
        @Opt @Range(min = 0) @Doc("increase of the veto log-odds per unit of energy dependence on the target") Param vetoDependence,
        @Opt @Range(min = 0) @Doc("decrease of the veto log-odds per rung above the tier's impose rung") Param vetoRung,
        @Opt @Range(min = 0) @Doc("loss of cohesion per unit of standard deviation of members' support") Param cohesionSpread,
        @Opt @Range(min = 0) @Doc("utility lost per recent use of the same action (habituation), stake units") Param repeatCost,
        @Opt @Range(min = 0, max = 1) @Doc("share of an action's recent-use count kept from one day to the next") Param repeatMemory,
        @Opt @Range(min = 0, max = 1) @Doc("share of the cohesion gained at a meeting that is kept from one day to the next") Param cohesionMemory,
        @Opt @Range(min = 0) @Doc("utility lost by a use of force while talks the state takes part in are still ahead, stake units") Param talksRestraint,
        @Opt @Range(min = 0) @Doc("growth of a side's stake weight after a stalemate (twice after a breakdown), dimensionless") Param frustrationStep) {

    public ModelParameters {
        rationality = rationality == null ? Param.of(15.0) : rationality;
        contestExponent = contestExponent == null ? Param.of(2.5) : contestExponent;
        resolveForceWeight = resolveForceWeight == null ? Param.of(0.5) : resolveForceWeight;
        warCost = warCost == null ? Param.of(0.4) : warCost;
        sanctionsWeight = sanctionsWeight == null ? Param.of(4.0) : sanctionsWeight;
        allianceWarCost = allianceWarCost == null ? Param.of(3.0) : allianceWarCost;
        allianceWarRung = allianceWarRung == null ? Param.of(7.0) : allianceWarRung;
        fear = fear == null ? Param.of(0.004) : fear;
        fatigue = fatigue == null ? Param.of(0.004) : fatigue;
        postureWeight = postureWeight == null ? Param.of(0.4) : postureWeight;
        wordsWeight = wordsWeight == null ? Param.of(0.15) : wordsWeight;
        supportWeight = supportWeight == null ? Param.of(0.4) : supportWeight;
        talksWeight = talksWeight == null ? Param.of(1.0) : talksWeight;
        concedeThreat = concedeThreat == null ? Param.of(1.5) : concedeThreat;
        talksDelay = talksDelay == null ? Param.of(5.0) : talksDelay;
        tensionDecay = tensionDecay == null ? Param.of(0.08) : tensionDecay;
        tensionBaseline = tensionBaseline == null ? Param.of(0.15) : tensionBaseline;
        rangeWeight = rangeWeight == null ? Param.of(1.0) : rangeWeight;
        trustWeight = trustWeight == null ? Param.of(2.0) : trustWeight;
        mediatorWeight = mediatorWeight == null ? Param.of(0.3) : mediatorWeight;
        tensionWeight = tensionWeight == null ? Param.of(2.0) : tensionWeight;
        cutStalemate = cutStalemate == null ? Param.of(-1.2) : cutStalemate;
        cutProgress = cutProgress == null ? Param.of(1.85) : cutProgress;
        cutBreakthrough = cutBreakthrough == null ? Param.of(3.95) : cutBreakthrough;
        breakthroughTension = breakthroughTension == null ? Param.of(-0.3) : breakthroughTension;
        progressTension = progressTension == null ? Param.of(-0.08) : progressTension;
        stalemateTension = stalemateTension == null ? Param.of(0.03) : stalemateTension;
        breakdownTension = breakdownTension == null ? Param.of(0.1) : breakdownTension;
        trustStep = trustStep == null ? Param.of(0.1) : trustStep;
        concessionStep = concessionStep == null ? Param.of(0.05) : concessionStep;
        vetoIntercept = vetoIntercept == null ? Param.of(-4.0) : vetoIntercept;
        vetoDependence = vetoDependence == null ? Param.of(6.0) : vetoDependence;
        vetoRung = vetoRung == null ? Param.of(1.0) : vetoRung;
        cohesionSpread = cohesionSpread == null ? Param.of(2.0) : cohesionSpread;
        repeatCost = repeatCost == null ? Param.of(0.2) : repeatCost;
        repeatMemory = repeatMemory == null ? Param.of(0.85) : repeatMemory;
        cohesionMemory = cohesionMemory == null ? Param.of(0.95) : cohesionMemory;
        talksRestraint = talksRestraint == null ? Param.of(0.3) : talksRestraint;
        frustrationStep = frustrationStep == null ? Param.of(0.05) : frustrationStep;
    }

    public static ModelParameters defaults() {
        return new ModelParameters(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
