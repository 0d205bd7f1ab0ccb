package org.activesim.output.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's SVG file made fit to sit inside the report's HTML: the XML prolog, DOCTYPE and
 * namespace declarations go (HTML puts {@code <svg>} in the SVG namespace itself), the fixed width
 * and height give way to the view box so that the chart shrinks with the page, element ids get a
 * per-figure prefix (the charts all name their clip paths alike), coordinates are cut to two
 * decimals (a hundredth of a pixel at the chart's 1000-pixel width; XChart's SVGs draw their text
 * as outlines and are mostly coordinates, so this roughly halves them), and a {@code <title>}, a
 * role and an {@code aria-label} carry the alt text.
 *
 * <p>Only what the charts draw is let through: a file with a script, an event handler, a foreign
 * object, or a link that is not to its own ids or to a {@code data:image/png} is refused, so the
 * report stays one self-contained file whatever lies in the folder.
 */
final class InlineSvg {

  private static final Pattern PROLOG = Pattern.compile("\\A\\s*<\\?xml[^>]*\\?>\\s*");
  private static final Pattern DOCTYPE = Pattern.compile("\\A<!DOCTYPE[^>]*>\\s*");
  private static final Pattern XMLNS = Pattern.compile("\\s+xmlns(?::\\w+)?=\"[^\"]*\"");
  private static final Pattern SIZE = Pattern.compile("\\s+(?:width|height|x|y)=\"[^\"]*\"");
  private static final Pattern SVG_OPEN = Pattern.compile("\\A<svg\\b[^>]*>");
  private static final Pattern DECIMALS = Pattern.compile("(\\d\\.\\d{2})\\d+");
  private static final Pattern UNSAFE =
      Pattern.compile(
          "<script|<foreignObject|<iframe|<object|<embed|\\son\\w+\\s*=|javascript:|"
              + "<!ENTITY|<\\?|@import",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK =
      Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"|url\\(\\s*([^)]*)\\)");

  private InlineSvg() {}

  /**
   * The chart in {@code file} as an inline {@code <svg>} element, or empty if the file is missing
   * or not a chart the report can embed.
   *
   * @param idPrefix a prefix unique in the page, e.g. {@code f3-}
   * @param label the chart's alt text: what it shows, in one sentence
   */
  static Optional<String> of(Path file, String idPrefix, String label) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String svg = Files.readString(file, StandardCharsets.UTF_8);
    svg = PROLOG.matcher(svg).replaceFirst("");
    svg = DOCTYPE.matcher(svg).replaceFirst("");
    Matcher open = SVG_OPEN.matcher(svg);
    if (!open.find() || UNSAFE.matcher(svg).find() || !linksStayInside(svg)) {
      return Optional.empty();
    }
    String attributes = open.group().substring(4, open.group().length() - 1);
    attributes = XMLNS.matcher(attributes).replaceAll("");
    attributes = SIZE.matcher(attributes).replaceAll("").strip();
    String body = svg.substring(open.end());
    body = body.replace("id=\"", "id=\"" + idPrefix);
    body = body.replace("url(#", "url(#" + idPrefix);
    body = body.replace("href=\"#", "href=\"#" + idPrefix);
    body = DECIMALS.matcher(body).replaceAll("$1");
    String label1 = HtmlText.escape(label);
    String titleId = idPrefix + "title";
    return Optional.of(
        "<svg "
            + attributes
            + " role=\"img\" aria-labelledby=\""
            + titleId
            + "\" aria-label=\""
            + label1
            + "\"><title id=\""
            + titleId
            + "\">"
            + label1
            + "</title>"
            + body.strip()
            + "\n");
  }

  /** Every link points at an id of the same SVG or at an embedded PNG. */
  private static boolean linksStayInside(String svg) {
    Matcher m = LINK.matcher(svg);
    while (m.find()) {
      String target = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      target = target.replace("'", "").replace("\"", "").toLowerCase(Locale.ROOT);
      if (!target.startsWith("#") && !target.startsWith("data:image/png;base64,")) {
        return false;
      }
    }
    return true;
  }
}
