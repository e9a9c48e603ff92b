package brink.gui;

import brink.model.world.AllianceAgent;
import brink.model.world.StateAgent;
import brink.model.world.Tie;
import brink.scenario.ActionSpec;
import brink.scenario.Relation;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.simple.LabelledPortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

/** How states, alliances and relations look on the map. Sizes are in field units, so they zoom with the map. */
public final class Portrayals {
    private Portrayals() {
    }

    static final Color INK = new Color(0x222222);
    static final Color MINOR = new Color(0xBDBDBD);
    static final Color ESCALATORY = new Color(0xE08214);
    static final Color CONCILIATORY = new Color(0x1B9E77);
    static final Color[] RAMP = {new Color(0x4575B4), new Color(0xFEE090), new Color(0xD73027)};

    /** Diameters: a state's grows with the square root of its theatre forces, between a floor and a ceiling. */
    public static final class Sizing {
        double min = 1, max = 5, reference = 1;
        /** The side of its shape each label takes (by agent id), chosen so labels stay apart. */
        java.util.Map<String, Integer> labels = java.util.Map.of();

        void set(double mapWidth, double largestForces) {
            min = 0.013 * mapWidth;
            max = 0.07 * mapWidth;
            reference = Math.max(1, largestForces);
        }

        public double diameter(double forces) {
            return min + (max - min) * Math.sqrt(Math.max(0, forces) / reference);
        }

        double alliance() {
            return 0.6 * max;
        }
    }

