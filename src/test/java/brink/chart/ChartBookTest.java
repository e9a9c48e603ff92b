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
  void sweepAddsLineAndHeatMapChartsAndThePointsTable() throws Exception {
    Path dir = ChartFixtures.sweep(tmp.resolve("sweep"), 5, 30);

    ChartBook.drawAll(dir);

    assertEquals(Set.of("outcomes", "time-to-escalation", "escalation-paths", "peak-rung", "talks", "sweep",
        "sweep-heatmap"), chartNames(dir));
    assertChartsAreValid(dir);
    String html = Files.readString(dir.resolve("report.html"));
    assertEquals(count(dir.resolve("charts"), ".png"), occurrences(html, "data:image/png;base64,"));
    assertOutcomeTableMatchesSummary(dir, html);
    assertTrue(html.contains("<table id=\"points\">"));
    assertEquals(6, occurrences(section(html, "<table id=\"points\">"), "<tr>") - 1, "one row per sweep point");
  }

  @Test
  void reportIsSelfContainedEscapedAndListsEveryManifestField() throws Exception {
    Path dir = ChartFixtures.batch(tmp.resolve("batch"), 20, 30);
    ChartBook.drawAll(dir);
    String html = Files.readString(dir.resolve("report.html"));

    assertTrue(html.contains("NATO &amp; Russia &lt;January 2022&gt;"));
    assertFalse(html.contains("<January 2022>"));
    assertFalse(html.contains("<b>test</b>"), "scenario description is escaped");
    assertFalse(Pattern.compile("<(script|link)\\b").matcher(html).find(), "no scripts or stylesheets to fetch");
    assertFalse(Pattern.compile("src=\"(?!data:)").matcher(html).find(), "every image is embedded");
    assertTrue(html.contains("https://www.nato.int/"), "sources are listed");
    JsonNode manifest = ChartFixtures.JSON.readTree(dir.resolve("manifest.json").toFile());
    manifest.fieldNames().forEachRemaining(f -> assertTrue(html.contains("<th>" + f + "</th>"), f));
    assertFalse(html.contains("INCOMPLETE"));
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
    assertEquals(summary.get("outcomes").size(), occurrences(table, "<tr>") - 1);
    for (JsonNode o : summary.get("outcomes")) {
      Matcher row = Pattern.compile("<tr>(?:(?!</tr>).)*<td>" + Pattern.quote(o.get("id").asText())
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
