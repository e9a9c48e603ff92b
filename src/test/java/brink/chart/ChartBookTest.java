package brink.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartBookTest {
  @TempDir
  Path tmp;

  @Test
  void batchProducesEveryApplicableChartAndAReportThatEmbedsThem() throws Exception {
    Path dir = ChartFixtures.batch(tmp.resolve("batch"), 20, 30);

    List<Path> written = ChartBook.drawAll(dir);

    assertEquals(Set.of("outcomes", "time-to-escalation", "escalation-paths", "peak-rung", "talks", "drivers"),
        chartNames(dir));
    assertEquals(Set.copyOf(written), Set.copyOf(filesWritten(dir)));
    assertChartsAreValid(dir);
    String html = Files.readString(dir.resolve("report.html"));
    assertEquals(count(dir.resolve("charts"), ".png"), occurrences(html, "data:image/png;base64,"));
    assertOutcomeTableMatchesSummary(dir, html);
    assertNoTempFolder(dir);
  }

  @Test
  void sweepChartsAndTablesArePerPointWithNothingPooled() throws Exception {
    Path dir = ChartFixtures.sweep(tmp.resolve("sweep"), 5, 30);

    ChartBook.drawAll(dir);

    // no chart pools points that differ in their parameters; the swept parameters are the drivers
    assertEquals(Set.of("sweep", "sweep-heatmap", "drivers"), chartNames(dir));
    assertChartsAreValid(dir);
    String html = Files.readString(dir.resolve("report.html"));
    assertEquals(count(dir.resolve("charts"), ".png"), occurrences(html, "data:image/png;base64,"));
    assertFalse(html.contains("<table id=\"outcomes\">"), "no pooled outcome table");
    assertFalse(html.contains("<table id=\"rungs\">"), "no pooled rung table");
    String points = section(html, "<table id=\"points\">");
    assertEquals(6, occurrences(points, "<tr>") - 1, "one row per sweep point");
    // each cell carries its interval, and the table comes first
    assertTrue(Pattern.compile("<td class=\"num\">\\d+\\.\\d% \\(\\d+\\.\\d%–\\d+\\.\\d%\\)</td>").matcher(points).find(), points);
    assertTrue(html.indexOf("<table id=\"points\">") < html.indexOf("<figure"), "the per-point table leads");
  }

  @Test
  void reportIsSelfContainedEscapedAndLeadsWithTheAnswer() throws Exception {
    Path dir = ChartFixtures.batch(tmp.resolve("batch"), 20, 30);
    ObjectNode m = (ObjectNode) ChartFixtures.JSON.readTree(dir.resolve("manifest.json").toFile());
    // an older folder named files by their absolute path: the report must not repeat it
    m.put("scenarioFile", "/home/someone/brink/scenarios/nato-russia-2022-01.json");
    m.putArray("injects").add("/home/someone/talks.json");
    ChartFixtures.JSON.writeValue(dir.resolve("manifest.json").toFile(), m);
    ChartBook.drawAll(dir);
    String html = Files.readString(dir.resolve("report.html"));

    assertTrue(html.contains("NATO &amp; Russia &lt;January 2022&gt;"));
    assertFalse(html.contains("<January 2022>"));
    assertFalse(html.contains("<b>test</b>"), "scenario description is escaped");
    assertFalse(Pattern.compile("<(script|link)\\b").matcher(html).find(), "no scripts or stylesheets to fetch");
    assertFalse(Pattern.compile("src=\"(?!data:)").matcher(html).find(), "every image is embedded");
    assertTrue(html.contains("https://www.nato.int/"), "sources are listed");
    assertFalse(html.contains("INCOMPLETE"));
    // the variant is in the title: an override and an inject are named there
    String title = html.substring(html.indexOf("<title>"), html.indexOf("</title>"));
    assertTrue(title.contains("--set parameters.rationality=2") && title.contains("inject talks.json"), title);
    String h1 = html.substring(html.indexOf("<h1>"), html.indexOf("</h1>"));
    assertTrue(h1.contains("--set parameters.rationality=2"), h1);
    // no machine path anywhere
    assertFalse(html.contains("/home/someone"), "no absolute path");
    assertTrue(section(html, "<table id=\"settings\">").contains("nato-russia-2022-01.json"));
    // the answer first (likeliest outcome with its interval), then outcomes, limits, timing; the scenario last
    JsonNode summary = ChartFixtures.JSON.readTree(dir.resolve("summary.json").toFile());
    JsonNode likeliest = null;
    for (JsonNode o : summary.get("outcomes")) {
      if (likeliest == null || o.get("probability").asDouble() > likeliest.get("probability").asDouble()) likeliest = o;
    }
    String answer = html.substring(html.indexOf("<p class=\"answer\""), html.indexOf("</p>", html.indexOf("<p class=\"answer\"")));
    assertTrue(answer.contains(HtmlReport.esc(likeliest.get("name").asText())) && answer.contains(HtmlReport.pct(likeliest.get("probability").asDouble()))
        && answer.contains(HtmlReport.pct(likeliest.get("ci95").get(0).asDouble()) + "–" + HtmlReport.pct(likeliest.get("ci95").get(1).asDouble())), answer);
    int[] order = {html.indexOf("id=\"answer\""), html.indexOf("<table id=\"outcomes\">"), html.indexOf("<figure id=\"chart-outcomes\""),
        html.indexOf("id=\"limits\""), html.indexOf("<table id=\"rungs\">"), html.indexOf("<h2>Scenario</h2>"), html.indexOf("<table id=\"settings\">")};
    for (int i = 1; i < order.length; i++) assertTrue(order[i - 1] >= 0 && order[i - 1] < order[i], "section " + i + " out of order");
    // what the model leaves out: MODEL.md's limits, all of them
    String box = html.substring(html.indexOf("id=\"limits\""), html.indexOf("</aside>"));
    assertEquals(Limits.read().size(), occurrences(box, "<li>"));
    assertTrue(Limits.read().size() >= 5, "docs/MODEL.md lists the model's limits between its markers");
  }

  @Test
  void incompleteBatchShowsAWarning() throws Exception {
    Path dir = ChartFixtures.batch(tmp.resolve("batch"), 20, 30);
    ObjectNode manifest = (ObjectNode) ChartFixtures.JSON.readTree(dir.resolve("manifest.json").toFile());
    manifest.put("complete", false);
    ChartFixtures.JSON.writeValue(dir.resolve("manifest.json").toFile(), manifest);

    ChartBook.drawAll(dir);

    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("class=\"warning\" role=\"alert\">Warning: this batch is INCOMPLETE"));
  }

  @Test
  void missingSummaryFailsNamingItAndWritesNothing() throws Exception {
    Path dir = ChartFixtures.batch(tmp.resolve("batch"), 20, 30);
    Files.delete(dir.resolve("summary.json"));

    ChartException e = assertThrows(ChartException.class, () -> ChartBook.drawAll(dir));

    assertTrue(e.getMessage().contains("summary.json"), e.getMessage());
    assertNothingWritten(dir);
  }

  @Test
  void corruptRunsFailsNamingFileLineAndColumnAndWritesNothing() throws Exception {
    Path dir = ChartFixtures.batch(tmp.resolve("batch"), 20, 30);
    List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
    lines.set(3, lines.get(3).replaceFirst("^(\\d+,\\d+,[a-z-]+,)\\d+,", "$1abc,"));
    Files.write(dir.resolve("runs.csv"), lines);

    ChartException e = assertThrows(ChartException.class, () -> ChartBook.drawAll(dir));

    assertTrue(e.getMessage().contains("runs.csv line 4, column 'peak_rung'"), e.getMessage());
    assertNothingWritten(dir);
  }

  @Test
  void missingRequiredColumnFailsNamingIt() throws Exception {
    Path dir = ChartFixtures.batch(tmp.resolve("batch"), 20, 30);
    String daily = Files.readString(dir.resolve("daily.csv"));
    Files.writeString(dir.resolve("daily.csv"), daily.replaceFirst("^day,", "dag,"));

    ChartException e = assertThrows(ChartException.class, () -> ChartBook.drawAll(dir));

    assertEquals("daily.csv: required column 'day' is missing", e.getMessage());
    assertNothingWritten(dir);
  }

  @Test
  void failureKeepsThePreviousChartsAndSuccessReplacesThemWhole() throws Exception {
    Path dir = ChartFixtures.batch(tmp.resolve("batch"), 20, 30);
    ChartBook.drawAll(dir);
    Files.writeString(dir.resolve("charts").resolve("stale.png"), "old");
    String report = Files.readString(dir.resolve("report.html"));

    Files.writeString(dir.resolve("summary.json"), "{\"scenario\": ");
    ChartException e = assertThrows(ChartException.class, () -> ChartBook.drawAll(dir));
    assertTrue(e.getMessage().startsWith("summary.json is not valid JSON"), e.getMessage());
    assertTrue(Files.exists(dir.resolve("charts").resolve("stale.png")));
    assertEquals(report, Files.readString(dir.resolve("report.html")));

    ChartFixtures.batch(dir, 20, 30);
    ChartBook.drawAll(dir);
    assertFalse(Files.exists(dir.resolve("charts").resolve("stale.png")));
    assertNoTempFolder(dir);
  }

  private static void assertChartsAreValid(Path dir) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
      for (Path f : files.toList()) {
        if (f.toString().endsWith(".png")) {
          BufferedImage image = ImageIO.read(f.toFile());
          assertNotNull(image, f + " decodes");
          assertEquals(1600, image.getWidth(), f.toString());
          assertEquals(900, image.getHeight(), f.toString());
        } else {
          Document svg = factory.newDocumentBuilder().parse(f.toFile());
          assertEquals("svg", svg.getDocumentElement().getLocalName() == null
              ? svg.getDocumentElement().getTagName() : svg.getDocumentElement().getLocalName(), f.toString());
        }
      }
    }
  }

  /** Every outcome of summary.json has a row with its probability and interval as printed by the report. */
  private static void assertOutcomeTableMatchesSummary(Path dir, String html) throws IOException {
    JsonNode summary = ChartFixtures.JSON.readTree(dir.resolve("summary.json").toFile());
    String table = section(html, "<table id=\"outcomes\">");
    assertEquals(summary.get("outcomes").size(), occurrences(table, "<tr") - 1);
    assertEquals(1, occurrences(table, "<tr class=\"main\">"), "the likeliest outcome is marked");
    for (JsonNode o : summary.get("outcomes")) {
      Matcher row = Pattern.compile("<tr[^>]*><td><span[^>]*></span>" + Pattern.quote(HtmlReport.esc(o.get("name").asText()))
          + "</td>(?:(?!</tr>).)*</tr>").matcher(table);
      assertTrue(row.find(), "row for " + o.get("id"));
      String expected = "<td class=\"num\">" + HtmlReport.pct(o.get("probability").asDouble()) + "</td><td class=\"num\">"
          + HtmlReport.pct(o.get("ci95").get(0).asDouble()) + " – " + HtmlReport.pct(o.get("ci95").get(1).asDouble());
      assertTrue(row.group().contains(expected), row.group() + " should contain " + expected);
    }
  }

  private static void assertNothingWritten(Path dir) throws IOException {
    assertFalse(Files.exists(dir.resolve("charts")), "no charts folder");
    assertFalse(Files.exists(dir.resolve("report.html")), "no report");
    assertNoTempFolder(dir);
  }

  private static void assertNoTempFolder(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".charts-")), "no temp folder left");
    }
  }

  private static Set<String> chartNames(Path dir) throws IOException {
    Set<String> png = new TreeSet<>();
    Set<String> svg = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        (name.endsWith(".png") ? png : svg).add(name.replaceFirst("\\.(png|svg)$", ""));
      }
    }
    assertEquals(png, svg, "every chart in both formats");
    return png;
  }

  private static List<Path> filesWritten(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
      List<Path> all = new ArrayList<>(files.toList());
      all.add(dir.resolve("report.html"));
      return all;
    }
  }

  private static long count(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).count();
    }
  }

  private static String section(String html, String start) {
    int from = html.indexOf(start);
    assertTrue(from >= 0, start);
    return html.substring(from, html.indexOf("</table>", from)).replace("\n", "");
  }

  private static int occurrences(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
