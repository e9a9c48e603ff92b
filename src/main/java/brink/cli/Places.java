package brink.cli;

import brink.scenario.Loader;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the project's folders are: the working directory when it holds scenarios/, else the folder the jar was
 * built in, so the launcher works from anywhere.
 */
final class Places {
    private Places() {
    }

    static Path home() {
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("scenarios"))) return cwd;
        Path built = builtIn();
        return built != null ? built : cwd;
    }

    /** The project the code was built in: the nearest folder above the jar (or classes) that holds scenarios/; null when none. */
    private static Path builtIn() {
        try {
            Path jar = Path.of(Places.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("scenarios"))) return p;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no project: the working directory's folders only
        }
        return null;
    }

    /**
     * Where a scenario id is looked up: the working directory's scenarios/, then the project's the code was built in,
     * so that an id works whether Brink is started through ./brink, as 'java -jar', from the project or from elsewhere.
     */
    static List<Path> scenarioFolders() {
        Set<Path> dirs = new LinkedHashSet<>();
        Path cwd = Path.of("").toAbsolutePath().resolve("scenarios").normalize();
        if (Files.isDirectory(cwd)) dirs.add(cwd);
        Path built = builtIn();
        if (built != null) dirs.add(built.resolve("scenarios").toAbsolutePath().normalize());
        return List.copyOf(dirs);
    }

    static Path scenarios() {
        return home().resolve("scenarios");
    }

    static Path results() {
        return home().resolve("results");
    }

    /** The default scenario: the file named in scenarios/DEFAULT. */
    static Path defaultScenario() {
        Path pointer = scenarios().resolve("DEFAULT");
        try {
            String name = Files.readString(pointer).trim();
            return scenarios().resolve(name);
        } catch (IOException e) {
            throw new Main.BadInput("no scenario given and no default: " + pointer + " should name the default scenario file");
        }
    }

    /** Scenario files under scenarios/ (JSON and YAML, not the JSON Schema), sorted by name. */
    static List<Path> scenarioFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Places::isScenarioFile).sorted().toList();
        }
    }

    static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Files.isRegularFile(p) && n.matches(".*\\.(json|ya?ml)$") && !n.endsWith(".schema.json");
    }

    /**
     * A scenario named on the command line: a file, or the id (or file name without extension) of a scenario under
     * scenarios/, so that {@code brink run nato-russia-2022-01} works from anywhere.
     */
    static Path scenario(String given) {
        Path p;
        try {
            p = Path.of(given);
        } catch (InvalidPathException e) {
            throw new Main.BadInput("'" + Failure.printable(given) + "' is neither a scenario file nor a scenario id");
        }
        if (Files.exists(p)) return p;
        List<String> ids = new ArrayList<>();
        List<Path> folders = scenarioFolders();
        if (!given.contains("/") && !given.contains("\\")) {
            for (Path dir : folders) {
                try {
                    for (Path f : scenarioFiles(dir)) {
                        String base = f.getFileName().toString().replaceFirst("\\.(json|ya?ml)$", "");
                        String id = idOf(f);
                        if (given.equals(id) || given.equals(base)) return f;
                        if (id != null && !ids.contains(id)) ids.add(id);
                    }
                } catch (IOException e) {
                    // a folder that cannot be listed has no ids to offer
                }
            }
        }
        throw new Main.BadInput("no such scenario file or id: " + given + (ids.isEmpty() ? "" : " (scenarios in "
                + String.join(" and ", folders.stream().map(Path::toString).toList()) + ": " + String.join(", ", ids) + ")"));
    }

    /** The id a scenario file declares, or null when it cannot be read. */
    private static String idOf(Path f) {
        try {
            JsonNode id = Loader.readTree(f).get("id");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * How results name an input file: relative to the project when it lies inside, else by its name alone, so that
     * no machine path ends up in a results folder.
     */
    static String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path home = home().toAbsolutePath().normalize();
        if (abs.startsWith(home)) return home.relativize(abs).toString();
        Path name = abs.getFileName();
        return name == null ? abs.toString() : name.toString();
    }
}
