package brink.spark;

import brink.results.ResultFiles;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/**
 * A results folder on any Hadoop file system (a local path, HDFS, S3 through the cluster's connector) that appears
 * only when complete: written into a hidden folder beside the target, renamed into place at the end, never over an
 * existing folder.
 */
final class HadoopFolder implements ResultFiles.Folder {
    final FileSystem fs;
    final Path target, work;

    private HadoopFolder(FileSystem fs, Path target, Path work) {
        this.fs = fs;
        this.target = target;
        this.work = work;
    }

    /** @throws brink.cli.Main.BadInput when the target exists */
    static HadoopFolder create(String uri, Configuration conf) throws IOException {
        Path target = new Path(uri);
        FileSystem fs = target.getFileSystem(conf);
        target = fs.makeQualified(target);
        if (fs.exists(target)) throw new brink.cli.Main.BadInput(uri + " already exists; results are never overwritten: choose another --out");
        Path work = new Path(target.getParent(), "." + target.getName() + ".partial-" + UUID.randomUUID());
        fs.mkdirs(work);
        return new HadoopFolder(fs, target, work);
    }

    Path file(String name) {
        return new Path(work, name);
    }

    @Override
    public OutputStream create(String name) throws IOException {
        return fs.create(file(name), false);
    }

    /** Copies the files of a local folder (written by the core's code, which writes to local paths) into this one. */
    void upload(java.nio.file.Path dir) throws IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                try (OutputStream out = create(dir.relativize(f).toString().replace(java.io.File.separatorChar, '/'))) {
                    java.nio.file.Files.copy(f, out);
                }
            }
        }
    }

    void publish() throws IOException {
        if (!fs.rename(work, target)) throw new IOException("could not move " + work + " to " + target + " (did it appear meanwhile?)");
    }

    void discard() {
        try {
            fs.delete(work, true);
        } catch (IOException e) {
            // best effort: a hidden partial folder is harmless
        }
    }
}
