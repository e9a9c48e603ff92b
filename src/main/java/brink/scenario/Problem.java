package brink.scenario;

/** One thing wrong with a scenario file: where (file, field path, line and column when known) and what was expected. */
public record Problem(String file, String path, int line, int column, String message) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line).append(':').append(column);
        b.append(": ");
        if (!path.isEmpty()) b.append(path).append(": ");
        return b.append(message).toString();
    }
}
