package brink.cli;

import brink.chart.ChartException;
import brink.scenario.ScenarioException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the user reads when a command fails: one line that says what went wrong and where, with exit 2 for bad input
 * and for the environment (a folder without permission, a full disk), and exit 1 only for a fault of Brink's own,
 * whose stack trace goes to a file named in that line (or to stderr with BRINK_DEBUG=1).
 */
final class Failure {
    private Failure() {
    }

    static int report(Throwable e, PrintWriter err) {
        try {
            return print(e, err);
        } finally {
            err.flush();
        }
    }

    private static int print(Throwable e, PrintWriter err) {
        Throwable t = unwrap(e);
        if (t instanceof ScenarioException se) {
            se.problems().forEach(p -> err.println(oneLine(p.toString())));
            // one problem is one line; several get a count, so that the reader knows the list is whole
            if (se.problems().size() > 1) err.println(se.problems().size() + " problems found; nothing was written.");
            return Main.BAD_INPUT;
        }
        if (t instanceof Main.BadInput || t instanceof ChartException) {
            err.println("error: " + oneLine(t.getMessage()));
            return Main.BAD_INPUT;
        }
        if (t instanceof IOException io) {
            err.println("error: " + oneLine(describe(io)));
            return Main.BAD_INPUT;
        }
        if (t instanceof InvalidPathException ip) {
            err.println("error: not a usable file name: " + oneLine(ip.getReason()) + " in '" + printable(ip.getInput()) + "'");
            return Main.BAD_INPUT;
        }
        OutOfMemoryError oom = find(e, OutOfMemoryError.class);
        if (oom != null) {
            err.printf("error: out of memory (%s; Java may use %,d MB): give it more with BRINK_JAVA_OPTS=-Xmx8g, or use fewer threads%n",
                    oneLine(String.valueOf(oom.getMessage())), Runtime.getRuntime().maxMemory() >> 20);
            return Main.INTERNAL;
        }
        err.println("internal error: " + oneLine(t.getClass().getSimpleName() + ": " + t.getMessage()) + " — a fault in Brink; " + trace(e));
        return Main.INTERNAL;
    }

    /** The cause that says what happened, past the wrappers (picocli's, UncheckedIOException, a worker's). */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof UncheckedIOException || t instanceof java.util.concurrent.ExecutionException
                || t instanceof picocli.CommandLine.ExecutionException
                || (t.getClass() == IllegalStateException.class && "a worker failed".equals(t.getMessage()))
                || (t.getClass() == RuntimeException.class && t.getMessage() != null && t.getMessage().equals(t.getCause().toString())))) {
            t = t.getCause();
        }
        return t;
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    /** An I/O failure in plain words, naming the file. */
    static String describe(IOException io) {
        if (io instanceof FileAlreadyExistsException f) {
            return f.getFile() + (f.getReason() != null ? " " + f.getReason() : " already exists");
        }
        if (io instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (io instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
        if (io instanceof NotDirectoryException n) return "not a folder: " + n.getFile();
        if (io instanceof DirectoryNotEmptyException d) return "folder not empty: " + d.getFile();
        if (io instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "cannot be used" : lower(f.getReason());
            return f.getFile() == null ? reason : f.getFile() + ": " + reason;
        }
        if (io instanceof CharacterCodingException) return "text that is not valid UTF-8 (" + io.getClass().getSimpleName() + ")";
        String m = io.getMessage();
        return m == null ? io.getClass().getSimpleName() : lower(m);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Line breaks and control characters made visible, so that a message stays on one line. */
    static String oneLine(String s) {
        if (s == null) return "";
        String flat = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return printable(flat);
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** Where the stack trace went: a file in the temporary folder, or stderr when BRINK_DEBUG is set. */
    private static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        if (System.getenv("BRINK_DEBUG") != null) {
            System.err.print(w);
            return "the stack trace is above";
        }
        try {
            Path f = Files.createTempFile("brink-error-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-", ".txt");
            Files.writeString(f, "brink " + Version.get() + " (Java " + System.getProperty("java.version") + ")\n" + w);
            return "please report it with the details in " + f;
        } catch (IOException | RuntimeException x) {
            return "set BRINK_DEBUG=1 to see the stack trace";
        }
    }
}
