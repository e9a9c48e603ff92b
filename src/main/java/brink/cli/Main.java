package brink.cli;

import brink.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;

/** The brink command: one subcommand per job. Exit codes: 0 success, 2 bad input or usage, 1 internal error. */
@Command(name = "brink", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
                "Brink: a Monte Carlo crisis-escalation wargame engine on MASON. States and alliances interact through diplomacy, sanctions and military posture; thousands of replications give the distribution of escalation outcomes.",
                "",
                "Start with:  brink run            (the default scenario, 1,000 runs, charts and report)",
                "             brink narrate        (the story of one replication, day by day)"},
        subcommands = {RunCommand.class, NarrateCommand.class, SweepCommand.class, MergeCommand.class, ChartCommand.class, CompareCommand.class, ScoreCommand.class, SensitivityCommand.class, HindcastCommand.class, PlayCommand.class, GuiCommand.class,
                ValidateCommand.class, ScenariosCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input or usage, 1 internal error.",
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
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpAutoWidth(true);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            PrintWriter err = line.getErr();
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof ScenarioException se) {
                se.problems().forEach(p -> err.println(p));
                err.println(se.problems().size() + " problem" + (se.problems().size() == 1 ? "" : "s") + " found; nothing was written.");
                return BAD_INPUT;
            }
            if (cause instanceof BadInput || cause instanceof FileAlreadyExistsException) {
                err.println("error: " + (cause instanceof FileAlreadyExistsException f ? f.getFile() + " " + f.getReason() : cause.getMessage()));
                return BAD_INPUT;
            }
            err.println("internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL;
        });
        return cl;
    }

    /** Bad input that is not a scenario's fault: a results folder, a flag's value. Reported without a stack trace. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String message) {
            super(message);
        }
    }
}
