package brink.gui;

import brink.model.world.AllianceAgent;
import brink.model.CrisisModel;
import brink.scenario.AllianceSpec;
import brink.scenario.Scenario;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A layer drawn over the map in screen space: the date, the rung and tension in the top-left corner and a legend in
 * the bottom-left, whatever the zoom or scroll (it draws in the display's visible area, {@code info.clip}).
 */
public final class StatusOverlay extends FieldPortrayal2D {
    static final Font BIG = new Font("SansSerif", Font.BOLD, 24);
    static final Font TEXT = new Font("SansSerif", Font.PLAIN, 17);
    static final Font SMALL = new Font("SansSerif", Font.PLAIN, 14);
    private final CrisisGui gui;
    private final boolean legend;

    /** The status box (legend false) or the legend (true): two layers, so either can be hidden from the display's layers menu. */
    public StatusOverlay(CrisisGui gui, boolean legend) {
        this.gui = gui;
        this.legend = legend;
        setField(gui);
    }

    /** The lines of the status box: date and day, rung, tension, sanctions, and the end when it came. */
    public List<String> lines() {
        CrisisModel m = gui.model();
        Scenario s = gui.scenario;
        List<String> out = new ArrayList<>();
        if (m.crisis == null || gui.previewing()) {
            if (m.crisis != null) {
                out.add(s.startDate() + "  ·  day 0 of " + s.horizonDays() + "  ·  not started");
                out.add("Press ▶ to play (one step is one day), or ‖ then ▶ to go day by day");
                out.add("Run seed " + gui.runSeed() + "  (brink narrate --run-seed " + gui.runSeed() + " tells this run)");
                return out;
            }
            out.add(s.startDate() + " — not started");
            out.add("Press ▶ (play) or ‖ (pause, then step) in the console");
            out.add("Run seed " + gui.runSeed());
            return out;
        }
        var c = m.crisis;
        int day = gui.lastDay();
        out.add(String.format(Locale.ROOT, "%s  ·  day %d of %d", s.date(Math.max(0, day)), Math.max(0, day), s.horizonDays()));
        out.add(String.format(Locale.ROOT, "Rung %d: %s   (peak %d: %s)", c.rung, s.ladder().get(c.rung).name(), c.peak, s.ladder().get(c.peak).name()));
        out.add(String.format(Locale.ROOT, "Tension %.2f   ·   trust %.2f%s", c.tension, c.trust, c.agreement ? "   ·   agreement in force" : ""));
        for (AllianceAgent a : m.alliances) {
            if (!a.has(AllianceSpec.Instrument.SANCTIONS)) continue;
            out.add(String.format(Locale.ROOT, "%s: sanctions tier %d in force, %d threatened; cohesion %.2f", a.name, a.imposedTier, a.threatenedTier, a.cohesion));
        }
        if (c.ended) out.add("Run over: " + c.endReason + " → " + s.outcomes().get(m.outcomeIndex()).name());
        out.add("Run seed " + gui.runSeed() + "  (brink narrate --run-seed " + gui.runSeed() + " tells this run)");
        return out;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (legend) {
            legend(g, info);
            return;
        }
        List<String> lines = lines();
        double x = info.clip.x + 10, y = info.clip.y + 10;
        FontMetrics big = g.getFontMetrics(BIG), text = g.getFontMetrics(TEXT);
        int w = big.stringWidth(lines.get(0));
        for (int i = 1; i < lines.size(); i++) w = Math.max(w, text.stringWidth(lines.get(i)));
        double h = big.getHeight() + (lines.size() - 1) * text.getHeight() + 12;
        g.setPaint(new Color(255, 255, 255, 215));
        g.fill(new RoundRectangle2D.Double(x, y, w + 20, h, 10, 10));
        g.setPaint(new Color(0x888888));
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(x, y, w + 20, h, 10, 10));
        g.setPaint(Portrayals.INK);
        g.setFont(BIG);
        double ty = y + 6 + big.getAscent();
        g.drawString(lines.get(0), (float) (x + 10), (float) ty);
        ty += big.getDescent();
        g.setFont(TEXT);
        for (int i = 1; i < lines.size(); i++) {
            ty += text.getHeight();
            g.drawString(lines.get(i), (float) (x + 10), (float) (ty - text.getDescent()));
        }
    }

    static final String[][] LEGEND = {
            {"P(use of force): 0 → 1", "last action: escalatory / conciliatory", "size: √ forces; grey: no decisions"},
            {"rival", "partner", "member"},
            {"alliance (border: sanctions)", "energy dependence", "map: lat/lon, gaps shortened"}};

    /** Three columns along the bottom: what fill, ring and size mean; the relations; the alliances. */
    private void legend(Graphics2D g, DrawInfo2D info) {
        Font font = SMALL;
        FontMetrics fm = g.getFontMetrics(font);
        double[] col = widths(fm);
        if (col[0] + col[1] + col[2] + 20 > info.clip.width && font.getSize() > 9) {
            font = font.deriveFont(9f);
            fm = g.getFontMetrics(font);
            col = widths(fm);
        }
        g.setFont(font);
        int lh = fm.getHeight() + 4;
        double w = col[0] + col[1] + col[2] + 4, h = 3 * lh + 10;
        double x = info.clip.x + 10, y = info.clip.y + info.clip.height - h - 8;
        double x1 = x + col[0], x2 = x1 + col[1];
        g.setPaint(new Color(255, 255, 255, 215));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
        g.setPaint(new Color(0x888888));
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
        double cy = y + 5 + lh / 2.0;
        for (int i = 0; i <= 15; i++) {
            g.setPaint(Portrayals.posture(i / 15.0));
            g.fill(new java.awt.geom.Rectangle2D.Double(x + 8 + i * 2.5, cy - 5, 2.5, 10));
        }
        text(g, LEGEND[0][0], x + 52, cy, fm);
        line(g, x1, cy, Portrayals.look(brink.scenario.Relation.Type.RIVAL));
        text(g, LEGEND[1][0], x1 + 44, cy, fm);
        g.setPaint(new Color(0x31, 0x4E, 0x8C, 160));
        g.fill(new RoundRectangle2D.Double(x2 + 14, cy - 6, 12, 12, 4, 4));
        text(g, LEGEND[2][0], x2 + 36, cy, fm);
        cy += lh;
        ring(g, x + 16, cy, Portrayals.ESCALATORY, 3f);
        ring(g, x + 36, cy, Portrayals.CONCILIATORY, 3f);
        text(g, LEGEND[0][1], x + 52, cy, fm);
        line(g, x1, cy, Portrayals.look(brink.scenario.Relation.Type.PARTNER_OF));
        text(g, LEGEND[1][1], x1 + 44, cy, fm);
        line(g, x2 + 4, cy, Portrayals.look(brink.scenario.Relation.Type.ENERGY_DEPENDENCE));
        text(g, LEGEND[2][1], x2 + 36, cy, fm);
        cy += lh;
        g.setPaint(Portrayals.MINOR);
        g.fill(new Ellipse2D.Double(x + 14, cy - 3, 6, 6));
        g.fill(new Ellipse2D.Double(x + 28, cy - 6, 12, 12));
        text(g, LEGEND[0][2], x + 52, cy, fm);
        line(g, x1, cy, Portrayals.look(brink.scenario.Relation.Type.MEMBER_OF));
        text(g, LEGEND[1][2], x1 + 44, cy, fm);
        text(g, LEGEND[2][2], x2 + 10, cy, fm);
    }

    private static double[] widths(FontMetrics fm) {
        double[] w = new double[3];
        int[] pad = {52, 44, 36};
        for (int c = 0; c < 3; c++) for (String t : LEGEND[c]) w[c] = Math.max(w[c], pad[c] + fm.stringWidth(t) + 14);
        return w;
    }

    private static void text(Graphics2D g, String s, double x, double cy, FontMetrics fm) {
        g.setPaint(Portrayals.INK);
        g.drawString(s, (float) x, (float) (cy + fm.getAscent() / 2.0 - 1));
    }

    private static void ring(Graphics2D g, double cx, double cy, Color c, float width) {
        g.setPaint(Portrayals.posture(0.2));
        Ellipse2D e = new Ellipse2D.Double(cx - 6, cy - 6, 12, 12);
        g.fill(e);
        g.setPaint(c);
        g.setStroke(new BasicStroke(width));
        g.draw(e);
    }

    private static void line(Graphics2D g, double x, double cy, Portrayals.Look l) {
        g.setPaint(new Color(l.color().getRed(), l.color().getGreen(), l.color().getBlue(), Math.max(160, l.color().getAlpha())));
        g.setStroke(new BasicStroke(Math.max(2f, l.width()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x + 2, cy, x + 34, cy));
    }
}
