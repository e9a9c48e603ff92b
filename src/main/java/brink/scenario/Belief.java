package brink.scenario;

/** A state's initial belief about another state's resolve, as a Beta(alpha, beta) distribution. */
public record Belief(
        @Doc("the state the belief is about") String about,
        @Range(min = 0.01) Param alpha,
        @Range(min = 0.01) Param beta) {
}
