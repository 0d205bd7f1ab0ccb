package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.activesim.core.Decision;
import org.activesim.core.Recording;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DecisionsCsvTest {

  private static final String HEADER = "week,programme,place,decision,evidence,threshold,reason\n";

  private static String csv(Recording recording) throws IOException {
    StringBuilder out = new StringBuilder();
    DecisionsCsv.write(recording, out);
    return out.toString();
  }

  /** Every kind, NaN as empty cells, quoting of places and reasons, the recording's order. */
  @Test
  void programmeRecordingGivesGoldenRows() throws IOException {
    assertEquals(
        HEADER
            + "1,social-prescribing,\"Tendring, Clacton\",pilot,,1.645,pilot\n"
            + "1,social-prescribing,Colchester,pilot,,1.645,pilot\n"
            + "1,microgrants,Basildon,pilot,,,pilot\n"
            + "52,social-prescribing,Colchester,evaluate,-0.2,1.645,follow-up of 150 pairs\n"
            + "52,social-prescribing,\"Tendring, Clacton\",evaluate,0.5,1.645,"
            + "follow-up of 150 pairs\n"
            + "52,microgrants,Basildon,evaluate,-0.3,,follow-up of 80 pairs\n"
            + "78,social-prescribing,\"Tendring, Clacton\",evaluate,1.5,1.645,"
            + "follow-up of 150 pairs\n"
            + "78,microgrants,Basildon,capacity-blocked,-0.3,,"
            + "\"evaluators: 5 of 5 busy, \"\"no slack\"\"\"\n"
            + "91,social-prescribing,Colchester,decommission,-0.2,1.645,"
            + "evidence -0.2 below 0 after 90 weeks\n"
            + "91,social-prescribing,\"Tendring, Clacton\",scale,2,1.645,evidence 2 >= 1.645\n"
            + "91,social-prescribing,Basildon,replicate,,1.645,next by need; starts week 104\n",
        csv(TestRecordings.withProgrammes()));
  }

  /** What a script reading the file gets back: the decisions, cell for cell. */
  @Test
  void rowsParseBackToTheDecisions() throws IOException {
    Recording r = TestRecordings.withProgrammes();
    List<CSVRecord> rows =
        CSVParser.parse(new StringReader(csv(r)), CsvFiles.FORMAT.builder().setHeader().get())
            .getRecords();
    assertEquals(r.decisions().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Decision d = r.decisions().get(i);
      CSVRecord row = rows.get(i);
      assertEquals(d.week(), Integer.parseInt(row.get("week")));
      assertEquals(d.programme(), row.get("programme"));
      assertEquals(d.place(), row.get("place"));
      assertEquals(d.kind(), Decision.Kind.ofLabel(row.get("decision")));
      assertEquals(d.evidence(), parse(row.get("evidence")), 1e-6);
      assertEquals(d.threshold(), parse(row.get("threshold")), 1e-6);
      assertEquals(d.reason(), row.get("reason"));
    }
  }

  private static double parse(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  @Test
  void runWithoutProgrammesWritesTheHeaderOnly() throws IOException {
    assertEquals(HEADER, csv(TestRecordings.withLevers(true)));
  }

  @Test
  void numbersKeepSixDecimalsAndReasonsTheirLineBreaks() throws IOException {
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of());
    b.beginWeek(0);
    b.addDecision(new Decision(3, "p", "A", Decision.Kind.SCALE, 0.1 + 0.2, 1.0 / 3, "two\nlines"));
    assertEquals(HEADER + "3,p,A,scale,0.3,0.333333,\"two\nlines\"\n", csv(b.build(Map.of())));
  }

  @Test
  void infiniteEvidenceIsABugNotACell() {
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of());
    b.beginWeek(0);
    b.addDecision(
        new Decision(3, "p", "A", Decision.Kind.EVALUATE, Double.POSITIVE_INFINITY, 1, "x"));
    Recording r = b.build(Map.of());
    assertThrows(IllegalArgumentException.class, () -> csv(r));
  }
}
