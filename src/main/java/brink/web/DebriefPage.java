package brink.web;

import brink.play.Debrief;
import brink.play.DebriefChart;
import brink.play.Objectives;
import brink.results.Proportion;
import brink.scenario.OutcomeSpec;
import brink.scenario.Scenario;
import brink.scenario.Severity;
import brink.scenario.Termination;

import java.util.List;
import java.util.Locale;

/**
 * The class's debrief as one self-contained HTML page (styles inline, the outcome bars and the timeline as inline SVG, each team's
 * chart as an embedded PNG, no script, no link out):
 * shown in the browser and downloaded as a file that opens anywhere. The class's ending against the model's own play
 * of the same start, every team's score against the model's play of its state, the key decisions on a timeline over
 * the rung path, the questions for the discussion, and the whole narrative.
 */
final class DebriefPage {
    private DebriefPage() {
    }

    static final List<String> QUESTIONS = List.of(
            "Where did the crisis turn? Find the day on the timeline and say what each team believed about the others then.",
            "Which of your moves did the other teams read as you meant them? Which did they misread, and why?",
            "The model's states reached your ending in the share of runs shown above. Was your path likely, or a rare one? What made the difference?",
            "Who scored better than the model's own play of their state, and by doing what? Who scored worse?",
            "Which inject changed the course of the crisis, and which changed nothing? Would the forecast have told you?",
            "What did you not know that the model's states also did not know (the others' resolve)? How did you try to learn it?");

    /** The team charts' design size, pixels. */
    static final int CHART_WIDTH = 1300, CHART_HEIGHT = 760;

