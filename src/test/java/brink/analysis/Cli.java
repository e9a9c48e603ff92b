package brink.analysis;

import brink.TestScenarios;
import brink.cli.Main;
import brink.scenario.Loader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Runs brink commands in the test's JVM and captures what they print. */
public final class Cli {
    private Cli() {
    }

    public record Out(int code, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    public static synchronized Out brink(String... args) {
        PrintStream o = System.out, e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    /** The fictional test scenario with a change, written as pretty JSON into dir. */
    public static Path fictional(Path dir, String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode t = (ObjectNode) Loader.JSON.readTree(TestScenarios.FICTIONAL.toFile());
        change.accept(t);
        Path file = dir.resolve(name);
        Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), t);
        return file;
    }
}
