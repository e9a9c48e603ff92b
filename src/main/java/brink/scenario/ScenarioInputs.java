package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a scenario is resolved from: the document (its name and text), the {@code --set} overrides, the inject
 * files and {@code --horizon}. The one way to get from a command line to a {@link Scenario}, used by the command line,
 * a shard's folder and a cluster's executors alike. All of it is text, so it travels (a resolved Scenario does not:
 * it is not Serializable, and a JSON round trip of it is wrong) and resolves to the same scenario wherever it is resolved.
 *
 * @param horizon the days to simulate instead of the document's, or null
 */
public record ScenarioInputs(Document document, List<String> overrides, List<Document> injects, Integer horizon) implements Serializable {

    /** A file's name (as given, for messages and to tell JSON from YAML) and its text. */
    public record Document(String name, String text) implements Serializable {
        /** Files are UTF-8; anything else is refused rather than silently altered. */
        public static Document read(Path file) {
            Loader.mapperFor(file);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ScenarioException(file.toString(), Loader.cannotRead(e));
            }
            return of(file.toString(), bytes);
        }

        /** A document from a file's bytes, read elsewhere (a cluster's file system); UTF-8 only. */
        public static Document of(String name, byte[] bytes) {
            try {
                return new Document(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                throw new ScenarioException(name, "the file is not UTF-8 text");
            }
        }
    }

    public ScenarioInputs {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        injects = injects == null ? List.of() : List.copyOf(injects);
    }

    /** Reads the files named on a command line; a file that cannot be read is the user's problem (exit 2). */
    public static ScenarioInputs read(Path file, List<String> overrides, List<Path> injects, Integer horizon) {
        List<Document> docs = new ArrayList<>();
        for (Path f : injects) docs.add(Document.read(f));
        return new ScenarioInputs(Document.read(file), overrides, docs, horizon);
    }

    /** The scenario, or a ScenarioException listing every problem. */
    public Scenario resolve() {
        return resolve(List.of());
    }

    /** The scenario with more assignments after the overrides (a sweep's point). */
    public Scenario resolve(List<Overrides.Assignment> more) {
        return resolveAll(List.of(more)).get(0);
    }

    /**
     * One scenario per list of extra assignments (a sweep's points), the document parsed once; a ScenarioException
     * lists the problems of every point.
     */
    public List<Scenario> resolveAll(List<List<Overrides.Assignment>> points) {
        if (horizon != null && (horizon < 1 || horizon > maxHorizon())) {
            throw new ScenarioException("--horizon", "must be between 1 and " + maxHorizon() + " days, got " + horizon);
        }
        List<Overrides.Assignment> base = overrides.stream().map(Overrides.Assignment::parse).toList();
        JsonNode tree = points.size() > 1 ? Loader.readTree(document.name(), document.text()) : null;
        List<Scenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (List<Overrides.Assignment> more : points) {
            List<Overrides.Assignment> as = new ArrayList<>(base);
            as.addAll(more);
            Loader.Result r = tree == null ? Loader.check(document.name(), document.text(), as) : Loader.check(document.name(), tree.deepCopy(), as);
            problems.addAll(r.problems());
            if (r.ok()) out.add(finish(r.scenario()));
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems.stream().distinct().toList());
        return out;
    }

    /** Injects, then the horizon, in that order (as a user reads the command line). */
    private Scenario finish(Scenario s) {
        for (Document d : injects) s = s.withEvents(Loader.loadEvents(d.name(), d.text(), s));
        return horizon == null ? s : s.withHorizon(horizon);
    }

    public List<String> injectNames() {
        return injects.stream().map(Document::name).toList();
    }

    /** The document's SHA-256, hex: the same as the file's when it was read from one. */
    public String sha256() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(document.text().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The longest --horizon: the scenario format's own limit on horizonDays. */
    public static int maxHorizon() {
        for (var c : Scenario.class.getRecordComponents()) {
            if (c.getName().equals("horizonDays")) return (int) c.getAnnotation(Range.class).max();
        }
        throw new IllegalStateException("Scenario has no horizonDays");
    }
}
