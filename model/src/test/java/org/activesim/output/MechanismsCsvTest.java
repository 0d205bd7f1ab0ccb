package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.Mechanism;
import org.activesim.core.Recording;
import org.activesim.scenario.PopulationSpec;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class MechanismsCsvTest {

  private static final String HEADER =
      "week,place,quintile,age_band,condition,mechanism,transitions\n";

  private static String csv(Recording recording) throws IOException {
    StringBuilder out = new StringBuilder();
    MechanismsCsv.write(recording, out);
    return out.toString();
  }

  /** Data rows of a CSV text, fields named by its header. */
  static List<CSVRecord> rows(String text) throws IOException {
    return CsvFiles.FORMAT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void headerIsExact() throws IOException {
    assertTrue(csv(TestRecordings.withLevers(true)).startsWith(HEADER));
    assertEquals(HEADER, csv(TestRecordings.withLevers(false)), "no moves, header only");
  }

  /** Cells added out of order, one of them twice, and one in week 0, which is not written. */
  @Test
  void tinyRecordingGivesGoldenRows() throws IOException {
    Recording.Builder b =
        new Recording.Builder(List.of("Basildon", "Tendring, Clacton"), List.of());
    b.beginWeek(0);
    b.addMechanism(0, 0, 0, 0, Mechanism.PEER, 5);
    b.beginWeek(4);
    b.addMechanism(1, 4, 3, 1, Mechanism.MOTIVATION, 0.1 + 0.2);
    b.addMechanism(0, 0, 1, 0, Mechanism.REFERRAL, 2);
    b.addMechanism(0, 0, 1, 0, Mechanism.BASELINE, 7);
    b.addMechanism(0, 0, 0, 1, Mechanism.GROUP, 1);
    b.addMechanism(0, 0, 0, 1, Mechanism.GROUP, 1);
    b.beginWeek(8);
    b.addMechanism(0, 2, 2, 1, Mechanism.TRAVEL, 1503494);
    assertEquals(
        HEADER
            + """
            4,Basildon,Q1,16-34,with,group,2
            4,Basildon,Q1,35-54,without,baseline,7
            4,Basildon,Q1,35-54,without,referral,2
            4,"Tendring, Clacton",Q5,75+,with,motivation,0.3
            8,Basildon,Q3,55-74,with,travel,1503494
            """,
        csv(b.build(Map.of())));
  }

  @Test
  void oneRowPerNonZeroCellAfterWeekZero() throws IOException {
    Recording r = TestRecordings.withLevers(true);
    int cells = 0;
    for (int w = 1; w < r.weekCount(); w++) {
      for (int p = 0; p < r.places().size(); p++) {
        for (int q = 0; q < Quintiles.COUNT; q++) {
          for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
            for (int c = 0; c < 2; c++) {
              for (Mechanism m : Mechanism.values()) {
                cells += r.mechanismTransitions(w, p, q, a, c, m) > 0 ? 1 : 0;
              }
            }
          }
        }
      }
    }
    assertTrue(cells > 100, "the test recording has a fair number of cells: " + cells);
    assertEquals(cells, rows(csv(r)).size());
  }

  @Test
  void sumsPerPlaceAndQuintileEqualMovedUp() throws IOException {
    Recording r = TestRecordings.withLevers(true);
    Map<String, Double> sums = new HashMap<>();
    for (CSVRecord row : rows(csv(r))) {
      sums.merge(
          row.get("week") + "/" + row.get("place") + "/" + row.get("quintile"),
          Double.parseDouble(row.get("transitions")),
          Double::sum);
    }
    int movedUp = r.metricIndex("moved_up");
    int checked = 0;
    for (int w = 1; w < r.weekCount(); w++) {
      for (int p = 0; p < r.places().size(); p++) {
        for (int q = 0; q < Quintiles.COUNT; q++) {
          String key = r.week(w) + "/" + r.places().get(p) + "/" + Quintiles.code(q);
          double expected = r.value(w, p, q, movedUp);
          assertEquals(expected, sums.getOrDefault(key, 0.0), 1e-9, key);
          checked += expected > 0 ? 1 : 0;
        }
      }
    }
    assertEquals(sums.size(), checked, "no rows outside the cells with moves");
  }

  @Test
  void rowsAreOrderedByWeekPlaceQuintileAgeConditionMechanism() throws IOException {
    Recording r = TestRecordings.withLevers(true);
    List<String> ages = Arrays.asList(PopulationSpec.AGE_BAND_LABELS);
    List<String> conditions = Arrays.asList(MechanismsCsv.CONDITIONS);
    int[] previous = null;
    for (CSVRecord row : rows(csv(r))) {
      int[] key = {
        Integer.parseInt(row.get("week")),
        r.places().indexOf(row.get("place")),
        Integer.parseInt(row.get("quintile").substring(1)),
        ages.indexOf(row.get("age_band")),
        conditions.indexOf(row.get("condition")),
        Mechanism.valueOf(row.get("mechanism").toUpperCase(java.util.Locale.ROOT)).ordinal()
      };
      for (int k : key) {
        assertTrue(k >= 0, row.toString());
      }
      if (previous != null) {
        assertTrue(Arrays.compare(previous, key) < 0, "out of order: " + row);
      }
      previous = key;
    }
  }

  @Test
  void negativeCountIsRejected() {
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of());
    b.beginWeek(0);
    b.beginWeek(1);
    b.addMechanism(0, 0, 0, 0, Mechanism.PEER, -1);
    Recording r = b.build(Map.of());
    assertThrows(IllegalArgumentException.class, () -> csv(r));
  }
}
