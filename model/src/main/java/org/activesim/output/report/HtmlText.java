package org.activesim.output.report;

/**
 * Text made safe for HTML. Everything the report shows that comes from a file (scenario, place and
 * lever names, comments, values, commands) passes through {@link #escape}, so a scenario named
 * {@code <script>} shows as text and never runs.
 */
final class HtmlText {

  private HtmlText() {}

  /**
   * The text with {@code & < > " '} replaced by character references: safe in element content and
   * in quoted attribute values. Control characters other than tab and line breaks become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
