package io.github.dvckpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The binary form: its exact bytes, round trips, and every rejection. */
class TalliesCodecTest {

  private static final Buckets MARCH =
      Buckets.of(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
  private static final KeyCodec<UnitTier> KEYS = KeyCodec.unitTiers();

  /** {@code received} dossiers of a district-tier agency of unit 42, one of them overdue. */
  private static Tallies<UnitTier> oneGroup(String unit, AdministrativeLevel tier, int received) {
    Agency agency = Agency.of("A" + unit, "Agency " + unit, tier, unit);
    Procedure p = Procedure.of("1.1", "Thủ tục", ServiceLevel.NOT_ONLINE, false, false);
    List<Dossier> list = new ArrayList<>();
    for (int i = 0; i < received; i++) {
      LocalDate on = LocalDate.of(2024, 3, 10);
      list.add(
          Dossier.builder()
              .id("D" + i)
              .agency(agency)
              .procedure(p)
              .channel(Channel.COUNTER)
              .receivedOn(on)
              .dueOn(i == 0 ? on.plusDays(5) : on.plusDays(40))
              .build());
    }
    return Tallies.of(list, Grouping.byUnitAndTier(), MARCH);
  }

  private static byte[] valid() {
    return oneGroup("42", AdministrativeLevel.DISTRICT, 300).encode(KEYS);
  }

  @Test
  void theFormatIsTheDocumentedOne() {
    List<Integer> expected = new ArrayList<>();
    for (char c : "DVKT".toCharArray()) {
      expected.add((int) c);
    }
    expected.add(2); // version
    expected.add(9); // codec name "unit-tier"
    for (char c : "unit-tier".toCharArray()) {
      expected.add((int) c);
    }
    expected.addAll(List.of(1, 0x8E, 0xB5, 0x02, 31)); // 1 bucket, from epoch day 19783, 31 days
    expected.addAll(List.of(16, 1, 11)); // 16 counters, 1 group, key of 11 bytes
    for (char c : "DISTRICT/42".toCharArray()) {
      expected.add((int) c);
    }
    expected.addAll(List.of(0xAC, 0x02)); // RECEIVED = 300
    for (int i = 1; i < 14; i++) {
      expected.add(0);
    }
    expected.addAll(List.of(299, 1)); // within deadline 299, overdue 1
    expected.set(expected.size() - 2, 0xAB);
    expected.add(expected.size() - 1, 0x02);
    byte[] bytes = valid();
    byte[] want = new byte[expected.size()];
    for (int i = 0; i < want.length; i++) {
      want[i] = (byte) (int) expected.get(i);
    }
    assertThat(bytes).containsExactly(want);
    assertThat(Tallies.decode(bytes, KEYS))
        .isEqualTo(oneGroup("42", AdministrativeLevel.DISTRICT, 300));
  }

  @Test
  void streamsCarryTheSameBytesAndEqualTalliesHaveEqualBytes() throws IOException {
    Tallies<UnitTier> t =
        oneGroup("Phường Thành Sen", AdministrativeLevel.COMMUNE, 3)
            .plus(oneGroup("28534", AdministrativeLevel.PROVINCE, 5));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.writeTo(KEYS, out);
    assertThat(Tallies.readFrom(new ByteArrayInputStream(out.toByteArray()), KEYS)).isEqualTo(t);
    Tallies<UnitTier> other =
        oneGroup("28534", AdministrativeLevel.PROVINCE, 5)
            .plus(oneGroup("Phường Thành Sen", AdministrativeLevel.COMMUNE, 3));
    assertThat(other.encode(KEYS)).isEqualTo(out.toByteArray());
    Buckets old = Buckets.of(DateRange.of(LocalDate.of(1, 12, 1), LocalDate.of(2, 1, 31)));
    assertThat(Tallies.decode(Tallies.<UnitTier>empty(old).encode(KEYS), KEYS))
        .isEqualTo(Tallies.empty(old));
  }

  private static byte[] with(int at, int... values) {
    byte[] b = valid();
    for (int i = 0; i < values.length; i++) {
      b[at + i] = (byte) values[i];
    }
    return b;
  }

  private static void rejects(byte[] bytes, int offset, String field, String reason) {
    ThrowingCallable decode = () -> Tallies.decode(bytes, KEYS);
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

  // offsets: 0 magic, 4 version, 5 codec length, 6..14 codec, 15 bucket count, 16..18 first day,
  // 19 bucket length, 20 counter count, 21 group count, 22 key length, 23..33 key, 34.. counters
  @Test
  void badHeadersAreRejectedByOffsetAndField() {
    rejects("nope".getBytes(StandardCharsets.US_ASCII), 0, "magic", "is not \"DVKT\"");
    rejects(new byte[] {'D', 'V'}, 0, "magic", "is not");
    rejects(with(4, 1), 4, "version", "is 1; this library reads version 2");
    rejects(Arrays.copyOf(valid(), 4), 4, "version", "truncated");
    rejects(with(6, 'x'), 5, "key codec", "is \"xnit-tier\"");
    rejects(with(5, 60), 5, "key codec length", "beyond the remaining bytes");
    rejects(with(6, 0xC3, 0x28), 5, "text", "is not valid UTF-8");
    rejects(with(15, 0), 15, "bucket count", "is 0");
    rejects(with(19, 0), 19, "bucket length", "is 0 days");
    rejects(with(20, 15), 20, "counter count", "is 15; this library has 16 counters");
    rejects(with(21, 5), 21, "group count", "is 5, more than the bytes can hold");
    rejects(Arrays.copyOf(valid(), 17), 16, "first day", "is cut short");
    byte[] far = with(16, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01);
    rejects(far, 16, "first day", "is out of range");
  }

  @Test
  void badGroupsAreRejectedByOffsetAndField() {
    rejects(with(23, 'X'), 22, "key", "is no key of the codec \"unit-tier\"");
    byte[] zeros = Arrays.copyOf(valid(), 34 + 16);
    Arrays.fill(zeros, 34, zeros.length, (byte) 0);
    rejects(zeros, 22, "group", "has only zero counters");
    byte[] b = valid();
    rejects(Arrays.copyOf(b, b.length + 1), b.length, "end", "expected, but 1 more bytes follow");
  }

  @Test
  void groupsOutOfOrderOrRepeatedAreRejected() {
    byte[] one = valid();
    int groupStart = 22;
    int groupLength = one.length - groupStart;
    byte[] twice = new byte[one.length + groupLength];
    System.arraycopy(one, 0, twice, 0, one.length);
    System.arraycopy(one, groupStart, twice, one.length, groupLength);
    twice[21] = 2;
    rejects(twice, one.length, "key", "is not after the previous one");
  }

  /** The valid bytes with the RECEIVED counter (bytes 34-35) replaced by another varint. */
  private static byte[] receivedAs(int... varint) {
    byte[] b = valid();
    byte[] out = new byte[b.length - 2 + varint.length];
    System.arraycopy(b, 0, out, 0, 34);
    for (int i = 0; i < varint.length; i++) {
      out[34 + i] = (byte) varint[i];
    }
    System.arraycopy(b, 36, out, 34 + varint.length, b.length - 36);
    return out;
  }

  @Test
  void oversizedVarintsAreRejected() {
    int c = 0x80;
    rejects(receivedAs(c, c, c, c, c, c, c, c, c, 2), 34, "counter", "exceeds 64 bits");
    rejects(receivedAs(c, c, c, c, c, c, c, c, c, c, 1), 34, "counter", "longer than 10 bytes");
    rejects(receivedAs(c, c, c, c, c, c, c, c, c, 1), 34, "counter", "exceeds 2^63-1");
    assertThat(Tallies.decode(receivedAs(0xFF, c, c, c, c, c, c, c, c, 0), KEYS).groups())
        .hasSize(1);
  }
}
