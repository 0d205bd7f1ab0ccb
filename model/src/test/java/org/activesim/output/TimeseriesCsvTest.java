package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activesim.core.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeseriesCsvTest {

  private static final int ALL_Q = Recording.ALL_QUINTILES;

  /** Two places, two metrics, two weeks; values set out of order to check the writer's order. */
  static Recording tiny(List<String> places) {
    Recording.Builder b = new Recording.Builder(places, List.of("inactive_share", "groups"));
    int all = places.size();
    b.beginWeek(0);
    b.set(all, ALL_Q, 1, 3);
    b.set(all, ALL_Q, 0, 0.27);
    b.set(1, ALL_Q, 1, 0);
    b.set(1, ALL_Q, 0, 0.1 + 0.2);
    b.set(0, ALL_Q, 1, 3);
    b.set(0, ALL_Q, 0, 0.25);
    b.set(0, 0, 0, 0.2751);
    b.beginWeek(1);
    b.set(all, 0, 0, 0.27);
    b.set(all, ALL_Q, 0, 0.26);
    b.set(all, ALL_Q, 1, 1503494.0);
    b.set(1, 4, 0, 1e-9);
    b.set(0, ALL_Q, 0, 0.248);
    b.set(0, ALL_Q, 1, 4);
    b.set(0, 0, 0, 0.27);
    return b.build(Map.of());
  }

  private static String csv(Recording recording) throws IOException {
    StringBuilder out = new StringBuilder();
    TimeseriesCsv.write(recording, out);
    return out.toString();
  }

  @Test
  void headerIsExact() throws IOException {
    String text = csv(tiny(List.of("Basildon", "Tendring")));
    assertTrue(text.startsWith("week,place,quintile,metric,value\n"), text);
  }

  @Test
  void tinyRecordingGivesGoldenRowsAndSkipsNaN() throws IOException {
    String expected =
        """
        week,place,quintile,metric,value
        0,Basildon,Q1,inactive_share,0.2751
        0,Basildon,ALL,inactive_share,0.25
        0,Basildon,ALL,groups,3
        0,Tendring,ALL,inactive_share,0.3
        0,Tendring,ALL,groups,0
        0,ALL,ALL,inactive_share,0.27
        0,ALL,ALL,groups,3
        1,Basildon,Q1,inactive_share,0.27
        1,Basildon,ALL,inactive_share,0.248
        1,Basildon,ALL,groups,4
        1,Tendring,Q5,inactive_share,0
        1,ALL,Q1,inactive_share,0.27
        1,ALL,ALL,inactive_share,0.26
        1,ALL,ALL,groups,1503494
        """;
    assertEquals(expected, csv(tiny(List.of("Basildon", "Tendring"))));
  }

  @Test
  void placeNameWithCommaIsQuotedAndOthersAreNot() throws IOException {
    String text = csv(tiny(List.of("Basildon", "Tendring, Clacton")));
    assertTrue(text.contains("\n0,\"Tendring, Clacton\",ALL,groups,0\n"), text);
    assertTrue(text.contains("\n0,Basildon,ALL,groups,3\n"), text);
    assertFalse(text.contains("\r"), "line endings must be \\n only");
  }

  @Test
  void writesTheSameBytesToAFileInAnyDefaultLocale(@TempDir Path dir) throws IOException {
    Recording recording = tiny(List.of("Basildon", "Tendring"));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY); // decimal comma
      TimeseriesCsv.write(recording, dir.resolve("de.csv"));
    } finally {
      Locale.setDefault(saved);
    }
    assertEquals(csv(recording), Files.readString(dir.resolve("de.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void infiniteValueIsRejected() {
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of("residents"));
    b.beginWeek(0);
    b.set(0, ALL_Q, 0, Double.POSITIVE_INFINITY);
    Recording recording = b.build(Map.of());
    assertThrows(IllegalArgumentException.class, () -> csv(recording));
  }

  @Test
  void numberFormat() {
    assertEquals("0.3", Numbers.format(0.1 + 0.2));
    assertEquals("0", Numbers.format(1e-9));
    assertEquals("0", Numbers.format(-1e-9));
    assertEquals("0", Numbers.format(-0.0));
    assertEquals("0", Numbers.format(0));
    assertEquals("1503494", Numbers.format(1503494.0));
    assertEquals("0.2751", Numbers.format(0.2751));
    assertEquals("-0.2751", Numbers.format(-0.2751));
    assertEquals("-1503494.5", Numbers.format(-1503494.5));
    assertEquals("0.000001", Numbers.format(1e-6));
    assertEquals("0.333333", Numbers.format(1.0 / 3));
    assertEquals("0.666667", Numbers.format(2.0 / 3));
    assertEquals("-0.666667", Numbers.format(-2.0 / 3));
    // Large values stay plain, never 1.0E20.
    assertEquals("100000000000000000000", Numbers.format(1e20));
    assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NaN));
  }
}
