package brink.cli;

import brink.scenario.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "List the scenarios under scenarios/.", name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the scenarios under scenarios/ with id, title, start date and number of states."})
final class ScenariosCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to list (default: the project's scenarios/).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path d = dir != null ? dir : Places.scenarios();
        if (!Files.isDirectory(d)) throw new Main.BadInput("no scenarios folder at " + d);
        List<Path> files = Places.scenarioFiles(d);
        Path def = null;
        try {
            def = Places.defaultScenario().toAbsolutePath().normalize();
        } catch (Main.BadInput e) {
            // no default declared
        }
        System.out.printf("%-28s %-11s %6s  %s%n", "ID", "START", "STATES", "TITLE (FILE)");
        for (Path f : files) {
            Loader.Result r;
            try {
                r = Loader.check(f, List.of());
            } catch (RuntimeException | StackOverflowError e) {
                // one file's fault must not end the listing
                System.out.printf("%-28s %-11s %6s  CANNOT BE READ (%s): internal error %s%n", "?", "?", "?", f.getFileName(),
                        Failure.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
                continue;
            }
            String mark = f.toAbsolutePath().normalize().equals(def) ? " [default]" : "";
            if (r.ok()) {
                var s = r.scenario();
                System.out.printf("%-28s %-11s %6d  %s (%s)%s%n", s.id(), s.startDate(), s.states().size(), s.title(), f.getFileName(), mark);
            } else {
                System.out.printf("%-28s %-11s %6s  INVALID (%s): %s%s%n", "?", "?", "?", f.getFileName(),
                        Failure.oneLine(r.problems().get(0).message()), r.problems().size() > 1 ? " (and " + (r.problems().size() - 1) + " more; see brink validate)" : "");
            }
        }
        return 0;
    }
}
