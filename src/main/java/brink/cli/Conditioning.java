package brink.cli;

import brink.analysis.condition.Evidence;
import brink.analysis.condition.Particle;
import brink.analysis.condition.ParticleFilter;
import brink.montecarlo.Batch;
import brink.scenario.Loader;
import brink.scenario.Observation;
import brink.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What 'run --given' and 'forecast' share: reading the observations, running the filter's stages, reporting them. */
final class Conditioning {
    private Conditioning() {
    }

    /** The observations of --given: 'record' for the scenario's own, else a file. */
    static List<Observation> observations(String given, Scenario s, Path scenarioFile) {
        if (given.equals("record")) {
            if (s.record() == null || s.record().observations().isEmpty()) {
                throw new Main.BadInput("--given record: " + scenarioFile + " has no record with observations; give a file of observations instead");
            }
            return s.record().observations();
        }
        Path file = Path.of(given);
        if (!Files.isRegularFile(file)) throw new Main.BadInput("--given " + given + ": no such file (give a file of observations, or 'record')");
        List<Observation> obs = Loader.loadObservations(file, s);
        if (obs.isEmpty()) throw new Main.BadInput("--given " + given + ": no observations in the file");
        return obs;
    }

    /** Runs the filter's stages through a day, printing each; a collapse becomes a bad-input error with its advice. */
    static void assimilate(ParticleFilter f, int day, Batch batch, boolean quiet, Progress progress) {
        ParticleFilter.Collapse c = tryAssimilate(f, day, batch, quiet, progress);
        if (c != null) throw new Main.BadInput(c.getMessage());
    }

    /** As {@link #assimilate}, but a collapse is returned (null when the runs agreed) and the filter keeps its last agreeing runs. */
    static ParticleFilter.Collapse tryAssimilate(ParticleFilter f, int day, Batch batch, boolean quiet, Progress progress) {
        long pending = f.evidence().days().stream().filter(d -> d <= day).count() * f.size();
        try {
            for (ParticleFilter.Stage st : f.assimilateThrough(day, batch, k -> progress.update(k, pending))) {
                if (!quiet) System.out.println(line(st));
            }
            return null;
        } catch (ParticleFilter.Collapse e) {
            return e;
        }
    }

    static String line(ParticleFilter.Stage st) {
        return String.format(Locale.ROOT, "given %s: %,d of %,d runs agree (effective sample size %,d, %.1f%%)%s", st.date(), st.agreeing(), st.particles(),
                (long) st.ess(), 100 * st.share(), st.resampled() ? "; resampled to " + String.format(Locale.ROOT, "%,d", st.particles()) : "");
    }

    /** The lines printed after the tables: what the forecast was conditioned on and how many runs carried it. */
    static String summary(ParticleFilter f) {
        StringBuilder b = new StringBuilder(String.format("Conditioned on what was observed (sequential importance resampling):%n"));
        for (ParticleFilter.Stage st : f.stages()) {
            b.append("  ").append(line(st)).append('\n');
            for (String o : st.observations()) b.append("      ").append(o).append('\n');
        }
        // a stage no run agreed with (a collapse) has its own error; the warning is about the stages the forecast rests on
        double low = f.stages().stream().filter(st -> st.agreeing() > 0).mapToDouble(ParticleFilter.Stage::ess).min().orElse(f.size());
        if (low < Math.max(50, f.size() / 100.0)) {
            b.append(String.format(Locale.ROOT, "  warning: at worst only %,.0f runs agreed: the forecast rests on few distinct histories; more --runs would steady it%n", low));
        }
        return b.toString();
    }

    /** conditioning.json (the stages) and particles.csv (how to replay each run) into the results folder. */
    static void write(ParticleFilter f, String given, Path dir) throws IOException {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("given", given);
        j.put("method", "sequential importance resampling: weights 1 (agrees) or 0, systematic resampling, copies re-seeded after the day");
        j.put("stages", f.stages().stream().map(st -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", st.date().toString());
            m.put("day", st.day());
            m.put("observations", st.observations());
            m.put("runs", st.particles());
            m.put("agreeing", st.agreeing());
            m.put("ess", st.ess());
            m.put("resampled", st.resampled());
            return m;
        }).toList());
        Loader.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("conditioning.json").toFile(), j);
        StringBuilder b = new StringBuilder("run,recipe\n");
        List<Particle> ps = f.particles();
        for (int k = 0; k < ps.size(); k++) b.append(k).append(",\"").append(ps.get(k).recipe()).append("\"\n");
        Files.writeString(dir.resolve("particles.csv"), b);
    }

    static String describe(List<Observation> obs) {
        return String.join("; ", obs.stream().map(Evidence::describe).toList());
    }
}
