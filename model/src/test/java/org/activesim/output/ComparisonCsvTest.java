package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.activesim.evaluation.Outcome;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonCsvTest {

  private static final String HEADER =
      "scenario,metric,mean,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,prob_benefit\n";

  /** Rounding to six decimals moves a value by at most 5e-7. */
  private static final double ROUNDING = 5e-7;

  private static Comparison comparison;
  private static String text;
  private static List<CSVRecord> rows;

  @BeforeAll
  static void write() throws IOException {
    comparison = ComparisonFixture.comparison();
    StringBuilder out = new StringBuilder();
    ComparisonCsv.write(comparison, out);
    text = out.toString();
    rows = MechanismsCsvTest.rows(text);
  }

  @Test
  void headerIsExact() {
    assertTrue(text.startsWith(HEADER), text.substring(0, 120));
  }

  @Test
  void oneRowPerScenarioAndOutcomeBaselineFirstOutcomesInEnumOrder() {
    Outcome[] outcomes = Outcome.values();
    assertEquals(comparison.scenarios().size() * outcomes.length, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(comparison.scenarios().get(i / outcomes.length), rows.get(i).get("scenario"));
      assertEquals(outcomes[i % outcomes.length].label(), rows.get(i).get("metric"));
    }
  }

  @Test
  void valuesAreTheComparisonsLevelsAndDifferences() {
    Outcome[] outcomes = Outcome.values();
    int checked = 0;
    for (int i = 0; i < rows.size(); i++) {
      int s = i / outcomes.length;
      Outcome o = outcomes[i % outcomes.length];
      CSVRecord row = rows.get(i);
      String where = row.get("scenario") + "/" + o.label();
      checked += assertCells(comparison.level(s, o), row, "mean", "ci_low", "ci_high", where);
      checked +=
          assertCells(
              comparison.difference(s, o), row, "diff_mean", "diff_ci_low", "diff_ci_high", where);
      double p = comparison.probabilityOfBenefit(s, o);
      if (Double.isNaN(p)) {
        assertEquals("", row.get("prob_benefit"), where);
      } else {
        assertEquals(p, Double.parseDouble(row.get("prob_benefit")), ROUNDING, where);
      }
    }
    assertTrue(checked > 100, "most cells are numbers: " + checked);
    // One value spelled out: the bike scheme's extra person-years active.
    Interval d = comparison.difference(2, Outcome.PERSON_YEARS_ACTIVE);
    CSVRecord bikes = rows.get(2 * outcomes.length + Outcome.PERSON_YEARS_ACTIVE.ordinal());
    assertEquals(Numbers.format(d.mean()), bikes.get("diff_mean"));
    assertTrue(d.mean() > 0, "the bike scheme makes people active");
  }

  /** Checks three cells against an interval: empty where it is NaN. Returns numbers checked. */
  private static int assertCells(
      Interval expected, CSVRecord row, String mean, String low, String high, String where) {
    int numbers = 0;
    double[] values = {expected.mean(), expected.low(), expected.high()};
    String[] columns = {mean, low, high};
    for (int k = 0; k < 3; k++) {
      String cell = row.get(columns[k]);
      if (Double.isNaN(values[k])) {
        assertEquals("", cell, where + " " + columns[k]);
      } else {
        assertEquals(values[k], Double.parseDouble(cell), ROUNDING, where + " " + columns[k]);
        numbers++;
      }
    }
    return numbers;
  }

  @Test
  void baselineDifferencesAreZeroAndUndefinedValuesEmpty() {
    for (CSVRecord row : rows.subList(0, Outcome.values().length)) {
      assertEquals(ComparisonFixture.BASELINE, row.get("scenario"));
      String expected = row.get("mean").isEmpty() ? "" : "0";
      for (String column : List.of("diff_mean", "diff_ci_low", "diff_ci_high")) {
        assertEquals(expected, row.get(column), row.get("metric") + " " + column);
      }
      // No benefit over itself; undefined (empty) where the outcome itself is undefined.
      assertEquals(expected, row.get("prob_benefit"), row.get("metric"));
    }
    // The baseline spends nothing more than itself: its SROI is undefined, not 0.
    CSVRecord sroi = rows.get(Outcome.SROI.ordinal());
    assertEquals("sroi", sroi.get("metric"));
    assertEquals("", sroi.get("mean"));
    assertEquals("", sroi.get("ci_low"));
  }

  @Test
  void oddScenarioNamesAreQuotedAndReadBack() {
    assertTrue(text.contains("\n\"Bikes, \"\"big\"\" / 40k: été\",inactive_share_end,"), text);
    assertEquals(ComparisonFixture.BIKES, rows.get(rows.size() - 1).get("scenario"));
  }
}
