package brink.cli;

import brink.montecarlo.Seeds;
import picocli.CommandLine.Option;

/** Which replication to show: run K of a batch with master seed S, by the seeding rule every batch uses. */
final class ReplayOptions {
    @Option(names = "--seed", paramLabel = "S", description = "Master seed of the batch (default: ${DEFAULT-VALUE}).", defaultValue = "" + RunCommand.DEFAULT_SEED)
    long seed;

    @Option(names = "--run", paramLabel = "K", description = "Index of the run in the batch (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long run;

    /** The seed of run K of master seed S. */
    long runSeed() {
        if (run < 0) throw new Main.BadInput("--run must be >= 0, got " + run);
        return Seeds.run(seed, run);
    }
}
