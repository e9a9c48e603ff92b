package brink.montecarlo;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedsAndPlansTest {

    @Test
    void runSeedsDependOnMasterAndIndexAloneAndAreNotConsecutive() {
        assertEquals(Seeds.run(42, 7), Seeds.run(42, 7));
        assertNotEquals(Seeds.run(42, 8), Seeds.run(43, 7), "not master + index");
        assertNotEquals(Seeds.run(42, 7) + 1, Seeds.run(42, 8));
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < 10_000; k++) seen.add(Seeds.run(1, k));
        assertEquals(10_000, seen.size());
        assertNotEquals(Seeds.sweep(1, 0, 5), Seeds.sweep(1, 1, 5));
        assertNotEquals(Seeds.sweep(1, 0, 5), Seeds.run(1, 5));
    }

    @Test
    void gridCoversEveryCombination() {
        SweepPlan p = SweepPlan.grid(List.of("a", "b"), List.of(List.of("1", "2", "3"), List.of("x", "y")));
        assertEquals(6, p.points().size());
        assertEquals(6, new HashSet<>(p.points()).size());
        for (String a : List.of("1", "2", "3")) for (String b : List.of("x", "y")) assertTrue(p.points().contains(List.of(a, b)));
    }

    @Test
    void latinHypercubeUsesEveryStratumOnce() {
        int k = 10;
        SweepPlan p = SweepPlan.latinHypercube(List.of("a", "b"), new double[]{0, 10}, new double[]{1, 20}, k, 5);
        assertEquals(k, p.points().size());
        for (int j = 0; j < 2; j++) {
            double lo = j == 0 ? 0 : 10, width = j == 0 ? 1 : 10;
            Set<Integer> strata = new HashSet<>();
            for (List<String> point : p.points()) {
                double v = Double.parseDouble(point.get(j));
                assertTrue(v >= lo && v <= lo + width);
                strata.add((int) Math.floor((v - lo) / width * k));
            }
            assertEquals(k, strata.size(), "each of the k strata once");
        }
        assertEquals(p, SweepPlan.latinHypercube(List.of("a", "b"), new double[]{0, 10}, new double[]{1, 20}, k, 5));
    }
}
