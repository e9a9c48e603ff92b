package brink.cli;

import brink.scenario.Loader;
import brink.scenario.Problem;
import brink.scenario.Upgrade;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Rewrite a scenario file written before Model v2 for the present format.", name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Rewrite a scenario file for the present format: remove the model parameters that have had no effect since Model v2 "
                + "(allianceWarCost, allianceWarRung, concedeThreat) and date the crisis's trigger (crisis.triggerDate = startDate) when the file "
                + "has none. Old files also load unchanged; this makes them say what they mean. The result is checked like 'brink validate'. "
                + "Without --out the file is rewritten in place and the original kept as FILE.bak. YAML comments are not kept."},
        footer = {"", "Examples:", "  brink upgrade my-crisis.json", "  brink upgrade old.yaml --out new.yaml"})
final class UpgradeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The scenario file (.json, .yaml, .yml), or the id of a scenario under scenarios/.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the upgraded scenario here instead of rewriting FILE.")
    Path out;

    @Override
    public Integer call() throws IOException {
        file = Places.scenario(file.toString());
        JsonNode tree = Loader.readTree(file);
        List<String> changes = Upgrade.apply(tree);
        Path target = out != null ? out : file;
        var mapper = Loader.mapperFor(target);
        byte[] text = (mapper.writeValueAsString(tree) + (mapper == Loader.JSON ? "\n" : "")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Loader.Result r = Loader.check(target.toString(), Loader.JSON.readTree(Loader.JSON.writeValueAsBytes(tree)), List.of());
        if (!r.ok()) {
            for (Problem p : r.problems()) System.err.println(p);
            throw new Main.BadInput(file + ": the upgraded scenario does not validate (" + r.problems().size() + " problems above); nothing was written");
        }
        if (changes.isEmpty() && out == null) {
            System.out.println(file + ": already in the present format; nothing changed");
            return 0;
        }
        if (out == null) Files.copy(file, Path.of(file + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".upgrade", ".tmp");
        Files.write(tmp, text);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changes.forEach(c -> System.out.println("  " + c));
        System.out.println("wrote " + target + (out == null ? " (the original is " + file + ".bak)" : ""));
        return 0;
    }
}
