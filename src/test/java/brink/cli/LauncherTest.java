package brink.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ./brink launcher on first use, with stand-ins for mvn and java on the PATH: Maven's output (colour codes,
 * shade warnings) stays in target/build.log, the terminal sees one line per stage, and a failed build shows its errors.
 */
class LauncherTest {
    @TempDir
    Path home;

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Ran(int code, String out, String err) {
    }

    private Ran launch(String mvnBody) throws Exception {
        if (!Files.exists(home.resolve("brink"))) {
            Files.copy(Path.of("brink"), home.resolve("brink"));
            Files.writeString(home.resolve("pom.xml"), "<project/>");
            Files.createDirectories(home.resolve("src/main/java"));
        }
        Path bin = Files.createDirectories(home.resolve("bin"));
        script(bin.resolve("mvn"), mvnBody);
        script(bin.resolve("java"), "echo \"java $*\"\n");
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("brink").toString(), "--version")
                .redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Ran(p.exitValue(), Files.readString(home.resolve("out.txt")), Files.readString(home.resolve("err.txt")));
    }

    @Test
    void firstUseShowsTheBuildsStagesWithoutEscapeCodesOrWarnings() throws Exception {
        Ran r = launch("""
                printf '\\033[0m\\033[0m\\033[1m[INFO] Scanning for projects...\\033[m\\n'
                echo '[INFO] --- maven-resources-plugin:3.3.1:resources (default-resources) @ brink ---'
                echo '[INFO] --- maven-compiler-plugin:3.14.0:compile (default-compile) @ brink ---'
                echo '[INFO] --- maven-jar-plugin:3.4.2:jar (default-jar) @ brink ---'
                echo '[INFO] --- maven-shade-plugin:3.6.0:shade (default) @ brink ---'
                echo '[WARNING] jackson-core.jar, commons-math3.jar define 2 overlapping resources'
                mkdir -p target && : > target/brink.jar
                """);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("java ") && r.out().contains("-jar " + home.resolve("target/brink.jar") + " --version"), r.out());
        for (String stage : new String[]{"building target/brink.jar", "copying resources", "compiling", "packaging",
                "bundling the libraries into one jar", "built target/brink.jar"}) {
            assertTrue(r.err().contains(stage), stage + " in:\n" + r.err());
        }
        assertFalse(r.err().contains("\u001b"), "no escape codes");
        assertFalse(r.err().contains("WARNING"), "warnings stay in the log");
        String log = Files.readString(home.resolve("target/build.log"));
        assertTrue(log.contains("[WARNING] jackson-core.jar") && !log.contains("\u001b"), log);
        // built once: the second use runs at once
        Ran again = launch("exit 1\n");
        assertEquals(0, again.code());
        assertEquals("", again.err());
    }

    @Test
    void aFailedBuildShowsItsErrorsAndExitsOne() throws Exception {
        Ran r = launch("""
                echo '[INFO] --- maven-compiler-plugin:3.14.0:compile (default-compile) @ brink ---'
                echo '[ERROR] /src/main/java/brink/X.java:[3,1] class, interface, enum, or record expected'
                exit 1
                """);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("build failed") && r.err().contains("[ERROR] /src/main/java/brink/X.java:[3,1]"), r.err());
        assertEquals("", r.out(), "brink does not run after a failed build");
    }
}
