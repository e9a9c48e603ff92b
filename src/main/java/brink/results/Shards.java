package brink.results;

import brink.scenario.Loader;
import brink.scenario.Scenario;
import brink.scenario.ScenarioInputs;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Shards: a batch cut into slices of its run indices ({@code brink run --runs-from A --runs-to B}), each run anywhere
 * (a Slurm array, a Kubernetes indexed job), and joined by {@code brink merge} into the folder one machine would have
 * written. A shard is an ordinary results folder of its slice plus what merging needs: its aggregates
 * ({@value #AGGREGATES}) and the scenario's inputs as text ({@value #INPUTS}). Rows depend only on their index, and
 * the aggregates merge exactly, so the joined rows, summary and daily bands equal a single run's.
 */
public final class Shards {
    public static final String AGGREGATES = "aggregates.bin";
    public static final String INPUTS = "scenario-inputs.json";

    private Shards() {
    }

    /** Something about the shards given that makes them impossible to join (the user's input). */
    public static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message);
        }
    }

    /** Adds what merging needs to a shard's folder. */
    public static void save(Path dir, ScenarioInputs inputs, Aggregates aggregates) throws IOException {
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(AGGREGATES)), 1 << 16)) {
            aggregates.write(o);
        }
        Loader.JSON.writeValue(dir.resolve(INPUTS).toFile(), inputs);
    }

    /** A shard's folder, read and checked. */
    public record Shard(Path dir, JsonNode manifest, ScenarioInputs inputs, long from, long to) {
        long seed() {
            return manifest.path("masterSeed").asLong();
        }

        String version() {
            return manifest.path("version").asText();
        }
    }

    public static Shard open(Path dir) {
        if (!Files.isDirectory(dir)) throw new Mismatch(dir + " is not a folder");
        for (String f : List.of("manifest.json", "runs.csv", AGGREGATES, INPUTS)) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new Mismatch(dir + " is not a shard: it has no " + f + " (write shards with brink run --runs-from A --runs-to B)");
            }
        }
        JsonNode m;
        ScenarioInputs inputs;
        try {
            m = Loader.JSON.readTree(dir.resolve("manifest.json").toFile());
            inputs = Loader.JSON.readValue(dir.resolve(INPUTS).toFile(), ScenarioInputs.class);
        } catch (IOException e) {
            throw new Mismatch(dir + ": cannot read its manifest.json or " + INPUTS + ": " + e.getMessage());
        }
        if (!m.path("runsFrom").canConvertToLong() || !m.path("runsTo").canConvertToLong()) {
            throw new Mismatch(dir + ": its manifest.json has no runsFrom/runsTo; it is not a shard");
        }
        if (!m.path("complete").asBoolean(false)) throw new Mismatch(dir + " is an incomplete shard (it was stopped); run it again");
        if (!"run".equals(m.path("kind").asText())) throw new Mismatch(dir + " is a shard of a " + m.path("kind").asText() + "; only batches of brink run are merged");
        return new Shard(dir, m, inputs, m.get("runsFrom").asLong(), m.get("runsTo").asLong());
    }

    /** The shards in run order, checked to be slices of one batch that together hold runs 0..N-1 exactly once. */
    public static List<Shard> ordered(List<Path> dirs) {
        if (dirs.isEmpty()) throw new Mismatch("give the shards' folders");
        List<Shard> shards = new ArrayList<>(dirs.stream().map(Shards::open).toList());
        shards.sort(Comparator.comparingLong(Shard::from));
        Shard first = shards.get(0);
        for (Shard s : shards) {
            if (!s.version().equals(first.version())) {
                throw new Mismatch(s.dir() + " was run by Brink " + s.version() + " and " + first.dir() + " by " + first.version() + "; rows of different versions do not join");
            }
            if (s.seed() != first.seed()) throw new Mismatch(s.dir() + " has master seed " + s.seed() + ", " + first.dir() + " " + first.seed());
            if (!sameScenario(s.inputs(), first.inputs())) {
                throw new Mismatch(s.dir() + " and " + first.dir() + " are not shards of the same scenario (document, --set, --inject and --horizon must all agree)");
            }
        }
        long next = 0;
        for (Shard s : shards) {
            if (s.from() > next) throw new Mismatch("runs " + next + ".." + (s.from() - 1) + " are in none of the shards given");
            if (s.from() < next) throw new Mismatch(s.dir() + " (runs " + s.from() + ".." + (s.to() - 1) + ") overlaps another shard: runs from " + s.from() + " to " + (next - 1) + " twice");
            next = s.to();
        }
        return shards;
    }

    /** The same scenario whatever the files were called on each machine. */
    static boolean sameScenario(ScenarioInputs a, ScenarioInputs b) {
        return a.document().text().equals(b.document().text()) && a.overrides().equals(b.overrides())
                && Objects.equals(a.horizon(), b.horizon())
                && a.injects().stream().map(ScenarioInputs.Document::text).toList().equals(b.injects().stream().map(ScenarioInputs.Document::text).toList());
    }

    /**
     * Joins the shards into {@code work}: runs.csv (their rows in run order), daily.csv and summary.json from their
     * merged aggregates. Returns the merged aggregates.
     */
    public static Aggregates merge(List<Shard> shards, Scenario scenario, Path work) throws IOException {
        Columns columns = new Columns(scenario, List.of());
        byte[] header = (columns.headerLine() + "\n").getBytes(StandardCharsets.UTF_8);
        Aggregates all = new Aggregates(scenario, 0);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(work.resolve("runs.csv")), 1 << 16)) {
            out.write(header);
            for (Shard s : shards) {
                Aggregates part;
                try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(s.dir().resolve(AGGREGATES)), 1 << 16)) {
                    part = Aggregates.read(in);
                } catch (IOException e) {
                    throw new Mismatch(s.dir().resolve(AGGREGATES) + " cannot be read: " + e.getMessage());
                }
                if (!part.dims().equals(all.dims())) throw new Mismatch(s.dir() + ": its aggregates do not fit the scenario (" + part.dims() + ")");
                if (part.runs() + part.failed() != s.to() - s.from()) {
                    throw new Mismatch(s.dir() + ": its aggregates count " + (part.runs() + part.failed()) + " runs where runs " + s.from() + ".." + (s.to() - 1) + " were expected");
                }
                all.merge(part);
                try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(s.dir().resolve("runs.csv")), 1 << 16)) {
                    byte[] head = in.readNBytes(header.length);
                    if (!Arrays.equals(head, header)) throw new Mismatch(s.dir().resolve("runs.csv") + " does not start with the columns of this scenario");
                    in.transferTo(out);
                }
            }
        }
        ResultFiles.write(name -> Files.newOutputStream(work.resolve(name)), scenario, columns, all, List.of());
        return all;
    }
}
