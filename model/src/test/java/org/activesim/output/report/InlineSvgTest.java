package org.activesim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chart files made fit for the page, and files that are refused. */
class InlineSvgTest {

  private static final String CHART =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg xmlns:xlink="http://www.w3.org/1999/xlink" height="600px" version="1.1" viewBox="0 0 1000 600" width="1000px" x="0px" y="0px" xmlns="http://www.w3.org/2000/svg">
        <defs><clipPath id="clip1"><rect height="499.078125" width="743.109375" x="74.8125" y="41.46875"/></clipPath></defs>
        <g clip-path="url(#clip1)"><path d="M-10.734375,-5.8125 L-4.578125,-3.53125"/></g>
        %s
      </svg>
      """;

  @TempDir Path tmp;

  private Optional<String> inline(String extra) throws IOException {
    Path file = tmp.resolve("chart.svg");
    Files.writeString(file, CHART.formatted(extra), StandardCharsets.UTF_8);
    return InlineSvg.of(file, "f7-", "A chart of <things> & \"stuff\"");
  }

  @Test
  void aChartIsMadeFitForThePage() throws IOException {
    String svg = inline("").orElseThrow();
    assertTrue(svg.startsWith("<svg version=\"1.1\" viewBox=\"0 0 1000 600\" role=\"img\""), svg);
    assertFalse(svg.contains("<?xml") || svg.contains("DOCTYPE") || svg.contains("http"), svg);
    assertFalse(svg.contains("width=\"1000px\""), svg);
    assertTrue(
        svg.contains(
            "<title id=\"f7-title\">A chart of &lt;things&gt; &amp; &quot;stuff&quot;</title>"),
        svg);
    assertTrue(svg.contains("aria-label=\"A chart of &lt;things&gt;"), svg);
    assertTrue(svg.contains("id=\"f7-clip1\"") && svg.contains("url(#f7-clip1)"), svg);
    assertTrue(svg.contains("d=\"M-10.73,-5.81 L-4.57,-3.53\""), svg);
    assertTrue(svg.contains("x=\"74.81\""), svg);
  }

  @Test
  void anEmbeddedPngIsKept() throws IOException {
    assertTrue(inline("<image xlink:href=\"data:image/png;base64,iVBORw0KGgo=\"/>").isPresent());
  }

  @Test
  void scriptsHandlersAndOutsideLinksAreRefused() throws IOException {
    for (String bad :
        new String[] {
          "<script>alert(1)</script>",
          "<g onload=\"alert(1)\"/>",
          "<foreignObject><p>x</p></foreignObject>",
          "<image href=\"https://example.org/x.png\"/>",
          "<image xlink:href=\"file:///etc/passwd\"/>",
          "<rect style=\"fill:url(http://example.org/#p)\"/>",
          "<a href=\"javascript:alert(1)\"/>"
        }) {
      assertEquals(Optional.empty(), inline(bad), bad);
    }
  }

  @Test
  void aMissingFileIsNoChart() throws IOException {
    assertEquals(Optional.empty(), InlineSvg.of(tmp.resolve("none.svg"), "f1-", "x"));
  }
}
