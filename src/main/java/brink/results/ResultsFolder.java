package brink.results;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A results folder that appears only when complete: everything is written into a hidden temporary folder beside
 * the target and renamed into place at the end. An existing folder is never written into or replaced, and two
 * batches never share one: a batch holds an OS lock on {@code .NAME.lock} beside the target while it runs (released
 * by the OS if the process dies), so a second batch aiming at the same name picks the next free name (default names)
 * or is refused at once (a name the user chose).
 */
public final class ResultsFolder implements AutoCloseable {
    /** Longest folder name: the hidden work folder adds about 30 characters and file systems allow 255 bytes. */
    public static final int MAX_NAME_BYTES = 200;

    private final Path target;
    private final Path work;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private String notice;

    /** The folders of this process not yet published or discarded: what a signal that ends it must not leave behind. */
    private static final Set<ResultsFolder> OPEN = ConcurrentHashMap.newKeySet();

    private ResultsFolder(Path target, Path work, Path lockFile, FileChannel lockChannel, FileLock lock) {
        this.target = target;
        this.work = work;
        this.lockFile = lockFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
        OPEN.add(this);
    }

    /** Discards every folder of this process still being written (a signal is ending it); returns how many. */
    public static int discardUnpublished() {
        int n = 0;
        for (ResultsFolder f : List.copyOf(OPEN)) {
            f.discard();
            n++;
        }
        return n;
    }

    /** A folder the user named: refused when it exists or another batch is writing it. */
    public static ResultsFolder create(Path target) throws IOException {
        return create(target, true);
    }

    /**
     * @param chosen true when the user named the folder (it must not exist); false for a default name, which moves to
     *               NAME-2, NAME-3, ... when taken
     * @throws FileAlreadyExistsException when a chosen target exists: results are never overwritten
     * @throws FileSystemException        naming the folder and the reason when it cannot be created
     */
    public static ResultsFolder create(Path target, boolean chosen) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getFileName() == null) throw new FileSystemException(target.toString(), null, "is not a usable results folder name");
        String name = abs.getFileName().toString();
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new FileSystemException(target.toString(), null, "the folder name is too long (" + bytes + " bytes; at most " + MAX_NAME_BYTES + ")");
        }
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw cannotCreate(target, parent, e);
        }
        for (int n = 1; ; n++) {
            Path candidate = n == 1 ? abs : parent.resolve(name + "-" + n);
            if (Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (chosen) throw new FileAlreadyExistsException(target.toString(), null, "already exists; results are never overwritten: choose another --out");
                continue;
            }
            Path lockFile = parent.resolve("." + candidate.getFileName() + ".lock");
            FileChannel ch;
            try {
                ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw cannotCreate(target, parent, e);
            }
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null || Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (lock != null) lock.release();
                ch.close();
                if (chosen) {
                    throw new FileSystemException(target.toString(), null, Files.exists(candidate) ? "already exists; results are never overwritten: choose another --out"
                            : "is being written by another batch right now: choose another --out");
                }
                continue;
            }
            try {
                Path work = Files.createTempDirectory(parent, "." + candidate.getFileName() + ".partial-");
                return new ResultsFolder(candidate, work, lockFile, ch, lock);
            } catch (IOException e) {
                release(lockFile, ch, lock);
                throw cannotCreate(target, parent, e);
            } catch (RuntimeException e) {
                release(lockFile, ch, lock);
                throw e;
            }
        }
    }

    private static FileSystemException cannotCreate(Path target, Path parent, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) reason = "no permission to write in " + parent;
        else if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) reason = "a part of the path is a file, not a folder";
        else if (e instanceof NoSuchFileException) reason = "nothing can be created in " + parent;
        else if (e instanceof FileSystemException f && f.getReason() != null) reason = f.getReason().toLowerCase(java.util.Locale.ROOT);
        else reason = String.valueOf(e.getMessage());
        FileSystemException x = new FileSystemException(target.toString(), null, "cannot create the results folder: " + reason);
        x.initCause(e);
        return x;
    }

    /** Where files are written until {@link #publish()}. */
    public Path work() {
        return work;
    }

    public Path target() {
        return target;
    }

    /** Said to the user when the folder was published under another name than asked; null otherwise. */
    public String notice() {
        return notice;
    }

    /**
     * Moves the finished folder into place. Should something have appeared at the target meanwhile (a folder made
     * by hand), the results go to the next free name instead, and {@link #notice()} says so: nothing is replaced.
     */
    public Path publish() throws IOException {
        try {
            for (int n = 1; ; n++) {
                String base = target.getFileName().toString();
                Path to = n == 1 ? target : target.resolveSibling(base + "-" + n);
                if (Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                try {
                    move(work, to);
                } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
                    continue;
                }
                if (n > 1) {
                    notice = target + " appeared while the batch ran (not written by Brink) and was left as it is; the results are in " + to;
                }
                return to;
            }
        } finally {
            close();
        }
    }

    /** A rename that never replaces anything but an empty folder made in the instant between the check and the move. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the temporary folder and everything in it (after a failure: nothing half-written is left). */
    public void discard() {
        try {
            if (!Files.exists(work)) return;
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // best effort: what is left is the hidden work folder, whose name says what it is
            }
        } finally {
            close();
        }
    }

    /** Lets go of the name (the lock); idempotent. */
    @Override
    public void close() {
        OPEN.remove(this);
        release(lockFile, lockChannel, lock);
    }

    private static void release(Path lockFile, FileChannel ch, FileLock lock) {
        if (!ch.isOpen()) return;
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException | RuntimeException e) {
            // a stale lock file is harmless: nobody holds its lock
        }
        try {
            if (lock.isValid()) lock.release();
            ch.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
