package io.github.dvckpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Tally;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The serialised form: its exact bytes, round trips, and every rejection. */
class MonthlyTalliesCodecTest {

  private static final MonthRange ONE_MONTH = MonthRange.starting(YearMonth.of(2024, 3), 1);

  private static MonthlyTallies oneCell(String unit, AdministrativeLevel tier, long received) {
    return MonthlyTallies.of(
        ONE_MONTH,
        ImmutableMap.of(
            UnitTierMonth.of(UnitTier.of(unit, tier), YearMonth.of(2024, 3)),
            Tally.empty().with(Counter.RECEIVED, received).with(Counter.IN_PROGRESS_OVERDUE, 1)));
  }

  @Test
  void theFormatIsTheDocumentedOne() {
    byte[] bytes = MonthlyTalliesCodec.encode(oneCell("42", AdministrativeLevel.DISTRICT, 300));
    byte[] expected = {
      'D',
      'V',
      'K',
      'T',
      1, // magic, version
      (byte) 0xD0,
      0x1F, // year 2024 zigzag = 4048 = 0x0FD0
      3,
      1,
      16,
      1, // March, 1 month, 16 counters, 1 group
      2,
      '4',
      '2',
      1, // unit "42", district tier
      (byte) 0xAC,
      0x02, // RECEIVED = 300
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0, // 14 zero counters
      1 // IN_PROGRESS_OVERDUE = 1
    };
    assertThat(bytes).containsExactly(expected);
    assertThat(MonthlyTalliesCodec.decode(bytes))
        .isEqualTo(oneCell("42", AdministrativeLevel.DISTRICT, 300));
  }

  @Test
  void streamsCarryTheSameBytes() throws IOException {
    MonthlyTallies t =
        oneCell("Phường Thành Sen", AdministrativeLevel.COMMUNE, Long.MAX_VALUE)
            .plus(oneCell("28534", AdministrativeLevel.PROVINCE, 5));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MonthlyTalliesCodec.write(t, out);
    assertThat(MonthlyTalliesCodec.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(t);
    MonthRange negativeYear = MonthRange.starting(YearMonth.of(-3, 12), 2);
    assertThat(
            MonthlyTalliesCodec.decode(
                MonthlyTalliesCodec.encode(MonthlyTallies.empty(negativeYear))))
        .isEqualTo(MonthlyTallies.empty(negativeYear));
  }

  private static byte[] valid() {
    return MonthlyTalliesCodec.encode(oneCell("42", AdministrativeLevel.DISTRICT, 300));
  }

  private static byte[] with(int at, int... values) {
    byte[] b = valid();
    for (int i = 0; i < values.length; i++) {
      b[at + i] = (byte) values[i];
    }
    return b;
  }

  private static void rejects(byte[] bytes, int offset, String field, String reason) {
    ThrowingCallable decode = () -> MonthlyTalliesCodec.decode(bytes);
    assertThatThrownBy(decode)
        .isInstanceOf(MalformedTalliesException.class)
        .hasMessageContaining("at byte " + offset + ": " + field)
        .hasMessageContaining(reason)
        .satisfies(
            e -> {
              MalformedTalliesException m = (MalformedTalliesException) e;
              assertThat(m.offset()).isEqualTo(offset);
              assertThat(m.field()).isEqualTo(field);
              assertThat(m.reason()).contains(reason);
            });
  }

  @Test
  void badHeadersAreRejectedByOffsetAndField() {
    rejects("nope".getBytes(StandardCharsets.US_ASCII), 0, "magic", "is not \"DVKT\"");
    rejects(new byte[] {'D', 'V'}, 0, "magic", "is not");
    rejects(with(4, 2), 4, "version", "is 2; this library reads version 1");
    rejects(Arrays.copyOf(valid(), 4), 4, "version", "truncated");
    rejects(with(7, 13), 7, "first month", "is 13, not 1-12");
    rejects(with(7, 0), 7, "first month", "is 0");
    rejects(with(8, 0), 8, "month count", "is 0, not 1-12000");
    rejects(with(9, 15), 9, "counter count", "is 15; this library has 16 counters");
    rejects(with(10, 5), 10, "group count", "is 5, more than the bytes can hold");
    rejects(Arrays.copyOf(valid(), 6), 5, "first year", "is cut short");
  }

  @Test
  void badGroupsAreRejectedByOffsetAndField() {
    rejects(with(11, 0), 11, "unit code length", "is 0");
    rejects(with(11, 60), 11, "unit code length", "is 60, beyond the remaining bytes");
    rejects(with(12, 0xC3, 0x28), 12, "unit code", "is not valid UTF-8");
    rejects(with(12, ' ', ' '), 12, "unit code", "is blank");
    rejects(with(14, 3), 14, "tier", "is 3, not 0, 1 or 2");
    rejects(with(15, 0, 0), 11, "group", "has only zero counters");
    byte[] b = valid();
    byte[] longer = Arrays.copyOf(b, b.length + 1);
    rejects(longer, b.length, "end", "expected, but 1 more bytes follow");
  }

  @Test
  void groupsOutOfOrderOrRepeatedAreRejected() {
    byte[] one = valid();
    int groupStart = 11;
    int groupLength = one.length - groupStart;
    byte[] twice = new byte[one.length + groupLength];
    System.arraycopy(one, 0, twice, 0, one.length);
    System.arraycopy(one, groupStart, twice, one.length, groupLength);
    twice[10] = 2;
    rejects(twice, one.length, "group", "42/district tier is not after 42/district tier");
  }

  /** The valid bytes with the RECEIVED counter (bytes 15-16) replaced by another varint. */
  private static byte[] receivedAs(int... varint) {
    byte[] b = valid();
    byte[] out = new byte[b.length - 2 + varint.length];
    System.arraycopy(b, 0, out, 0, 15);
    for (int i = 0; i < varint.length; i++) {
      out[15 + i] = (byte) varint[i];
    }
    System.arraycopy(b, 17, out, 15 + varint.length, b.length - 17);
    return out;
  }

  @Test
  void oversizedVarintsAreRejected() {
    int c = 0x80;
    rejects(receivedAs(c, c, c, c, c, c, c, c, c, 2), 15, "counter", "exceeds 64 bits");
    rejects(receivedAs(c, c, c, c, c, c, c, c, c, c, 1), 15, "counter", "longer than 10 bytes");
    rejects(receivedAs(c, c, c, c, c, c, c, c, c, 1), 15, "counter", "exceeds 2^63-1");
    assertThat(MonthlyTalliesCodec.decode(receivedAs(0xFF, c, c, c, c, c, c, c, c, 0)).groups())
        .hasSize(1);
  }
}