    static String render(Session s, Debrief d) {
        Scenario sc = d.scenario();
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        h.append("<title>Debrief — ").append(esc(sc.title())).append("</title><style>").append(STYLE).append("</style></head><body>");
        h.append("<h1>Debrief</h1><p class=\"sub\">").append(esc(sc.title())).append(" · session ").append(esc(s.id)).append(" · seed ").append(s.settings.seed())
                .append(" · turns of ").append(s.settings.turnDays()).append(" day").append(s.settings.turnDays() == 1 ? "" : "s").append("</p>");
        h.append("<p class=\"headline\" id=\"headline\">").append(esc(d.headline())).append("</p>");
        if (d.stopped()) {
            h.append("<p class=\"note\">The game was ").append(esc(s.endNote)).append(", before the crisis ended: the model's runs are read as they stood on the same day (their outcome so far and their scores).</p>");
        }

        h.append("<h2>Your ending and the model's</h2>");
        h.append("<p>").append(String.format(Locale.ROOT, "%,d", d.runs())).append(" runs of the model from the same start: every state played by the model, with the instructor's injects on their days. Run 0 is your class's world.</p>");
        h.append(outcomeBars(d));

        h.append(endingTables(d));

        h.append("<h2>Scores</h2><p>Each playable state's objectives come from the scenario: the issue (how close the final status quo stands to its position), war avoided or won "
                + "(its result counts the more, the more violent the crisis), few troops lost, and sanctions costs avoided. The model's score is its play of the same state over its runs.</p>");
        h.append("<table id=\"scores\"><tr><th>Team</th><th>State</th><th>Score</th><th>Parts</th><th>Result and losses</th><th>Model's play: mean (10–90%)</th><th>At least as good as</th></tr>");
        for (Debrief.Team t : d.teams()) {
            Session.Team team = s.teams.get(t.id());
            h.append("<tr><td>").append(esc(team != null && team.name != null ? team.name : "(model)")).append("</td><td>").append(esc(t.name())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.0f", t.score().total())).append("</td><td>");
            for (Objectives.Part p : t.score().parts()) {
                h.append(String.format(Locale.ROOT, "%s %.0f/%.0f <span class=\"small\">(%s)</span><br>", esc(p.name()), p.points(), p.max(), esc(p.detail())));
            }
            Objectives.Score ts = t.score();
            h.append("</td><td class=\"result\"><b>").append(esc(ts.result() == null ? "-" : ts.result().label())).append("</b><br><span class=\"small\">the model's play: ")
                    .append(esc(Debrief.results(t))).append("</span><br>").append(String.format(Locale.ROOT, "<b>%.1f</b> thousand troops lost", ts.losses()))
                    .append(String.format(Locale.ROOT, "<br><span class=\"small\">the model's play: mean %.1f, some in %.0f%% of runs</span>", t.modelLossesMean(), 100 * t.modelLossesAny().probability()));
            h.append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.0f (%.0f–%.0f)", t.modelMean(), t.modelScore(0.1), t.modelScore(0.9)))
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.0f%% of the model's runs", 100 * t.percentile())).append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>Timeline of the key decisions</h2>");
        h.append(timeline(s, d));
        h.append("<table id=\"decisions\"><tr><th>#</th><th>Day</th><th>Date</th><th>Who</th><th>Decision</th></tr>");
        int n = 0;
        for (String[] x : s.decisions) {
            int day = Integer.parseInt(x[0]);
            String who = x[1].equals("instructor") ? "Instructor" : teamLabel(s, x[1]);
            h.append("<tr><td>").append(++n).append("</td><td class=\"num\">").append(day).append("</td><td>").append(sc.date(Math.min(day, sc.horizonDays() - 1)))
                    .append("</td><td>").append(esc(who)).append("</td><td>").append(esc(x[2])).append("</td></tr>");
        }
        if (n == 0) h.append("<tr><td colspan=\"5\">No team took an action other than holding.</td></tr>");
        h.append("</table>");

        h.append("<h2>Each team against the model's play of its state</h2>");
        for (Debrief.Team t : d.teams()) {
            // a PNG at the chart's design size (its fonts are sized for it), shown at the page's width: a HiDPI screen or a projector gets about 1.2 pixels per point
            h.append("<figure><img class=\"chart\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(CHART_HEIGHT).append("\" alt=\"")
                    .append(esc(t.name())).append(": the class's rung path against the model's runs\" src=\"data:image/png;base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(DebriefChart.png(d, t, CHART_WIDTH, CHART_HEIGHT))).append("\">").append("<figcaption>").append(esc(t.name()))
                    .append(": the class's rung path (steps) over the share of the model's runs on each rung that day (darker = more); below, the team's escalatory days against the share of the model's runs escalating that day.</figcaption></figure>");
        }

        h.append("<h2>Questions for the debrief</h2><ol>");
        for (String q : QUESTIONS) h.append("<li>").append(esc(q)).append("</li>");
        h.append("</ol>");

        h.append("<details><summary>The whole narrative (").append(s.game.log().size()).append(" lines)</summary><pre>");
        for (String l : s.game.log()) h.append(esc(l)).append('\n');
        h.append("</pre></details>");
        h.append("<p class=\"small\">Made by Brink. This page is self-contained: it opens without a network.</p></body></html>");
        return h.toString();
    }

    private static String teamLabel(Session s, String state) {
        Session.Team t = s.teams.get(state);
        String name = s.game.stateName(state);
        return t != null && t.name != null ? t.name + " (" + name + ")" : name;
    }

    /** The class's severity of violence and termination against the model's runs (ICB's codes). */
    static String endingTables(Debrief d) {
        Objectives.Ending e = d.ending();
        StringBuilder h = new StringBuilder();
        h.append("<h2>How it ended</h2><p id=\"ending\">In the codes of the International Crisis Behavior data, your crisis ").append(esc(e.describe(d.scenario())))
                .append(". The model's runs from the same start:</p>");
        h.append("<table id=\"endings\" class=\"half\"><tr><th>Violence (severity)</th><th class=\"num\">Model's runs [95%]</th><th>Termination</th><th class=\"num\">Model's runs [95%]</th></tr>");
        Severity[] vs = Severity.values();
        List<Termination> ts = new java.util.ArrayList<>();
        for (Termination t : Termination.values()) if (d.termination(t).probability() > 0 || t == e.termination()) ts.add(t);
        for (int i = 0; i < Math.max(vs.length, ts.size()); i++) {
            h.append("<tr>");
            if (i < vs.length) {
                Proportion p = d.severity(vs[i]);
                boolean mine = vs[i] == e.severity();
                h.append("<td").append(mine ? " class=\"mine\"" : "").append(">").append(esc(Objectives.words(vs[i]))).append(mine ? " ◀ yours" : "").append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * p.probability(), 100 * p.low(), 100 * p.high())).append("</td>");
            } else {
                h.append("<td></td><td></td>");
            }
            if (i < ts.size()) {
                Termination t = ts.get(i);
                Proportion p = d.termination(t);
                boolean mine = t == e.termination();
                h.append("<td").append(mine ? " class=\"mine\"" : "").append(">").append(esc(Objectives.name(t))).append(mine ? " ◀ yours" : "")
                        .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * p.probability(), 100 * p.low(), 100 * p.high())).append("</td>");
            } else {
                h.append("<td></td><td></td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
        return h.toString();
    }

    /** Horizontal bars: the model's share of each outcome with its 95% interval; the class's ending marked. */
    static String outcomeBars(Debrief d) {
        List<OutcomeSpec> os = d.scenario().outcomes();
        int w = 900, row = 34, left = 250, top = 10;
        int hgt = top + row * os.size() + 30;
        StringBuilder b = new StringBuilder();
        b.append("<svg id=\"outcomes\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(hgt).append("\" width=\"100%\" role=\"img\" aria-label=\"Outcome probabilities\">");
        int span = w - left - 120;
        for (int i = 0; i < os.size(); i++) {
            Proportion p = d.outcome(i);
            int y = top + i * row;
            boolean mine = i == d.teamOutcome();
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"%s\">%s%s</text>", left - 10, y + 21, mine ? "mine" : "lbl",
                    esc(os.get(i).name()), mine ? " ◀ yours" : ""));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"22\" fill=\"%s\"/>", left, y + 6, span * p.probability(), mine ? "#d95f02" : "#7570b3"));
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#222\" stroke-width=\"2\"/>", left + span * p.low(), left + span * p.high(), y + 17, y + 17));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"val\">%.1f%% [%.1f, %.1f]</text>", left + span * p.high() + 8, y + 21, 100 * p.probability(), 100 * p.low(), 100 * p.high()));
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, left, top, top + row * os.size()));
        b.append("</svg>");
        return b.toString();
    }

    /** The class's rung path by day with the key decisions as numbered markers. */
    static String timeline(Session s, Debrief d) {
        int[] rungs = d.teamRungs();
        Scenario sc = d.scenario();
        int top = sc.ladder().size() - 1;
        int w = 1000, h = 330, left = 210, right = 20, y0 = 20, y1 = h - 40;
        int days = Math.max(1, Math.max(rungs.length, d.lastDay() + 1));
        double dx = (w - left - right) / (double) Math.max(1, days);
        StringBuilder b = new StringBuilder();
        b.append("<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"100%\" role=\"img\" aria-label=\"Rung path and decisions\">");
        for (int r = 0; r <= top; r++) {
            double y = y1 - (y1 - y0) * r / (double) Math.max(1, top);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>", left, w - right, y, y));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%d %s</text>", left - 6, y + 4, r, esc(sc.ladder().get(r).name())));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < rungs.length; i++) {
            double y = y1 - (y1 - y0) * rungs[i] / (double) Math.max(1, top);
            path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", left + i * dx, y)).append(String.format(Locale.ROOT, " L%.1f %.1f ", left + (i + 1) * dx, y));
        }
        if (path.length() > 0) b.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#d95f02\" stroke-width=\"3\"/>");
        int n = 0;
        java.util.Map<Integer, Integer> onDay = new java.util.HashMap<>();
        for (String[] x : s.decisions) {
            int day = Integer.parseInt(x[0]);
            n++;
            // decisions of the same day side by side, so every number shows
            int k = onDay.merge(day, 1, Integer::sum) - 1;
            double cx = left + (day + 0.5) * dx + 22 * k;
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"10\" fill=\"%s\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"mk\">%d</text>",
                    cx, y1 + 22, x[1].equals("instructor") ? "#1b9e77" : "#7570b3", cx, y1 + 26, n));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\">day 0</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"tick\">day %d</text>", left, h - 2, w - right, h - 2, days - 1));
        b.append("</svg>");
        return b.toString();
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1060px;margin:2em auto;padding:0 1em;color:#1b1b1b;line-height:1.45}"
            + "h1{margin-bottom:0}.sub{color:#555;margin-top:.2em}.headline{font-size:1.35em;background:#fff4e8;border-left:6px solid #d95f02;padding:.6em .9em}"
            + ".note{color:#7a4b00}table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border-bottom:1px solid #ddd;padding:.4em .5em;text-align:left;vertical-align:top}"
            + "th{background:#f3f3f3}.num{text-align:right;white-space:nowrap}.small{color:#666;font-size:.85em}figure{margin:1.5em 0}img.chart{width:100%;height:auto}figcaption{color:#555;font-size:.9em}"
            + "svg text{font-family:inherit}svg .lbl{font-size:15px;fill:#222}svg .mine{font-size:15px;font-weight:bold;fill:#d95f02}svg .val{font-size:13px;fill:#333}"
            + "svg .tick{font-size:12px;fill:#444}svg .mk{font-size:11px;fill:#fff;font-weight:bold}pre{white-space:pre-wrap;font-size:.85em;background:#f7f7f7;padding:1em}"
            + "details{margin:1.5em 0}ol li{margin:.3em 0}td.mine{font-weight:bold;color:#d95f02}";
}
