package brink.analysis.hindcast;

import brink.scenario.Severity;
import brink.scenario.Termination;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The ICB base rates: the README's figures, and a recount from the data files when they are at hand. */
class BaseRatesTest {
    static final Path ICB = Path.of(System.getProperty("brink.icb", "/work/shared/data/icb"));

    @Test
    void theSharesAreTheReadmesFiguresAndSumToOne() {
        assertEquals(1.0, Arrays.stream(BaseRates.severity()).sum(), 1e-12);
        assertEquals(1.0, Arrays.stream(BaseRates.termination()).sum(), 1e-12);
        assertEquals(1.0, Arrays.stream(BaseRates.result()).sum(), 1e-12);
        // shared/data/icb/README.md: after 1945 (n = 377) full-scale war 14.6%, no violence 39.8%, formal or semi-formal agreement 36.1%
        assertEquals(0.146, BaseRates.severity()[Severity.FULL_SCALE_WAR.ordinal()], 5e-4);
        assertEquals(0.398, BaseRates.severity()[Severity.NONE.ordinal()], 5e-4);
        double agreement = BaseRates.termination()[Termination.FORMAL_AGREEMENT.ordinal()] + BaseRates.termination()[Termination.SEMI_FORMAL_AGREEMENT.ordinal()];
        assertEquals(0.361, agreement, 5e-4);
        assertEquals(BaseRates.CRISES, Arrays.stream(BaseRates.SEVERITY).sum());
        assertEquals(BaseRates.CRISES, Arrays.stream(BaseRates.TERMINATION).sum());
    }

    /** Recounts from icb1v14.csv and icb2v14.csv (shared/data/icb, or -Dbrink.icb=DIR); skipped where they are not. */
    @Test
    void theCountsAreRecountedFromTheIcbFiles() throws IOException {
        Path system = ICB.resolve("icb1v14.csv"), actors = ICB.resolve("icb2v14.csv");
        assumeTrue(Files.isRegularFile(system) && Files.isRegularFile(actors), "the ICB files are not at " + ICB);
        List<String[]> crises = rows(system);
        List<String> h = Arrays.asList(Files.readAllLines(system).get(0).split(","));
        int sev = h.indexOf("sevviosy"), yr = h.indexOf("yrtrig"), form = h.indexOf("forout");
        long[] severity = new long[4], forout = new long[8];
        for (String[] r : crises) {
            if (r[sev].isEmpty() || Integer.parseInt(r[yr]) < 1946) continue;
            severity[Integer.parseInt(r[sev]) - 1]++;
            forout[Integer.parseInt(r[form])]++;
        }
        assertArrayEquals(BaseRates.SEVERITY, severity);
        assertArrayEquals(BaseRates.TERMINATION, new long[]{forout[1], forout[2], forout[3] + forout[7], forout[4], forout[5], forout[6]});
        List<String> ha = Arrays.asList(Files.readAllLines(actors).get(0).split(","));
        int outcom = ha.indexOf("outcom"), sys = ha.indexOf("systrgyr");
        long[] results = new long[4];
        for (String[] r : rows(actors)) {
            if (r[outcom].isEmpty() || r[sys].isEmpty() || Integer.parseInt(r[sys]) < 1946) continue;
            int o = Integer.parseInt(r[outcom]);
            if (o >= 1 && o <= 4) results[o - 1]++;
        }
        assertArrayEquals(BaseRates.RESULTS, results);
    }

    /** The ICB files have no quoted commas in the columns read here; a split keeps empty trailing fields. */
    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }
}
