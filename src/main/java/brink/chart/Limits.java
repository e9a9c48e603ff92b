package brink.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model leaves out, for the report's box: the bullets between the {@code limits:begin} and
 * {@code limits:end} markers of docs/MODEL.md (copied into the jar by the build), so the documentation and every
 * report say the same thing from one source.
 */
final class Limits {
  static final String RESOURCE = "/brink/docs/MODEL.md";

  /** One limit: its short title (the bullet's emphasised opening) and the rest of the bullet. */
  record Limit(String title, String text) {}

  private Limits() {}

  /** The limits, or an empty list when the jar carries no MODEL.md (the report then says so). */
  static List<Limit> read() {
    try (InputStream in = Limits.class.getResourceAsStream(RESOURCE)) {
      return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return List.of();
    }
  }

  static List<Limit> parse(String markdown) {
    int from = markdown.indexOf("<!-- limits:begin");
    int to = markdown.indexOf("<!-- limits:end");
    if (from < 0 || to < from) {
      return List.of();
    }
    String section = markdown.substring(markdown.indexOf("-->", from) + 3, to);
    List<Limit> out = new ArrayList<>();
    StringBuilder bullet = null;
    for (String line : section.split("\n")) {
      if (line.startsWith("- ")) {
        if (bullet != null) {
          out.add(limit(bullet.toString()));
        }
        bullet = new StringBuilder(line.substring(2).strip());
      } else if (bullet != null && line.startsWith("  ") && !line.isBlank()) {
        String part = line.strip();
        // a line broken after a dash or inside a word joins without a space
        bullet.append(bullet.charAt(bullet.length() - 1) == '–' ? "" : " ").append(part);
      } else if (bullet != null) {
        out.add(limit(bullet.toString()));
        bullet = null;
      }
    }
    if (bullet != null) {
      out.add(limit(bullet.toString()));
    }
    return List.copyOf(out);
  }

  /** "*Wars are not fought.* A use of force ..." splits into its title and text; Markdown marks become plain text. */
  private static Limit limit(String bullet) {
    if (bullet.startsWith("*")) {
      int end = bullet.indexOf('*', 1);
      if (end > 0) {
        return new Limit(plain(bullet.substring(1, end)).strip(), plain(bullet.substring(end + 1)).strip());
      }
    }
    return new Limit("", plain(bullet));
  }

  /** Emphasis, code and math marks removed: the box is plain prose. */
  static String plain(String md) {
    return md.replaceAll("\\*\\*?([^*]+)\\*\\*?", "$1").replace("`", "").replaceAll("\\$([^$]+)\\$", "$1")
        .replace("\\bar", "").replace("\\", "");
  }
}
