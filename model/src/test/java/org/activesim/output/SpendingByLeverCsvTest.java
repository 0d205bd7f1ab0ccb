package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.activesim.evaluation.Comparison;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What each lever of each scenario spent, against the comparison's own incremental cost. */
class SpendingByLeverCsvTest {

  @Test
  void oneRowPerLeverAndItsMeanIsTheScenariosExtraCost() throws IOException {
    Comparison c = ComparisonFixture.comparison();
    StringBuilder out = new StringBuilder();
    SpendingByLeverCsv.write(c, out);
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(out.toString()))
            .getRecords();
    // The baseline and its copy have no levers; the bike scheme has one.
    assertEquals(1, rows.size(), out.toString());
    CSVRecord bikes = rows.get(0);
    assertEquals(ComparisonFixture.BIKES, bikes.get("scenario"));
    assertEquals("activeTravel", bikes.get("lever"));
    double extraCost = 0;
    for (double v : c.incrementalCostGbp(2)) {
      extraCost += v / c.replicates();
    }
    // The baseline spends nothing, so the lever's spending is the scenario's extra cost.
    assertEquals(extraCost, Double.parseDouble(bikes.get("spend_gbp_mean")), 1e-6 * extraCost);
    double low = Double.parseDouble(bikes.get("ci_low"));
    double high = Double.parseDouble(bikes.get("ci_high"));
    assertEquals(true, low <= extraCost && extraCost <= high, low + " .. " + high);
  }
}
