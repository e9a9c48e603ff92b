package brink.model;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Bag;
import sim.util.Heap;

import java.util.Arrays;

/**
 * MASON's {@link Schedule} with the same order of steps and the same shuffles, made allocation-free for the day
 * loop ("the hot loop allocates nothing"): MASON 18 grows the day's bags and the queue from empty in every run and
 * replaces the queue to clear it, and allocates a key per event scheduled. Here the bags and the queue start with
 * room for a day's steps, {@link #clear()} empties the queue it has, and events placed on a day in the future share
 * one immutable key per (day, ordering).
 *
 * <p>{@link #step(SimState)} is MASON 18's {@code Schedule.step} (shuffling on, no before/after steps): the items of
 * the next time are taken from the queue one ordering at a time, each ordering shuffled with the model's generator
 * when it holds more than one, then stepped in that order. {@code DayScheduleTest} checks it against MASON's.
 */
public class DaySchedule extends Schedule {
    /** Room for a day's steps; the bags grow beyond it like MASON's when a day holds more. */
    static final int ROOM = 64;

    private final Bag today = new Bag(ROOM), ordering = new Bag(ROOM);
    private boolean stepping;

    /** Keys shared by every run and thread: a key is never changed once it is in the queue for a later time. */
    private static volatile Key[][] keys = new Key[0][];

    @Override
    protected Heap createHeap() {
        // an empty queue with room: built full of one key, then emptied (MASON's Heap keeps its arrays on clear)
        Comparable<?>[] k = new Comparable<?>[ROOM];
        Arrays.fill(k, new Key(0, 0));
        Heap h = new Heap(k, new Object[ROOM]);
        h.clear();
        return h;
    }

    @Override
    public void clear() {
        synchronized (lock) {
            queue.clear();
        }
    }

    /** Places an event at a whole day and ordering, like {@code scheduleOnce(day, ordering, event)}. */
    public boolean scheduleDay(int day, int ordering, Steppable event) {
        synchronized (lock) {
            // MASON moves an event placed at the present time just after it by changing its key: give it its own
            if (day <= time || ordering < 0 || ordering >= 8) return scheduleOnce(day, ordering, event);
            return scheduleOnce(key(day, ordering), event);
        }
    }

    private static Key key(int day, int ordering) {
        Key[][] k = keys;
        if (day < k.length) return k[day][ordering];
        synchronized (DaySchedule.class) {
            k = keys;
            if (day >= k.length) {
                Key[][] more = Arrays.copyOf(k, Math.max(day + 1, 2 * k.length));
                for (int d = k.length; d < more.length; d++) {
                    more[d] = new Key[8];
                    for (int o = 0; o < 8; o++) more[d][o] = new Key(d, o);
                }
                keys = k = more;
            }
            return k[day][ordering];
        }
    }

    @Override
    public synchronized boolean step(SimState state) {
        if (stepping) throw new RuntimeException("Schedule.step() is not reentrant, yet is being called recursively.");
        stepping = true;
        MersenneTwisterFast random = state.random;
        synchronized (lock) {
            if (time == AFTER_SIMULATION || queue.isEmpty()) {
                time = AFTER_SIMULATION;
                stepping = false;
                return false;
            }
            time = ((Key) queue.getMinKey()).getTime();
            while (true) {
                queue.extractMin(ordering);
                if (ordering.numObjs > 1) ordering.shuffle(random);
                today.addAll(ordering);
                ordering.clear();
                Key next = (Key) queue.getMinKey();
                if (next == null || next.getTime() != time) break;
            }
        }
        int n = today.numObjs;
        Object[] objs = today.objs;
        try {
            for (int x = 0; x < n; x++) {
                ((Steppable) objs[x]).step(state);
                objs[x] = null;
            }
        } finally {
            today.clear();
            synchronized (lock) {
                steps++;
            }
            stepping = false;
        }
        return true;
    }
}
