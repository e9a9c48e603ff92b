package brink.results;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that appears only when complete: everything is written into a hidden temporary folder beside
 * the target and renamed into place at the end. An existing folder is never written into.
 */
public final class ResultsFolder {
    private final Path target;
    private final Path work;

    private ResultsFolder(Path target, Path work) {
        this.target = target;
        this.work = work;
    }

    /** @throws FileAlreadyExistsException when the target exists: results are never overwritten */
    public static ResultsFolder create(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs)) throw new FileAlreadyExistsException(target.toString(), null, "already exists; results are never overwritten: choose another --out");
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
        return new ResultsFolder(abs, work);
    }

    /** Where files are written until {@link #publish()}. */
    public Path work() {
        return work;
    }

    public Path target() {
        return target;
    }

    /** Moves the finished folder into place. */
    public Path publish() throws IOException {
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(work, target);
        }
        return target;
    }

    /** Removes the temporary folder and everything in it (when a batch fails before anything is worth keeping). */
    public void discard() {
        if (!Files.exists(work)) return;
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover hidden temporary folder is harmless
        }
    }
}
