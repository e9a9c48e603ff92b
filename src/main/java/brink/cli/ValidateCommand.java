package brink.cli;

import brink.scenario.Loader;
import brink.scenario.Overrides;
import brink.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(header = "Check scenario files and report every problem at once.", name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files and report every problem at once: file, field path, line:column and what is expected. Exit 2 when anything is wrong."},
        footer = {"", "Examples:", "  brink validate scenarios/*.json", "  brink validate my-crisis.yaml --set states.RUS.resolve=0.9"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.json, .yaml, .yml).")
    List<Path> files;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Check with these overrides applied (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() {
        List<Overrides.Assignment> overrides = set.stream().map(Overrides.Assignment::parse).toList();
        int bad = 0;
        for (Path f : files) {
            Loader.Result r = Loader.check(f, overrides);
            if (r.ok()) {
                var s = r.scenario();
                System.out.printf("ok  %s  (%s: %d states, %d alliances, %d events, %d rungs)%n", f, s.id(), s.states().size(),
                        s.alliances().size(), s.events().size(), s.ladder().size());
            } else {
                bad++;
                for (Problem p : r.problems()) System.err.println(p);
                System.err.printf("%s: %d problem%s%n", f, r.problems().size(), r.problems().size() == 1 ? "" : "s");
            }
        }
        return bad == 0 ? 0 : Main.BAD_INPUT;
    }
}
