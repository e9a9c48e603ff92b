package brink.cli;

import brink.scenario.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(header = "List the scenarios under scenarios/.", name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the scenarios under scenarios/ with id, title, start date and number of states."})
final class ScenariosCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to list (default: the project's scenarios/).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path d = dir != null ? dir : Places.scenarios();
        if (!Files.isDirectory(d)) throw new Main.BadInput("no scenarios folder at " + d);
        List<Path> files;
        try (Stream<Path> s = Files.list(d)) {
            files = s.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$") && !p.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
        Path def = null;
        try {
            def = Places.defaultScenario().toAbsolutePath().normalize();
        } catch (Main.BadInput e) {
            // no default declared
        }
        System.out.printf("%-28s %-11s %6s  %s%n", "ID", "START", "STATES", "TITLE (FILE)");
        for (Path f : files) {
            Loader.Result r = Loader.check(f, List.of());
            String mark = f.toAbsolutePath().normalize().equals(def) ? " [default]" : "";
            if (r.ok()) {
                var s = r.scenario();
                System.out.printf("%-28s %-11s %6d  %s (%s)%s%n", s.id(), s.startDate(), s.states().size(), s.title(), f.getFileName(), mark);
            } else {
                System.out.printf("%-28s %-11s %6s  INVALID (%s): %s%n", "?", "?", "?", f.getFileName(), r.problems().get(0).message());
            }
        }
        return 0;
    }
}
