package brink.gui;

import brink.scenario.AllianceSpec;
import brink.scenario.Scenario;
import brink.scenario.StateSpec;
import sim.util.Double2D;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each state and alliance sits on the map, in field units: an equirectangular projection of the scenario's
 * latitudes and longitudes (x = longitude × cos(mean latitude), north up). Alliances without coordinates sit at
 * their members' centroid; states without coordinates on a ring around the others (or all on a circle when no
 * state has any). An alliance that would cover a state or another alliance is nudged aside so both stay visible.
 */
public final class MapLayout {
    private final Map<String, Double2D> positions = new LinkedHashMap<>();
    private final double width, height;

    /** Directions tried in turn (y grows southward): above first, since labels hang below the shapes. */
    static final double[] PREFERRED = {-Math.PI / 2, -Math.PI / 4, -3 * Math.PI / 4, 0, Math.PI, Math.PI / 4, 3 * Math.PI / 4, Math.PI / 2};

    /** Shares of the map's height kept clear at the top (date and rung) and the bottom (legend). */
    static final double TOP = 0.17, BOTTOM = 0.12;

    private MapLayout(Map<String, Double2D> raw, double width, double height) {
        this.width = width;
        this.height = height;
        positions.putAll(raw);
    }

    public static MapLayout of(Scenario s) {
        Map<String, Double2D> raw = statePositions(s);
        compress(raw, true);
        compress(raw, false);
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (Double2D p : raw.values()) {
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1);
        double margin = 0.09 * span;
        double width = (maxX - minX) + 2 * margin;
        double content = (maxY - minY) + 2 * margin;
        double height = Math.max(content / (1 - TOP - BOTTOM), 0.45 * width);
        double top = minY - margin - (height * (1 - TOP - BOTTOM) - content) / 2 - TOP * height;
        Map<String, Double2D> placed = new LinkedHashMap<>();
        for (var e : raw.entrySet()) placed.put(e.getKey(), new Double2D(e.getValue().x - minX + margin, e.getValue().y - top));

        // alliances: at their coordinates or their members' centroid, then clear of every state's circle and each other
        Portrayals.Sizing sizing = new Portrayals.Sizing();
        double largest = s.states().stream().mapToDouble(st -> st.forces().value()).max().orElse(1);
        sizing.set(width, largest);
        Map<String, Double> radius = new LinkedHashMap<>();
        for (StateSpec st : s.states()) radius.put(st.id(), sizing.diameter(st.forces().value()) / 2);
        double half = sizing.alliance() / 2;
        Map<String, Double2D> unshifted = unshiftedAlliances(s, raw);
        for (AllianceSpec al : s.alliances()) {
            Double2D u = unshifted.get(al.id());
            Double2D p = new Double2D(u.x - minX + margin, u.y - top);
            Double2D q = clear(p, placed, radius, half, sizing.alliance() * 0.6);
            q = new Double2D(Math.max(half, Math.min(width - half, q.x)), Math.max(TOP * height + half, Math.min((1 - BOTTOM) * height - half, q.y)));
            placed.put(al.id(), q);
            radius.put(al.id(), half);
        }
        return new MapLayout(placed, width, height);
    }

    private static Map<String, Double2D> statePositions(Scenario s) {
        Map<String, Double2D> raw = new LinkedHashMap<>();
        List<StateSpec> located = s.states().stream().filter(st -> st.lat() != null && st.lon() != null).toList();
        if (located.isEmpty()) {
            int n = s.states().size();
            for (int i = 0; i < n; i++) {
                double a = 2 * Math.PI * i / n;
                raw.put(s.states().get(i).id(), new Double2D(20 * Math.cos(a), 20 * Math.sin(a)));
            }
            return raw;
        }
        double k = xScale(s);
        for (StateSpec st : located) raw.put(st.id(), new Double2D(st.lon() * k, -st.lat()));
        List<StateSpec> lost = s.states().stream().filter(st -> !raw.containsKey(st.id())).toList();
        if (!lost.isEmpty()) {
            Double2D c = centroid(new ArrayList<>(raw.values()));
            double r = 0;
            for (Double2D p : raw.values()) r = Math.max(r, p.distance(c));
            r = r * 1.15 + 2;
            for (int i = 0; i < lost.size(); i++) {
                double a = 2 * Math.PI * i / lost.size();
                raw.put(lost.get(i).id(), new Double2D(c.x + r * Math.cos(a), c.y + r * Math.sin(a)));
            }
        }
        return raw;
    }

