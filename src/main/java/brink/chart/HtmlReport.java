package brink.chart;

import brink.chart.Results.Outcome;
import brink.chart.Results.Rung;
import brink.chart.Results.Source;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One self-contained HTML file: inline CSS, charts as base64 PNG data URIs, nothing fetched from a network. */
final class HtmlReport {
  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;
        max-width:1200px;padding:24px 32px 64px;color:#222;background:#fff;line-height:1.45}
      h1{font-size:2.1em;margin:.2em 0}
      h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
      table{border-collapse:collapse;margin:1em 0;font-size:.95em}
      th,td{border:1px solid #ccc;padding:.35em .7em;text-align:left;vertical-align:top}
      th{background:#f2f2f2}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      .meta{color:#555}
      .warning{border:3px solid #b35806;background:#fff3e0;color:#6b3000;padding:.8em 1.2em;font-weight:bold;
        font-size:1.15em;margin:1em 0}
      figure{margin:2em 0}
      figure img{width:100%;height:auto;border:1px solid #ddd}
      figcaption{color:#444;margin-top:.4em}
      .swatch{display:inline-block;width:1em;height:1em;border:1px solid #444;vertical-align:middle;margin-right:.4em}
      """;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private HtmlReport() {}

  static String render(Results r, ChartStyle style, List<Figure> figures, Map<String, byte[]> pngs) {
    StringBuilder h = new StringBuilder(1 << 20);
    String title = r.scenario().title();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append(" — Brink report</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">");
    List<String> meta = new ArrayList<>();
    if (!r.scenario().id().isEmpty()) {
      meta.add("Scenario " + r.scenario().id());
    }
    if (r.scenario().startDate() != null) {
      meta.add("starts " + DAY.format(r.scenario().startDate()));
    }
    meta.add(r.scenario().horizonDays() + "-day horizon");
    meta.add(String.format(Locale.ROOT, "%,d runs", r.runs()));
    h.append(esc(String.join(" · ", meta))).append("</p>\n");
    if (!r.complete()) {
      h.append("<div class=\"warning\" role=\"alert\">Warning: this batch is INCOMPLETE (manifest.json says "
          + "\"complete\": false). Results cover only the runs that finished and may be biased.</div>\n");
    }
    int failed = r.manifest().path("failedRuns").asInt(0);
    if (failed > 0) {
      h.append("<div class=\"warning\">").append(failed)
          .append(" run(s) failed and are left out of the charts; see the error column of runs.csv.</div>\n");
    }

    h.append("<h2>Scenario</h2>\n");
    for (String para : r.scenario().description().split("\\n\\s*\\n")) {
      if (!para.isBlank()) {
        h.append("<p>").append(esc(para.strip())).append("</p>\n");
      }
    }
    if (!r.scenario().sources().isEmpty()) {
      h.append("<h3>Sources</h3>\n<ol>\n");
      for (Source s : r.scenario().sources()) {
        h.append("<li>");
        if (!s.id().isEmpty()) {
          h.append("<strong>[").append(esc(s.id())).append("]</strong> ");
        }
        h.append(esc(s.citation()));
        if (!s.url().isEmpty()) {
          h.append(' ').append(link(s.url()));
        }
        h.append("</li>\n");
      }
      h.append("</ol>\n");
    }

    h.append("<h2>Run settings</h2>\n<table>\n<tr><th>Setting</th><th>Value</th></tr>\n");
    r.manifest().properties().forEach(f ->
        h.append("<tr><th>").append(esc(f.getKey())).append("</th><td>").append(esc(value(f.getValue())))
            .append("</td></tr>\n"));
    h.append("</table>\n");

    h.append("<h2>Outcomes</h2>\n<table id=\"outcomes\">\n<tr><th>Outcome</th><th>Id</th><th>Rung</th>")
        .append("<th>Runs</th><th>Probability</th><th>95% interval</th></tr>\n");
    for (Outcome o : r.outcomes().stream().sorted(Comparator.comparingInt(Outcome::rung)).toList()) {
      h.append("<tr><td>").append(swatch(style, o.rung())).append(esc(o.name())).append("</td><td>")
          .append(esc(o.id())).append("</td><td class=\"num\">").append(o.rung()).append("</td><td class=\"num\">")
          .append(o.count()).append("</td><td class=\"num\">").append(pct(o.probability()))
          .append("</td><td class=\"num\">").append(pct(o.low())).append(" – ").append(pct(o.high()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<p class=\"meta\">Main outcome: ").append(esc(r.mainOutcome().name())).append("</p>\n");

    h.append("<h2>Escalation ladder</h2>\n<table id=\"rungs\">\n<tr><th>Rung</th><th>Name</th>")
        .append("<th>Probability reached</th><th>95% interval</th><th>Median day reached</th></tr>\n");
    for (Rung g : r.rungs()) {
      h.append("<tr><td class=\"num\">").append(g.rung()).append("</td><td>").append(swatch(style, g.rung()))
          .append(esc(g.name())).append("</td><td class=\"num\">").append(pct(g.probabilityReached()))
          .append("</td><td class=\"num\">").append(pct(g.low())).append(" – ").append(pct(g.high()))
          .append("</td><td>").append(esc(median(r, g.medianDay()))).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Charts</h2>\n");
    for (Figure f : figures) {
      h.append("<figure id=\"chart-").append(esc(f.name())).append("\">\n<img alt=\"").append(esc(f.title()))
          .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(pngs.get(f.name())))
          .append("\">\n<figcaption><strong>").append(esc(f.title())).append(".</strong> ").append(esc(f.caption()))
          .append(" (Also in charts/").append(esc(f.name())).append(".svg.)</figcaption>\n</figure>\n");
    }

    r.sweep().ifPresent(sweep -> {
      h.append("<h2>Sweep points</h2>\n<table id=\"points\">\n<tr>");
      sweep.table().header.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
      h.append("</tr>\n");
      for (int i = 0; i < sweep.table().size(); i++) {
        h.append("<tr>");
        for (String cell : sweep.table().row(i)) {
          h.append("<td>").append(esc(cell)).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</table>\n");
    });
    h.append("<p class=\"meta\">Generated by Brink from manifest.json, summary.json, runs.csv and daily.csv")
        .append(r.sweep().isPresent() ? ", points.csv" : "").append(" in this folder.</p>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The format of every probability in the report tables: one decimal, in percent. */
  static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p * 100);
  }

  private static String median(Results r, Double day) {
    if (day == null) {
      return "not reached by half the runs";
    }
    String text = day == Math.rint(day) ? "day " + day.longValue() : String.format(Locale.ROOT, "day %.1f", day);
    if (r.scenario().startDate() != null) {
      text += " (" + DAY.format(r.scenario().startDate().plusDays((long) Math.floor(day))) + ")";
    }
    return text;
  }

  private static String swatch(ChartStyle style, int rung) {
    return String.format("<span class=\"swatch\" style=\"background:#%06x\"></span>", style.rung(rung).getRGB() & 0xFFFFFF);
  }

  /** Only web links become clickable, so that a crafted url cannot run script in the reader's browser. */
  private static String link(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      return "<a href=\"" + esc(url) + "\">" + esc(url) + "</a>";
    }
    return esc(url);
  }

  private static String value(JsonNode v) {
    if (v.isNull()) {
      return "—";
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray() && v.isEmpty()) {
      return "none";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
      return String.join(", ", items);
    }
    return v.toString();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
