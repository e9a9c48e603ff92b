package brink.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The brink command: one subcommand per job. Exit codes: 0 success, 2 bad input, usage or a problem of the
 * environment (a folder that cannot be written, a full disk), 1 a fault of Brink's own. Every error is one line.
 */
@Command(name = "brink", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
                "Brink: a Monte Carlo crisis-escalation wargame engine on MASON. States and alliances interact through diplomacy, sanctions and military posture; thousands of replications give the distribution of escalation outcomes.",
                "",
                "Start with:",
                "  brink run            (the default scenario, 1,000 runs, charts and report)",
                "  brink narrate        (the story of one replication, day by day)"},
        subcommands = {RunCommand.class, NarrateCommand.class, SweepCommand.class, MergeCommand.class, ChartCommand.class, CompareCommand.class, ScoreCommand.class, SensitivityCommand.class, ForecastCommand.class, CalibrateCommand.class, HindcastCommand.class, PlayCommand.class, GuiCommand.class,
                ServeCommand.class,
                ValidateCommand.class, UpgradeCommand.class, ScenariosCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input, usage or an environment problem (no permission, disk full), 1 a fault of Brink's own.",
                "Run 'brink COMMAND --help' for a command's options and examples."})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2, INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        Interrupt.install();
        int code = execute(args);
        Interrupt.finished();
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line and returns the exit code. Nothing escapes: errors of every kind, including those thrown
     * outside picocli's handler (an OutOfMemoryError), become one line on stderr.
     */
    public static int execute(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            return Failure.report(t, cl.getErr());
        }
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpAutoWidth(true);
        Help.install(cl);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + Failure.oneLine(usageMessage(ex)) + " (see '" + command + " --help')");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, line, parse) -> Failure.report(e, line.getErr()));
        return cl;
    }

    /** picocli's message, with Java type names replaced by what the user should type. */
    static String usageMessage(CommandLine.ParameterException ex) {
        String m = ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = new ArrayList<>(u.getSuggestions());
            if (suggestions.isEmpty()) suggestions.addAll(nearestOptions(u));
            if (!suggestions.isEmpty()) m += "; did you mean " + String.join(" or ", suggestions.stream().limit(3).toList()) + "?";
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException || m.contains("is not a")) {
            m = m.replaceAll("is not an? (long|int|integer)\\b", "is not a whole number")
                    .replaceAll("is not an? (double|float)\\b", "is not a number");
            // picocli appends the Java exception ("java.lang.NumberFormatException: ...") to some of these
            m = m.replaceAll("\\s*\\(?java\\.[\\w.]+(Exception|Error)[^)]*\\)?", "");
        }
        return m;
    }

    /** Options of the command within two edits of an unknown option the user typed ("--rns": "--runs"). */
    private static List<String> nearestOptions(CommandLine.UnmatchedArgumentException u) {
        var distance = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
        List<String> out = new ArrayList<>();
        for (String typed : u.getUnmatched()) {
            if (!typed.startsWith("-")) continue;
            String given = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            u.getCommandLine().getCommandSpec().options().stream().flatMap(o -> Arrays.stream(o.names()))
                    .filter(n -> n.length() > 2 && distance.apply(given, n) <= 2).sorted().forEach(out::add);
        }
        return out;
    }

    /** Bad input that is not a scenario's fault: a results folder, a flag's value. Reported without a stack trace. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String message) {
            super(message);
        }
    }
}