    private static double xScale(Scenario s) {
        double meanLat = s.states().stream().filter(st -> st.lat() != null && st.lon() != null).mapToDouble(StateSpec::lat).average().orElse(0);
        return Math.max(0.2, Math.cos(Math.toRadians(meanLat)));
    }

    /** Alliance positions in the states' (compressed) coordinates, before they are moved clear of the states. */
    private static Map<String, Double2D> unshiftedAlliances(Scenario s, Map<String, Double2D> states) {
        Map<String, Double2D> out = new LinkedHashMap<>();
        for (AllianceSpec al : s.alliances()) {
            List<Double2D> members = al.members().stream().map(states::get).filter(java.util.Objects::nonNull).toList();
            Double2D p = members.isEmpty() ? centroid(new ArrayList<>(states.values())) : centroid(members);
            if (al.lat() != null && al.lon() != null) {
                // the alliance's own coordinates, carried through the same gap compression as its nearest state
                StateSpec nearest = null;
                double best = Double.POSITIVE_INFINITY;
                for (StateSpec st : s.states()) {
                    if (st.lat() == null || st.lon() == null) continue;
                    double d = Math.hypot(st.lat() - al.lat(), st.lon() - al.lon());
                    if (d < best) {
                        best = d;
                        nearest = st;
                    }
                }
                if (nearest != null) {
                    double k = xScale(s);
                    Double2D q = states.get(nearest.id());
                    p = new Double2D(q.x + (al.lon() - nearest.lon()) * k, q.y - (al.lat() - nearest.lat()));
                }
            }
            out.put(al.id(), p);
        }
        return out;
    }

    /**
     * Shortens the wide empty stretches along one axis (an ocean between two groups of states): any gap between
     * neighbouring coordinates longer than max(15% of the span, 4 × the median gap) is cut to that length.
     */
    static void compress(Map<String, Double2D> pts, boolean xAxis) {
        if (pts.size() < 3) return;
        double[] v = pts.values().stream().mapToDouble(p -> xAxis ? p.x : p.y).sorted().distinct().toArray();
        if (v.length < 3) return;
        double[] gaps = new double[v.length - 1];
        for (int i = 1; i < v.length; i++) gaps[i - 1] = v[i] - v[i - 1];
        double[] sorted = gaps.clone();
        java.util.Arrays.sort(sorted);
        double limit = Math.max(0.15 * (v[v.length - 1] - v[0]), 4 * sorted[sorted.length / 2]);
        double[] shift = new double[v.length];
        for (int i = 1; i < v.length; i++) shift[i] = shift[i - 1] + Math.max(0, gaps[i - 1] - limit);
        if (shift[v.length - 1] == 0) return;
        for (var e : pts.entrySet()) {
            Double2D p = e.getValue();
            int i = java.util.Arrays.binarySearch(v, xAxis ? p.x : p.y);
            e.setValue(xAxis ? new Double2D(p.x - shift[i], p.y) : new Double2D(p.x, p.y - shift[i]));
        }
    }

    /** The nearest spot to p (rings of 8 directions, north first) where a square of half-size {@code half} clears every placed shape. */
    static Double2D clear(Double2D p, Map<String, Double2D> placed, Map<String, Double> radius, double half, double step) {
        if (free(p, placed, radius, half)) return p;
        for (int ring = 1; ring <= 40; ring++) {
            for (int dir = 0; dir < 8; dir++) {
                double a = PREFERRED[dir];
                Double2D q = new Double2D(p.x + ring * step * Math.cos(a), p.y + ring * step * Math.sin(a));
                if (free(q, placed, radius, half)) return q;
            }
        }
        return p;
    }

    private static boolean free(Double2D p, Map<String, Double2D> placed, Map<String, Double> radius, double half) {
        for (var e : placed.entrySet()) {
            double r = radius.getOrDefault(e.getKey(), half);
            if (e.getValue().distance(p) < (r + half) * 1.15) return false;
        }
        return true;
    }

    private static Double2D centroid(List<Double2D> ps) {
        double x = 0, y = 0;
        for (Double2D p : ps) {
            x += p.x;
            y += p.y;
        }
        return new Double2D(x / ps.size(), y / ps.size());
    }

    public Double2D position(String id) {
        return positions.get(id);
    }

    public Map<String, Double2D> positions() {
        return java.util.Collections.unmodifiableMap(positions);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