    /** Colour of a probability of using force: blue (0), yellow (0.5), red (1). */
    public static Color posture(double p) {
        double x = Math.max(0, Math.min(1, Double.isNaN(p) ? 0 : p)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) x);
        double f = x - i;
        Color a = RAMP[i], b = RAMP[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())), (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** Direction of a state's last action: +1 escalatory, -1 conciliatory, 0 hold or none yet. */
    public static int lastDirection(StateAgent s) {
        if (s.lastChoice < 0 || s.lastChoice >= s.actions.length) return 0;
        ActionSpec a = s.actions[s.lastChoice];
        return a.kind().direction;
    }

    /** A state: an oval sized by its forces, filled by its posture, ringed by its last action. */
    public static final class StatePortrayal extends SimplePortrayal2D {
        final Sizing sizing;

        public StatePortrayal(Sizing sizing) {
            this.sizing = sizing;
        }

        Ellipse2D shape(Object o, DrawInfo2D info) {
            double d = sizing.diameter(((StateAgent) o).forces);
            double w = d * info.draw.width, h = d * info.draw.height;
            return new Ellipse2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h);
        }

        public Paint fill(StateAgent s) {
            return s.isPrincipal() ? posture(s.forceProbability) : MINOR;
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            StateAgent s = (StateAgent) o;
            Ellipse2D e = shape(o, info);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(fill(s));
            g.fill(e);
            int dir = s.isPrincipal() ? lastDirection(s) : 0;
            g.setPaint(dir > 0 ? ESCALATORY : dir < 0 ? CONCILIATORY : INK);
            g.setStroke(new BasicStroke(dir == 0 ? 1.2f : 4f));
            g.draw(e);
            if (info.selected) {
                g.setPaint(Color.MAGENTA);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Ellipse2D.Double(e.getX() - 5, e.getY() - 5, e.getWidth() + 10, e.getHeight() + 10));
            }
        }

        @Override
        public boolean hitObject(Object o, DrawInfo2D range) {
            return shape(o, range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }
    }

    /** An alliance: a rounded square whose border thickens with each sanctions tier it has imposed. */
    public static final class AlliancePortrayal extends SimplePortrayal2D {
        final Sizing sizing;

        public AlliancePortrayal(Sizing sizing) {
            this.sizing = sizing;
        }

        RoundRectangle2D shape(DrawInfo2D info) {
            double d = sizing.alliance();
            double w = d * info.draw.width, h = d * info.draw.height;
            return new RoundRectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h, w / 3, h / 3);
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            AllianceAgent a = (AllianceAgent) o;
            RoundRectangle2D r = shape(info);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int alpha = (int) Math.round(60 + 150 * Math.max(0, Math.min(1, a.cohesion)));
            g.setPaint(new Color(0x31, 0x4E, 0x8C, alpha));
            g.fill(r);
            g.setPaint(new Color(0x1A2A4F));
            g.setStroke(new BasicStroke(1.5f + 2.5f * a.imposedTier));
            g.draw(r);
            if (info.selected) {
                g.setPaint(Color.MAGENTA);
                g.setStroke(new BasicStroke(2f));
                g.draw(new RoundRectangle2D.Double(r.getX() - 5, r.getY() - 5, r.getWidth() + 10, r.getHeight() + 10, r.getArcWidth(), r.getArcHeight()));
            }
        }

        @Override
        public boolean hitObject(Object o, DrawInfo2D range) {
            return shape(range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }
    }

    /**
     * Names beside the shapes: principals and alliances in bold, other states by their id in grey. Each label sits on
     * the side of its shape that {@link #place} chose so that no two labels (nor a label and a shape) overlap.
     */
    public static final class Label extends LabelledPortrayal2D {
        static final Font MAJOR = new Font("SansSerif", Font.BOLD, 17);
        static final Font MINOR_FONT = new Font("SansSerif", Font.PLAIN, 13);
        /** Directions a label can take around its shape: below, above, right, left, and the four diagonals. */
        static final double[] DX = {0, 0, 1, -1, 0.71, -0.71, 0.71, -0.71}, DY = {1, -1, 0, 0, -0.71, -0.71, 0.71, 0.71};
        final Sizing sizing;

        public Label(SimplePortrayal2D child, Sizing sizing) {
            super(child, null);
            this.sizing = sizing;
            setLabelScaling(NEVER_SCALE);
            align = ALIGN_CENTER;
        }

        @Override
        public String getLabel(Object o, DrawInfo2D info) {
            return text(o);
        }

        static String text(Object o) {
            if (o instanceof StateAgent s) return s.isPrincipal() ? s.name : s.id;
            if (o instanceof AllianceAgent a) return (a.name.length() <= 16 ? a.name : a.id) + (a.imposedTier > 0 ? " · sanctions " + a.imposedTier : "");
            return String.valueOf(o);
        }

        static boolean major(Object o) {
            return !(o instanceof StateAgent s) || s.isPrincipal();
        }

        static String id(Object o) {
            return o instanceof StateAgent s ? s.id : o instanceof AllianceAgent a ? a.id : String.valueOf(o);
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            boolean major = major(o);
            double d = o instanceof StateAgent s ? sizing.diameter(s.forces) : sizing.alliance();
            int dir = sizing.labels.getOrDefault(id(o), 0);
            font = major ? MAJOR : MINOR_FONT;
            java.awt.FontMetrics fm = g.getFontMetrics(font);
            double pad = 4;
            scalex = DX[dir] * d / 2;
            scaley = DY[dir] * d / 2;
            offsetx = DX[dir] * pad;
            offsety = DY[dir] > 0.1 ? fm.getAscent() + pad * DY[dir] : DY[dir] < -0.1 ? -fm.getDescent() - pad : fm.getAscent() / 2.0 - 2;
            align = DX[dir] > 0.1 ? ALIGN_LEFT : DX[dir] < -0.1 ? ALIGN_RIGHT : ALIGN_CENTER;
            paint = major ? INK : new Color(0x555555);
            super.draw(o, g, info);
        }

        /**
         * Chooses each label's side, most important first (principals by forces, alliances, then the others): the
         * first of the eight sides where the label overlaps no label placed before it and no shape, else the side
         * where it overlaps least. {@code scale} is the display's pixels per field unit.
         */
        static java.util.Map<String, Integer> place(java.util.List<Object> agents, java.util.function.Function<Object, sim.util.Double2D> where, Sizing sizing,
                                                     double scale, double width, double height) {
            java.awt.geom.Rectangle2D map = new java.awt.geom.Rectangle2D.Double(0, 0, width * scale, height * scale);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            java.util.List<java.awt.geom.Rectangle2D> taken = new java.util.ArrayList<>();
            for (Object o : agents) {
                sim.util.Double2D p = where.apply(o);
                double r = (o instanceof StateAgent s ? sizing.diameter(s.forces) : sizing.alliance()) / 2 * scale;
                taken.add(new java.awt.geom.Rectangle2D.Double(p.x * scale - r, p.y * scale - r, 2 * r, 2 * r));
            }
            java.util.List<Object> order = new java.util.ArrayList<>(agents);
            order.sort(java.util.Comparator.comparingInt((Object o) -> o instanceof StateAgent s && s.isPrincipal() ? 0 : o instanceof AllianceAgent ? 1 : 2)
                    .thenComparingDouble(o -> o instanceof StateAgent s ? -s.forces : 0));
            java.util.Map<String, Integer> out = new java.util.HashMap<>();
            for (Object o : order) {
                sim.util.Double2D p = where.apply(o);
                double r = (o instanceof StateAgent s ? sizing.diameter(s.forces) : sizing.alliance()) / 2 * scale;
                java.awt.FontMetrics fm = g.getFontMetrics(major(o) ? MAJOR : MINOR_FONT);
                double w = fm.stringWidth(text(o)), h = fm.getAscent() + fm.getDescent();
                int best = 0;
                double bestOverlap = Double.POSITIVE_INFINITY;
                java.awt.geom.Rectangle2D bestBox = null;
                for (int dir = 0; dir < DX.length; dir++) {
                    double ax = p.x * scale + DX[dir] * (r + 4), ay = p.y * scale + DY[dir] * (r + 4);
                    double left = DX[dir] > 0.1 ? ax : DX[dir] < -0.1 ? ax - w : ax - w / 2;
                    double top = DY[dir] > 0.1 ? ay : DY[dir] < -0.1 ? ay - h : ay - h / 2;
                    java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(left, top, w, h);
                    // a label running off the map counts as hidden
                    java.awt.geom.Rectangle2D inside = box.createIntersection(map);
                    double overlap = w * h - (inside.isEmpty() ? 0 : inside.getWidth() * inside.getHeight());
                    for (java.awt.geom.Rectangle2D t : taken) {
                        java.awt.geom.Rectangle2D i = box.createIntersection(t);
                        // the label's own shape does not count
                        if (!i.isEmpty() && !(Math.abs(t.getCenterX() - p.x * scale) < 1e-6 && Math.abs(t.getCenterY() - p.y * scale) < 1e-6)) overlap += i.getWidth() * i.getHeight();
                    }
                    if (overlap < bestOverlap - 1e-9) {
                        bestOverlap = overlap;
                        best = dir;
                        bestBox = box;
                    }
                    if (overlap == 0) break;
                }
                out.put(id(o), best);
                taken.add(bestBox);
            }
            g.dispose();
            return out;
        }
    }

    /** Colour, width and label of each kind of relation. */
    public record Look(Color color, float width, boolean labelled) {
    }

    public static Look look(Relation.Type t) {
        return switch (t) {
            case MEMBER_OF -> new Look(new Color(0x6A, 0x8C, 0xC8, 110), 1.2f, false);
            case PARTNER_OF -> new Look(new Color(0x1B9E77), 3.5f, true);
            case RIVAL -> new Look(new Color(0xD7301F), 3.5f, true);
            case ENERGY_DEPENDENCE -> new Look(new Color(0xE0, 0x82, 0x14, 70), 1f, false);
            case TRADE -> new Look(new Color(0x80, 0x80, 0x80, 60), 1f, false);
            case BORDER -> new Look(new Color(0x40, 0x40, 0x40, 40), 0.8f, false);
            case CHANNEL -> new Look(new Color(0x75, 0x6B, 0xB1, 150), 1.5f, false);
        };
    }

    /** A relation: membership and partnership in blue and green, rivalry in red, the rest faint; the salient ones labelled. */
    public static final class TiePortrayal extends SimpleEdgePortrayal2D {
        static final Font LABEL = new Font("SansSerif", Font.ITALIC, 11);

        public TiePortrayal() {
            super(Color.GRAY, Color.GRAY, null, LABEL);
            setShape(SHAPE_LINE_ROUND_ENDS);
            setScaling(NEVER_SCALE);
            setLabelScaling(NEVER_SCALE);
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            Tie t = (Tie) ((Edge) o).info;
            Look l = look(t.type());
            fromPaint = toPaint = l.color();
            baseWidth = l.width();
            labelPaint = l.labelled() ? l.color().darker() : null;
            super.draw(o, g, info);
        }

        @Override
        protected double getPositiveWeight(Object edge, EdgeDrawInfo2D info) {
            return 1;
        }

        /** Relations are not picked by clicks, so a click on a state inspects the state, not the dozens of lines ending there. */
        @Override
        public boolean hitObject(Object o, DrawInfo2D range) {
            return false;
        }

        @Override
        public String getLabel(Edge e, EdgeDrawInfo2D info) {
            Tie t = (Tie) e.info;
            return t.type() == Relation.Type.PARTNER_OF ? "partner" : t.type() == Relation.Type.RIVAL ? "rival" : t.toString();
        }
    }
}
