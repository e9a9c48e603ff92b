package brink.scenario;

/** A citation that facts in the scenario point to by id. */
public record Source(String id, String citation, @Opt String url, @Opt @Doc("what the source supports") String note) {
}
