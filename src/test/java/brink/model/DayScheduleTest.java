package brink.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;
import sim.engine.SimState;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allocation-free schedule steps the same items in the same order, with the same shuffles, as MASON's own. */
class DayScheduleTest {

    /** A schedule of repeating steps at several orderings and one-off events (some on the same day), run 60 days. */
    private static List<String> play(Schedule schedule, long seed, boolean days) {
        List<String> order = new ArrayList<>();
        SimState state = new SimState(seed, schedule) {
        };
        state.start();
        MersenneTwisterFast plan = new MersenneTwisterFast(seed ^ 99);
        for (int o = 0; o < 6; o++) {
            int ordering = o;
            for (int k = 0; k < 1 + o % 3; k++) {
                String name = "r" + o + "." + k;
                schedule.scheduleRepeating(Schedule.EPOCH, ordering, st -> {
                    order.add(name + "@" + st.schedule.getTime());
                    // events placed while stepping, as the model places proposed talks
                    if (plan.nextDouble() < 0.2) place(st.schedule, (int) st.schedule.getTime() + 1 + plan.nextInt(5), 1, "p" + order.size(), order, days);
                    // the model clears the schedule when a run ends, in the middle of a day's steps
                    if (st.schedule.getTime() == 50 && name.equals("r2.0")) st.schedule.clear();
                }, 1.0);
            }
        }
        for (int e = 0; e < 30; e++) place(schedule, plan.nextInt(40), plan.nextInt(6), "e" + e, order, days);
        for (int d = 0; d < 60 && schedule.step(state); d++) {
            // each step is one time
        }
        return order;
    }

    private static void place(Schedule schedule, int day, int ordering, String name, List<String> order, boolean days) {
        sim.engine.Steppable ev = st -> order.add(name + "@" + st.schedule.getTime());
        if (days) ((DaySchedule) schedule).scheduleDay(day, ordering, ev);
        else schedule.scheduleOnce(day, ordering, ev);
    }

    @Test
    void stepsAsMasonsSchedule() {
        for (long seed = 1; seed <= 20; seed++) {
            List<String> mason = play(new Schedule(), seed, false), ours = play(new DaySchedule(), seed, true);
            assertTrue(mason.size() > 300, "something was stepped: " + mason.size());
            assertEquals(mason, ours, "seed " + seed);
        }
    }
}
