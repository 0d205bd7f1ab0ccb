package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.EconomicsTable;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EconomicsCsvTest {

  private static final String HEADER =
      "scenario,year,cost_gbp,cost_gbp_discounted,extra_person_years_active,"
          + "extra_person_years_fairly_active,wellbys,wellbys_discounted,wellbeing_value_gbp,"
          + "wellbeing_value_gbp_discounted,health_savings_gbp,health_savings_gbp_discounted,"
          + "social_value_gbp,social_value_gbp_discounted,qalys,qalys_discounted,sroi,"
          + "sroi_benchmark\n";

  /** The value columns: every column but the scenario, year and SROI ones. */
  private static final List<String> VALUES =
      Arrays.asList(EconomicsCsv.HEADER).subList(2, EconomicsCsv.HEADER.length - 2);

  /** Each cell is rounded to six decimals: 5e-7 each, summed over the years. */
  private static final double ROUNDING = 5e-7 * (ComparisonFixture.YEARS + 1);

  private static Comparison comparison;
  private static String text;
  private static List<CSVRecord> rows;

  @BeforeAll
  static void write() throws IOException {
    comparison = ComparisonFixture.comparison();
    StringBuilder out = new StringBuilder();
    EconomicsCsv.write(comparison, out);
    text = out.toString();
    rows = MechanismsCsvTest.rows(text);
  }

  /** The rows of scenario s: its years, then its total. */
  private static List<CSVRecord> rowsOf(int s) {
    int perScenario = ComparisonFixture.YEARS + 1;
    return rows.subList(s * perScenario, (s + 1) * perScenario);
  }

  private static double number(CSVRecord row, String column) {
    return Double.parseDouble(row.get(column));
  }

  @Test
  void headerIsExact() {
    assertTrue(text.startsWith(HEADER), text.substring(0, 200));
  }

  @Test
  void eachScenarioHasOneRowPerYearThenATotal() {
    assertEquals(comparison.scenarios().size() * (ComparisonFixture.YEARS + 1), rows.size());
    for (int s = 0; s < comparison.scenarios().size(); s++) {
      List<CSVRecord> own = rowsOf(s);
      for (int y = 0; y <= ComparisonFixture.YEARS; y++) {
        assertEquals(comparison.scenarios().get(s), own.get(y).get("scenario"));
        String year = y < ComparisonFixture.YEARS ? Integer.toString(y) : EconomicsCsv.TOTAL;
        assertEquals(year, own.get(y).get("year"));
      }
    }
  }

  @Test
  void totalsAreTheSumsOfTheYearlyRows() {
    for (int s = 0; s < comparison.scenarios().size(); s++) {
      List<CSVRecord> own = rowsOf(s);
      CSVRecord total = own.get(ComparisonFixture.YEARS);
      for (String column : VALUES) {
        double sum = 0;
        for (CSVRecord year : own.subList(0, ComparisonFixture.YEARS)) {
          sum += number(year, column);
        }
        assertEquals(sum, number(total, column), ROUNDING, s + " " + column);
      }
    }
  }

  @Test
  void valuesAreMeansOverReplicates() {
    List<EconomicsTable> bikes = comparison.economics(2);
    double cost = Arrays.stream(comparison.incrementalCostGbp(2)).average().orElseThrow();
    assertTrue(cost > 0, "the bike scheme costs money");
    CSVRecord total = rowsOf(2).get(ComparisonFixture.YEARS);
    assertEquals(cost, number(total, "cost_gbp"), 1e-6);
    double wellbysYear1 =
        bikes.stream().mapToDouble(t -> t.years().get(1).presentWellbys()).average().orElseThrow();
    assertEquals(wellbysYear1, number(rowsOf(2).get(1), "wellbys_discounted"), 1e-6);
    double active = Arrays.stream(comparison.personYearsActiveGained(2)).average().orElseThrow();
    assertEquals(active, number(total, "extra_person_years_active"), 1e-6);
  }

  @Test
  void baselineAndItsCopyAreZerosAndHaveNoSroi() {
    for (int s = 0; s < 2; s++) {
      for (CSVRecord row : rowsOf(s)) {
        for (String column : VALUES) {
          assertEquals("0", row.get(column), row.get("scenario") + " " + column);
        }
        assertEquals("", row.get("sroi"), "nothing spent: the SROI is undefined");
      }
    }
  }

  @Test
  void sroiAndBenchmarkOnlyOnTotalRows() {
    for (CSVRecord row : rows) {
      boolean total = row.get("year").equals(EconomicsCsv.TOTAL);
      assertEquals(total, !row.get("sroi_benchmark").isEmpty(), row.toString());
      if (!total) {
        assertEquals("", row.get("sroi"), row.toString());
      }
    }
    CSVRecord bikes = rowsOf(2).get(ComparisonFixture.YEARS);
    assertEquals(
        number(bikes, "social_value_gbp_discounted") / number(bikes, "cost_gbp_discounted"),
        number(bikes, "sroi"),
        1e-6);
    assertEquals(comparison.economics(2).get(0).sroiBenchmark(), number(bikes, "sroi_benchmark"));
  }

  @Test
  void oddScenarioNamesAreQuoted() {
    assertTrue(text.contains("\n\"Bikes, \"\"big\"\" / 40k: été\",total,"), text);
  }
}
