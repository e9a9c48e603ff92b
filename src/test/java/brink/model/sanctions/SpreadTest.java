package brink.model.sanctions;

import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The members' spread is computed without Commons Math's per-call objects, to the same bits. */
class SpreadTest {

    @Test
    void varianceIsCommonsMathsToTheLastBit() {
        Random r = new Random(5);
        Variance reference = new Variance(false);
        for (int t = 0; t < 20_000; t++) {
            double[] x = new double[1 + r.nextInt(30)];
            for (int i = 0; i < x.length; i++) x[i] = t % 3 == 0 ? r.nextGaussian() * 1e3 : r.nextDouble() * 2 - 1;
            assertEquals(Double.doubleToRawLongBits(reference.evaluate(x)), Double.doubleToRawLongBits(Stances.variance(x)), "case " + t);
        }
    }
}
