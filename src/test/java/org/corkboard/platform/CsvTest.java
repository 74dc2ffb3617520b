package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void plainTextStaysAsItIs() {
    assertThat(Csv.cell("account.role.grant")).isEqualTo("account.role.grant");
  }

  @Test
  void nothingIsAnEmptyCell() {
    assertThat(Csv.cell(null)).isEmpty();
    assertThat(Csv.cell("")).isEmpty();
  }

  @Test
  void quotesAreDoubledInsideQuotes() {
    assertThat(Csv.cell("the \"best\" bike")).isEqualTo("\"the \"\"best\"\" bike\"");
  }

  @Test
  void commasAndLineBreaksAreQuoted() {
    assertThat(Csv.cell("USER, ADMIN")).isEqualTo("\"USER, ADMIN\"");
    assertThat(Csv.cell("first\nsecond")).isEqualTo("\"first\nsecond\"");
    assertThat(Csv.cell("first\r\nsecond")).isEqualTo("\"first\r\nsecond\"");
  }

  @Test
  void whatASpreadsheetWouldRunIsMadeText() {
    assertThat(Csv.cell("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(Csv.cell("+1")).isEqualTo("\"'+1\"");
    assertThat(Csv.cell("-2+3")).isEqualTo("\"'-2+3\"");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(Csv.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
  }

  @Test
  void aFormulaSignInsideTheTextIsHarmless() {
    assertThat(Csv.cell("a=b")).isEqualTo("a=b");
  }

  @Test
  void aLineJoinsItsCellsWithCommasAndEndsWithCrLf() {
    List<String> cells = Arrays.asList("1", null, "a,b", "=x");
    assertThat(Csv.line(cells)).isEqualTo("1,,\"a,b\",\"'=x\"\r\n");
  }
}
