package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.activesim.core.Mechanism;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.activesim.evaluation.MechanismRates;
import org.activesim.scenario.PopulationSpec;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CmoCsvTest {

  private static final String HEADER =
      "scenario,place,quintile,age_band,condition,mechanism,transitions_per_1000_per_year,"
          + "diff_vs_baseline,diff_ci_low,diff_ci_high\n";

  private static Comparison comparison;
  private static List<String> places;
  private static String text;
  private static List<CSVRecord> rows;

  @BeforeAll
  static void write() throws IOException {
    comparison = ComparisonFixture.comparison();
    places = ComparisonFixture.places();
    StringBuilder out = new StringBuilder();
    CmoCsv.write(comparison, places, out);
    text = out.toString();
    rows = MechanismsCsvTest.rows(text);
  }

  /** The index of a row's context and mechanism in the comparison's rates. */
  private static int index(CSVRecord row) {
    return MechanismRates.index(
        places.indexOf(row.get("place")),
        Integer.parseInt(row.get("quintile").substring(1)) - 1,
        Arrays.asList(PopulationSpec.AGE_BAND_LABELS).indexOf(row.get("age_band")),
        Arrays.asList(MechanismsCsv.CONDITIONS).indexOf(row.get("condition")),
        Mechanism.valueOf(row.get("mechanism").toUpperCase(Locale.ROOT)));
  }

  @Test
  void headerIsExact() {
    assertTrue(text.startsWith(HEADER), text.substring(0, 200));
  }

  /** A row for every cell where the scenario's or the baseline's mean rate is not 0. */
  @Test
  void rowsSkipOnlyCellsWhereBothRatesAreZero() {
    int expected = 0;
    int skipped = 0;
    for (int s = 1; s < comparison.scenarios().size(); s++) {
      for (int k = 0; k < comparison.rateCells(); k++) {
        if (comparison.rate(s, k).mean() != 0 || comparison.rate(0, k).mean() != 0) {
          expected++;
        } else {
          skipped++;
        }
      }
    }
    assertTrue(skipped > 0 && expected > 100, expected + " rows, " + skipped + " skipped");
    assertEquals(expected, rows.size());
    for (CSVRecord row : rows) {
      int s = comparison.scenarios().indexOf(row.get("scenario"));
      assertTrue(s >= 1, "no baseline rows: " + row);
      int k = index(row);
      assertFalse(
          comparison.rate(s, k).mean() == 0 && comparison.rate(0, k).mean() == 0, row.toString());
    }
  }

  @Test
  void valuesAreTheScenariosRateAndItsPairedDifference() {
    int bikesChanged = 0;
    for (CSVRecord row : rows) {
      int s = comparison.scenarios().indexOf(row.get("scenario"));
      int k = index(row);
      Interval d = comparison.rateDifference(s, k);
      assertEquals(
          Numbers.format(comparison.rate(s, k).mean()), row.get("transitions_per_1000_per_year"));
      assertEquals(Numbers.format(d.mean()), row.get("diff_vs_baseline"));
      assertEquals(CsvCells.number(d.low()), row.get("diff_ci_low"));
      assertEquals(CsvCells.number(d.high()), row.get("diff_ci_high"));
      if (s == 1) {
        assertEquals("0", row.get("diff_vs_baseline"), "a copy of the baseline changes nothing");
      } else if (!row.get("diff_vs_baseline").equals("0")) {
        bikesChanged++;
      }
    }
    assertTrue(bikesChanged > 0, "the bike scheme changes some rates");
  }

  @Test
  void rowsAreInScenarioThenContextThenMechanismOrder() {
    int[] previous = null;
    for (CSVRecord row : rows) {
      int[] key = {comparison.scenarios().indexOf(row.get("scenario")), index(row)};
      if (previous != null) {
        assertTrue(Arrays.compare(previous, key) < 0, "out of order: " + row);
      }
      previous = key;
    }
  }

  @Test
  void oddScenarioNamesAreQuoted() {
    assertTrue(text.contains("\n\"Bikes, \"\"big\"\" / 40k: été\","), text.substring(0, 300));
  }

  @Test
  void placesMustMatchTheComparison() {
    List<String> tooFew = places.subList(1, places.size());
    assertThrows(
        IllegalArgumentException.class,
        () -> CmoCsv.write(comparison, tooFew, new StringBuilder()));
  }
}
