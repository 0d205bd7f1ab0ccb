package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.Recording;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpendingCsvTest {

  private static final String HEADER = "week,lever,place,spend_gbp\n";

  private static String csv(Recording recording) throws IOException {
    StringBuilder out = new StringBuilder();
    SpendingCsv.write(recording, out);
    return out.toString();
  }

  /** Two levers, two places; zero entries and week 0 are not written; county-wide last. */
  @Test
  void tinyLedgerGivesGoldenRows() throws IOException {
    Recording.Builder b =
        new Recording.Builder(
            List.of("Basildon", "Tendring, Clacton"), List.of(), List.of("abcd", "marketing"));
    b.beginWeek(0);
    b.beginWeek(1);
    b.setSpend(1, 2, 1000);
    b.setSpend(0, 1, 0.1 + 0.2);
    b.setSpend(0, 0, 250);
    b.beginWeek(2);
    b.setSpend(0, 2, 1503494);
    b.setSpend(1, 0, -50);
    assertEquals(
        HEADER
            + """
            1,abcd,Basildon,250
            1,abcd,"Tendring, Clacton",0.3
            1,marketing,county,1000
            2,abcd,county,1503494
            2,marketing,Basildon,-50
            """,
        csv(b.build(Map.of())));
  }

  @Test
  void runWithoutLeversWritesTheHeaderOnly() throws IOException {
    assertEquals(HEADER, csv(TestRecordings.withLevers(false)));
    assertEquals(HEADER, csv(TestRecordings.twoYears()));
  }

  /** Each week's rows add up to spend_gbp:<lever> and spend_gbp at ALL in timeseries.csv. */
  @Test
  void totalsEqualTheSpendMetricsOfTheTimeseries() throws IOException {
    Recording r = TestRecordings.withLevers(true);
    Map<String, Double> ledger = new HashMap<>();
    int countyRows = 0;
    for (CSVRecord row : MechanismsCsvTest.rows(csv(r))) {
      double gbp = Double.parseDouble(row.get("spend_gbp"));
      ledger.merge(row.get("week") + "/spend_gbp:" + row.get("lever"), gbp, Double::sum);
      ledger.merge(row.get("week") + "/spend_gbp", gbp, Double::sum);
      countyRows += row.get("place").equals(SpendingCsv.COUNTY) ? 1 : 0;
    }
    assertEquals(52, countyRows, "gp-referral spends county-wide every week after week 0");
    StringBuilder timeseries = new StringBuilder();
    TimeseriesCsv.write(r, timeseries);
    int checked = 0;
    for (CSVRecord row : MechanismsCsvTest.rows(timeseries.toString())) {
      boolean aggregate = row.get("place").equals("ALL") && row.get("quintile").equals("ALL");
      if (aggregate && row.get("metric").startsWith("spend_gbp") && !row.get("week").equals("0")) {
        String key = row.get("week") + "/" + row.get("metric");
        assertEquals(Double.parseDouble(row.get("value")), ledger.getOrDefault(key, 0.0), 1e-6);
        checked++;
      }
    }
    assertEquals(52 * 3, checked, "52 weeks of spend_gbp and two levers");
  }

  @Test
  void nonFiniteSpendingIsRejected() {
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of(), List.of("abcd"));
    b.beginWeek(0);
    b.beginWeek(1);
    b.setSpend(0, 1, Double.NaN);
    Recording r = b.build(Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csv(r));
    assertTrue(e.getMessage().contains("county"), e.getMessage());
  }
}
