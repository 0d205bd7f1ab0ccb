package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.Recording;
import org.junit.jupiter.api.Test;

class SummaryCsvTest {

  @Test
  void rowsFollowSummaryOrderWithTheCsvNumberFormat() throws IOException {
    Map<String, Double> summary = new LinkedHashMap<>();
    summary.put("z_last_alphabetically_first_in_order", 0.1 + 0.2);
    summary.put("residents", 1503494.0);
    summary.put("change_in_inactive_share", -0.0123456789);
    summary.put("not_available", Double.NaN);
    summary.put("a, with comma", 1e-9);
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of("residents"));
    b.beginWeek(0);
    StringBuilder out = new StringBuilder();
    SummaryCsv.write(b.build(summary), out);
    assertEquals(
        """
        metric,value
        z_last_alphabetically_first_in_order,0.3
        residents,1503494
        change_in_inactive_share,-0.012346
        not_available,
        "a, with comma",0
        """,
        out.toString());
  }
}
