package brink.results;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The failed runs with the smallest indices (at most a few), each described with the seed that replays it. */
final class FirstFailures implements Part {
    private final int capacity;
    private final TreeMap<Long, String> first = new TreeMap<>();

    FirstFailures(int capacity) {
        this.capacity = capacity;
    }

    void add(long index, String description) {
        first.put(index, description);
        if (first.size() > capacity) first.pollLastEntry();
    }

    List<String> list() {
        return new ArrayList<>(first.values());
    }

    @Override
    public void merge(Part other) {
        for (Map.Entry<Long, String> e : ((FirstFailures) other).first.entrySet()) add(e.getKey(), e.getValue());
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(first.size());
        for (Map.Entry<Long, String> e : first.entrySet()) {
            out.writeLong(e.getKey());
            byte[] b = e.getValue().getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > capacity) throw new IOException("a list of " + n + " failures; at most " + capacity + " expected");
        for (int i = 0; i < n; i++) {
            long index = in.readLong();
            int len = in.readInt();
            if (len < 0 || len > 1 << 20) throw new IOException("a failure's text of " + len + " bytes");
            add(index, new String(in.readNBytes(len), StandardCharsets.UTF_8));
        }
    }
}
