package brink.web;

/** A request that cannot be served, with the HTTP status and a message for the person who sent it. */
final class Problem extends RuntimeException {
    final int status;

    Problem(int status, String message) {
        super(message);
        this.status = status;
    }
}
