package org.activesim.output.report;

import java.util.List;

/**
 * The page being written: one HTML document with its styles inline, readable on a phone (one
 * column, tables that scroll sideways, charts that shrink) and printable to A4 (page size, margins,
 * no figure or table row split across pages). Text passed to the methods is escaped here; only
 * {@link #raw} takes markup.
 */
final class ReportPage {

  /**
   * Black on white with dark grey rules (contrast above 7:1); the accent is Okabe–Ito blue
   * (#0072B2, 5.1:1 on white), used for rules only, never as the only carrier of meaning.
   */
  private static final String STYLE =
      """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #ffffff; color: #1a1a1a;
        font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
      main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
      h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
      h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-top: 0.5rem;
        border-top: 3px solid #0072b2; }
      h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
      p, li { max-width: 42rem; }
      .headline { font-size: 1.15rem; padding: 0.75rem 1rem; background: #f3f6f9;
        border-left: 6px solid #0072b2; }
      .note { color: #333333; font-size: 0.95rem; }
      .table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
      table { border-collapse: collapse; font-size: 0.9rem; min-width: 100%; }
      caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
      th, td { border-bottom: 1px solid #767676; padding: 0.3rem 0.5rem; text-align: left;
        vertical-align: top; }
      th { background: #eeeeee; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em;
        overflow-wrap: anywhere; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3;
        padding: 0.5rem; }
      figure { margin: 1rem 0 1.5rem; }
      figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
      figcaption { font-size: 0.95rem; color: #333333; margin-top: 0.25rem; }
      .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em;
        vertical-align: baseline; border: 1px solid #1a1a1a; }
      @media (max-width: 40rem) {
        body { font-size: 15px; }
        main { padding: 0.5rem; }
        th, td { padding: 0.25rem 0.3rem; }
      }
      @page { size: A4; margin: 15mm; }
      @media print {
        body { font-size: 10pt; }
        main { max-width: none; padding: 0; }
        h2 { break-after: avoid; }
        figure, tr { break-inside: avoid; }
        .table-wrap { overflow: visible; }
        table { font-size: 8.5pt; }
      }
      """;

  private final StringBuilder body = new StringBuilder(1 << 16);
  private final String title;
  private int figures;

  ReportPage(String title) {
    this.title = title;
  }

  /** A heading, level 2 or 3 (level 1 is the title). */
  ReportPage heading(int level, String text) {
    body.append("<h").append(level).append('>').append(HtmlText.escape(text));
    body.append("</h").append(level).append(">\n");
    return this;
  }

  /** A paragraph of plain text. */
  ReportPage paragraph(String text) {
    return raw("<p>" + HtmlText.escape(text) + "</p>\n");
  }

  /** A paragraph of plain text with a CSS class. */
  ReportPage paragraph(String cssClass, String text) {
    return raw("<p class=\"" + cssClass + "\">" + HtmlText.escape(text) + "</p>\n");
  }

  /** A bulleted list of plain-text items. */
  ReportPage list(List<String> items) {
    body.append("<ul>\n");
    items.forEach(i -> body.append("<li>").append(HtmlText.escape(i)).append("</li>\n"));
    body.append("</ul>\n");
    return this;
  }

  /**
   * A table; cells that look like numbers are right-aligned. Every header and cell is plain text.
   */
  ReportPage table(String caption, List<String> header, List<List<String>> rows) {
    body.append("<div class=\"table-wrap\"><table>\n<caption>");
    body.append(HtmlText.escape(caption)).append("</caption>\n<thead><tr>");
    header.forEach(
        h -> body.append("<th scope=\"col\">").append(HtmlText.escape(h)).append("</th>"));
    body.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        String cell = HtmlText.escape(row.get(c));
        if (c == 0) {
          body.append("<th scope=\"row\">").append(cell).append("</th>");
        } else {
          body.append(looksNumeric(row.get(c)) ? "<td class=\"num\">" : "<td>");
          body.append(cell).append("</td>");
        }
      }
      body.append("</tr>\n");
    }
    body.append("</tbody></table></div>\n");
    return this;
  }

  private static boolean looksNumeric(String cell) {
    return cell.matches("[−+£0-9.,%() a-z–]*") && cell.matches(".*\\d.*|–");
  }

  /** The prefix of the next figure's element ids, unique in the page. */
  String nextFigureId() {
    figures++;
    return "f" + figures + "-";
  }

  /** A figure: inline SVG markup (already safe) and a plain-text caption. */
  ReportPage figure(String svg, String caption) {
    body.append("<figure>\n").append(svg);
    body.append("<figcaption>").append(HtmlText.escape(caption)).append("</figcaption>\n");
    body.append("</figure>\n");
    return this;
  }

  /** Markup as it is: only for markup built from escaped text. */
  ReportPage raw(String html) {
    body.append(html);
    return this;
  }

  /** The whole document. */
  String html() {
    String t = HtmlText.escape(title);
    return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"ActiveSim\">\n"
        + "<title>"
        + t
        + "</title>\n<style>\n"
        + STYLE
        + "</style>\n</head>\n<body>\n<main>\n<h1>"
        + t
        + "</h1>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }
}
