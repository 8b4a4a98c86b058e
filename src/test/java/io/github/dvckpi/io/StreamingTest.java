package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading is one pass that never holds the file or the dossiers: the input here is generated as it
 * is read, 100,000 rows that exist nowhere at once, and each dossier goes straight into a tally.
 */
class StreamingTest {

  /** The same few rows over and over with new ids, made as the reader asks for bytes. */
  private static final class GeneratedExport extends InputStream {
    private final List<String> rows;
    private final long count;
    private long next;
    private byte[] current =
        (String.join(",", DossierCsvWriter.HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8);
    private int at;

    GeneratedExport(List<String> rows, long count) {
      this.rows = rows;
      this.count = count;
    }

    private boolean fill() {
      if (at < current.length) {
        return true;
      }
      if (next == count) {
        return false;
      }
      current =
          ("G" + next + "-" + rows.get((int) (next % rows.size())))
              .getBytes(StandardCharsets.UTF_8);
      next++;
      at = 0;
      return true;
    }

    @Override
    public int read() {
      return fill() ? current[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, current.length - at);
      System.arraycopy(current, at, buffer, offset, n);
      at += n;
      return n;
    }
  }

  @Test
  void aLargeExportIsTalliedInOnePassWithoutHoldingIt() throws IOException {
    List<Dossier> base =
        DemoFile.generate(ImportGen.CATALOGUE, 50, 0, 3L, LocalDate.of(2024, 1, 2), 300).valid();
    List<String> rows = base.stream().map(ImportGen::row).toList();
    DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Tally expected = Tally.of(base, year);

    long n = 100_000;
    TallyAccumulator<Grouping.All> acc = new TallyAccumulator<>(Grouping.all(), Buckets.of(year));
    ImportReport report =
        DossierCsvReader.of(ImportGen.CATALOGUE)
            .withOptions(ImportOptions.defaults().withDuplicateCheck(false))
            .read(new GeneratedExport(rows, n), "generated.csv", acc::add, r -> {});

    assertThat(report.rowsRead()).isEqualTo(n);
    assertThat(report.accepted()).isEqualTo(n);
    long copies = n / rows.size();
    Tally counted = acc.snapshot().total();
    for (Counter counter : Counter.values()) {
      assertThat(counted.count(counter)).isEqualTo(expected.count(counter) * copies);
    }
  }
}
