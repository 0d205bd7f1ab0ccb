package org.activesim.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/** The CSV dialect of every file the simulator writes. */
final class CsvFiles {

  /**
   * RFC 4180 quoting (only where a field needs it) but {@code \n} line endings, so that files are
   * byte-identical whatever the platform's line separator.
   */
  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator('\n').get();

  private CsvFiles() {}
}
