package brink.results;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Counters by index: the building block of most aggregates (outcomes, rungs by day, talks' results...). */
final class Counts implements Part {
    private final long[] n;

    Counts(int size) {
        n = new long[size];
    }

    void add(int i) {
        n[i]++;
    }

    void add(int i, long by) {
        n[i] += by;
    }

    long get(int i) {
        return n[i];
    }

    /** A copy of counters from..from+length-1 (one rung's days, say). */
    long[] slice(int from, int length) {
        return java.util.Arrays.copyOfRange(n, from, from + length);
    }

    long sum(int from, int length) {
        long s = 0;
        for (int i = from; i < from + length; i++) s += n[i];
        return s;
    }

    @Override
    public void merge(Part other) {
        long[] o = ((Counts) other).n;
        for (int i = 0; i < n.length; i++) n[i] += o[i];
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(n.length);
        for (long v : n) out.writeLong(v);
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size != n.length) throw new IOException("counts of size " + size + " where " + n.length + " were expected");
        for (int i = 0; i < size; i++) n[i] = in.readLong();
    }
}
