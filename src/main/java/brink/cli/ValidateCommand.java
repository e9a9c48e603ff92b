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
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(header = "Check scenario files and report every problem at once.", name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files and report every problem at once: file, field path, line:column and what is expected; then warnings for settings that can have no effect in the scenario. Each file gets its verdict whatever happens to the others. Exit 2 when anything is wrong (warnings alone exit 0). A JSON Schema (*.schema.json) among the files is skipped, so 'scenarios/*.json' works."},
        footer = {"", "Examples:", "  brink validate scenarios/*.json", "  brink validate nato-russia-2022-01     (a scenario's id)",
                "  brink validate my-crisis.yaml --set states.RUS.resolve=0.9"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.json, .yaml, .yml) or ids of scenarios under scenarios/.")
    List<String> files;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Check with these overrides applied (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() {
        List<Overrides.Assignment> overrides = set.stream().map(Overrides.Assignment::parse).toList();
        int bad = 0, crashed = 0;
        for (String given : files) {
            Path f;
            try {
                f = Places.scenario(given);
            } catch (Main.BadInput e) {
                bad++;
                System.err.println(e.getMessage());
                continue;
            }
            if (f.getFileName() != null && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".schema.json")) {
                System.out.printf("skip %s  (a JSON Schema, not a scenario)%n", f);
                continue;
            }
            Loader.Result r;
            try {
                r = Loader.check(f, overrides);
            } catch (RuntimeException | StackOverflowError e) {
                // one file's crash must not cost the others their verdicts
                crashed++;
                System.err.println(f + ": internal error while checking (" + Failure.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage())
                        + ") — a fault in Brink, please report it with this file");
                continue;
            }
            if (r.ok()) {
                var s = r.scenario();
                System.out.printf("ok  %s  (%s: %d states, %d alliances, %d events, %d rungs%s)%n", f, s.id(), s.states().size(),
                        s.alliances().size(), s.events().size(), s.ladder().size(),
                        r.warnings().isEmpty() ? "" : "; " + r.warnings().size() + " warning" + (r.warnings().size() == 1 ? "" : "s"));
                for (Problem w : r.warnings()) System.err.println("warning: " + Failure.oneLine(w.toString()));
            } else {
                bad++;
                for (Problem p : r.problems()) System.err.println(Failure.oneLine(p.toString()));
                if (r.problems().size() > 1) System.err.printf("%s: %d problems%n", f, r.problems().size());
            }
        }
        return crashed > 0 ? Main.INTERNAL : bad == 0 ? 0 : Main.BAD_INPUT;
    }
}
