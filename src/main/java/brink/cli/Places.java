package brink.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        try {
            Path jar = Path.of(Places.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("scenarios"))) return p;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall back to the working directory
        }
        return cwd;
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
}
