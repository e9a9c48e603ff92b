package brink.scenario;

import java.util.List;
import java.util.Map;

/** A state: its military, economic and political attributes, positions, beliefs and the actions open to it. */
public record StateSpec(
        String id,
        String name,
        @Opt @Range(min = -90, max = 90) @Doc("latitude for the map, degrees") Double lat,
        @Opt @Range(min = -180, max = 180) @Doc("longitude for the map, degrees") Double lon,
        @Range(min = 0) @Doc("forces deployed in the theatre, thousand troops") Param forces,
        @Opt @Range(min = 0) @Doc("total active forces, thousand troops (caps the theatre forces)") Param activeForces,
        @Opt @Range(min = 0, max = 1) @Doc("readiness of the forces, 0..1") Param readiness,
        @Opt @Range(min = 0) @Doc("largest build-up per day, thousand troops/day") Param maxBuildUp,
        @Opt @Range(min = 0) @Doc("cost of keeping forces in the theatre, stake units per thousand troops per year") Param forceCost,
        @Range(min = 0) @Doc("GDP, billion USD per year") Param gdp,
        @Opt @Range(min = 0, max = 1) @Doc("willingness to bear costs, 0..1") Param resolve,
        @Opt @Range(min = 0, max = 1) @Doc("tolerance of risk, 0..1") Param riskTolerance,
        @Opt @Range(min = 0, max = 1) @Doc("domestic pressure to act, 0..1") Param domesticPressure,
        @Opt @Doc("Richardson grievance term g, thousand troops/day") Param grievance,
        @Opt @Range(min = 0) @Doc("weight of the contested issues for this state, stake units") Param salience,
        @Opt @Range(min = 0, max = 1) @Doc("ideal point on each contested issue (issue id -> 0..1)") Map<String, Param> positions,
        @Opt @Doc("initial beliefs about other states' resolve") List<Belief> beliefs,
        @Opt @Doc("ids of the actions open to this state; a state with none does not take decisions") List<String> actions,
        @Opt @Range(min = 0) @Doc("forces it can move into the theatre beyond those there at day 0, thousand troops (default: up to its active forces)") Param deployable,
        @Opt @Doc("its nuclear forces, when it has any") NuclearSpec nuclear,
        @Opt @Doc("model parameters set for this state alone (name -> value); the others take the global parameters") Map<String, Param> parameters,
        @Opt List<String> sources) {

    public StateSpec {
        activeForces = activeForces == null ? forces : activeForces;
        readiness = readiness == null ? Param.of(0.7) : readiness;
        maxBuildUp = maxBuildUp == null ? Param.of(0) : maxBuildUp;
        forceCost = forceCost == null ? Param.of(0) : forceCost;
        resolve = resolve == null ? Param.of(0.5) : resolve;
        riskTolerance = riskTolerance == null ? Param.of(0.5) : riskTolerance;
        domesticPressure = domesticPressure == null ? Param.of(0) : domesticPressure;
        grievance = grievance == null ? Param.of(0) : grievance;
        salience = salience == null ? Param.of(1) : salience;
        positions = positions == null ? Map.of() : Map.copyOf(positions);
        beliefs = beliefs == null ? List.of() : List.copyOf(beliefs);
        actions = actions == null ? List.of() : List.copyOf(actions);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
