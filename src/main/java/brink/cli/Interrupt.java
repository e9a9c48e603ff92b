package brink.cli;

import brink.results.ResultsFolder;

import java.util.concurrent.atomic.AtomicReference;

/**
 * What a signal (Ctrl-C, SIGTERM) does. Brink has one shutdown hook; by default a signal removes whatever results
 * folder was being written and says "interrupted; nothing was written" on stderr (before a batch starts, during a
 * forecast or a calibration), and a command that keeps what finished (a batch) or stops in its own way (the classroom
 * server) answers it instead while it runs. The exit code stays the JVM's: 130 for Ctrl-C, 143 for SIGTERM.
 */
final class Interrupt {
    private static final Runnable SAY = () -> {
        ResultsFolder.discardUnpublished();
        System.err.println("interrupted; nothing was written");
        System.err.flush();
    };
    private static final AtomicReference<Runnable> handler = new AtomicReference<>(SAY);
    private static volatile boolean installed;

    private Interrupt() {
    }

    /** Installs the hook: from Main.main only, so that a command run inside another program leaves its signals alone. */
    static synchronized void install() {
        if (installed) return;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> handler.get().run(), "brink-signal"));
        installed = true;
    }

    /** A normal end: the exit that follows is no signal. */
    static void finished() {
        handler.set(() -> { });
    }

    /** A command's own answer to a signal, in force until closed (then the one before it is back). */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Lets {@code onSignal} answer a signal until the handle is closed. Outside Main.main (no hook installed) it is a
     * shutdown hook of its own, as a command run in another program expects.
     */
    static Handle answer(Runnable onSignal) {
        if (installed) {
            Runnable before = handler.getAndSet(onSignal);
            return () -> handler.compareAndSet(onSignal, before);
        }
        Thread hook = new Thread(onSignal, "brink-signal");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs
            }
        };
    }
}
