package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The compact serialised form of {@link MonthlyTallies}, for partial tallies computed in one
 * process and merged in another (a distributed engine counts each partition, ships the bytes, and
 * merges). Not Java serialization: a small, versioned, documented binary format, stable across
 * library versions of the same format version.
 *
 * <p>Format version 1, all integers as unsigned LEB128 varints (7 bits per byte, low bits first,
 * high bit set on every byte but the last) unless stated:
 *
 * <ol>
 *   <li>magic: the 4 ASCII bytes {@code DVKT};
 *   <li>format version: one byte, 1;
 *   <li>first month: the year as a zigzag varint, then the month 1–12;
 *   <li>number of months, at least 1;
 *   <li>number of counters per cell: 16, in {@link io.github.dvckpi.indicator.Counter} declaration
 *       order;
 *   <li>number of groups;
 *   <li>each group, in canonical order (unit code, then tier) and at most once: the unit code's
 *       UTF-8 length and bytes; the tier as one byte (0 province, 1 district, 2 commune); then,
 *       month by month, the 16 counters.
 * </ol>
 *
 * <p>Counters below 128 take one byte, so a group of twelve months takes about 200 bytes. Decoding
 * checks everything and rejects bad input with a {@link MalformedTalliesException} naming the byte
 * offset and the field: wrong magic or version, truncation, a varint too long, an invalid month or
 * tier, a group out of order or repeated, a group whose counters are all 0, trailing bytes.
 */
public final class MonthlyTalliesCodec {

  /** The first four bytes of every serialised form: ASCII {@code DVKT}. */
  private static final byte[] MAGIC = {'D', 'V', 'K', 'T'};

  /** The format version written. */
  public static final int VERSION = 1;

  private static final int WIDTH = MonthlyTallyAccumulator.WIDTH;

  private MonthlyTalliesCodec() {}

  /**
   * Serialises tallies.
   *
   * @param tallies the tallies
   * @return their bytes
   */
  public static byte[] encode(MonthlyTallies tallies) {
    requireNonNull(tallies, "tallies");
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + tallies.groups().size() * 220);
    out.write(MAGIC, 0, MAGIC.length);
    out.write(VERSION);
    YearMonth first = tallies.months().first();
    writeVarint(out, (first.getYear() << 1) ^ (first.getYear() >> 31));
    writeVarint(out, first.getMonthValue());
    writeVarint(out, tallies.months().size());
    writeVarint(out, WIDTH);
    writeVarint(out, tallies.groups().size());
    long[] counts = tallies.counts();
    int stride = tallies.months().size() * WIDTH;
    for (int g = 0; g < tallies.groups().size(); g++) {
      UnitTier group = tallies.groups().get(g);
      byte[] code = group.unitCode().getBytes(StandardCharsets.UTF_8);
      writeVarint(out, code.length);
      out.write(code, 0, code.length);
      out.write(tierCode(group.tier()));
      for (int i = g * stride; i < (g + 1) * stride; i++) {
        writeVarint(out, counts[i]);
      }
    }
    return out.toByteArray();
  }

  /**
   * Writes the serialised form of tallies to a stream.
   *
   * @param tallies the tallies
   * @param out the stream; not closed
   * @throws IOException if the stream fails
   */
  public static void write(MonthlyTallies tallies, OutputStream out) throws IOException {
    out.write(encode(tallies));
  }

  /**
   * Reads tallies from a stream holding exactly one serialised form.
   *
   * @param in the stream, read to its end; not closed
   * @return the tallies
   * @throws IOException if the stream fails
   * @throws MalformedTalliesException if the bytes are not a valid serialised form
   */
  public static MonthlyTallies read(InputStream in) throws IOException {
    return decode(in.readAllBytes());
  }

  /**
   * Deserialises tallies.
   *
   * @param bytes exactly one serialised form
   * @return the tallies, equal to those encoded
   * @throws MalformedTalliesException naming the offset and the field, if the bytes are not a valid
   *     serialised form
   */
  public static MonthlyTallies decode(byte[] bytes) {
    return new Reader(bytes).tallies();
  }

  private static int tierCode(AdministrativeLevel tier) {
    return switch (tier) {
      case PROVINCE -> 0;
      case DISTRICT -> 1;
      case COMMUNE -> 2;
    };
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  /** A cursor over the bytes being decoded. */
  private static final class Reader {
    private static final AdministrativeLevel[] TIERS = {
      AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE
    };

    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes) {
      this.bytes = requireNonNull(bytes, "bytes");
    }

    MonthlyTallies tallies() {
      for (int i = 0; i < MAGIC.length; i++) {
        if (at >= bytes.length || bytes[at] != MAGIC[i]) {
          throw new MalformedTalliesException(
              0, "magic", "is not \"DVKT\": these are not serialised monthly tallies");
        }
        at++;
      }
      int versionAt = at;
      int version = readByte("version");
      if (version != VERSION) {
        throw new MalformedTalliesException(
            versionAt, "version", "is " + version + "; this library reads version " + VERSION);
      }
      long zigzag = readVarint("first year");
      int year = (int) ((zigzag >>> 1) ^ -(zigzag & 1));
      int monthAt = at;
      long month = readVarint("first month");
      if (month < 1 || month > 12) {
        throw new MalformedTalliesException(monthAt, "first month", "is " + month + ", not 1-12");
      }
      int countAt = at;
      long monthCount = readVarint("month count");
      if (monthCount < 1 || monthCount > 12_000) {
        throw new MalformedTalliesException(
            countAt, "month count", "is " + monthCount + ", not 1-12000");
      }
      int widthAt = at;
      long width = readVarint("counter count");
      if (width != WIDTH) {
        throw new MalformedTalliesException(
            widthAt, "counter count", "is " + width + "; this library has " + WIDTH + " counters");
      }
      int groupsAt = at;
      long groupCount = readVarint("group count");
      int stride = (int) monthCount * WIDTH;
      // every group takes at least 2 + stride bytes: refuse counts the input cannot hold
      if (groupCount > (bytes.length - at) / (2L + stride)) {
        throw new MalformedTalliesException(
            groupsAt, "group count", "is " + groupCount + ", more than the bytes can hold");
      }
      MonthRange months = MonthRange.starting(YearMonth.of(year, (int) month), (int) monthCount);
      ImmutableList.Builder<UnitTier> groups = ImmutableList.builder();
      long[] counts = new long[(int) groupCount * stride];
      @Nullable UnitTier previous = null;
      for (int g = 0; g < groupCount; g++) {
        int groupAt = at;
        UnitTier group = new UnitTier(readCode(), readTier());
        if (previous != null && previous.compareTo(group) >= 0) {
          throw new MalformedTalliesException(
              groupAt,
              "group",
              group + " is not after " + previous + " (groups are sorted and distinct)");
        }
        boolean nonZero = false;
        for (int i = g * stride; i < (g + 1) * stride; i++) {
          int counterAt = at;
          long v = readVarint("counter");
          if (v < 0) {
            throw new MalformedTalliesException(counterAt, "counter", "exceeds 2^63-1");
          }
          counts[i] = v;
          nonZero |= v != 0;
        }
        if (!nonZero) {
          throw new MalformedTalliesException(groupAt, "group", group + " has only zero counters");
        }
        groups.add(group);
        previous = group;
      }
      if (at != bytes.length) {
        throw new MalformedTalliesException(
            at, "end", "expected, but " + (bytes.length - at) + " more bytes follow");
      }
      return MonthlyTallies.trusted(months, groups.build(), counts);
    }

    private String readCode() {
      int lengthAt = at;
      long length = readVarint("unit code length");
      if (length < 1 || length > bytes.length - at) {
        throw new MalformedTalliesException(
            lengthAt, "unit code length", "is " + length + ", beyond the remaining bytes");
      }
      String code;
      try {
        code =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, at, (int) length))
                .toString();
      } catch (CharacterCodingException e) {
        throw new MalformedTalliesException(at, "unit code", "is not valid UTF-8");
      }
      if (code.isBlank()) {
        throw new MalformedTalliesException(at, "unit code", "is blank");
      }
      at += (int) length;
      return code;
    }

    private AdministrativeLevel readTier() {
      int tierAt = at;
      int tier = readByte("tier");
      if (tier >= TIERS.length) {
        throw new MalformedTalliesException(tierAt, "tier", "is " + tier + ", not 0, 1 or 2");
      }
      return TIERS[tier];
    }

    private int readByte(String field) {
      if (at >= bytes.length) {
        throw new MalformedTalliesException(at, field, "is missing: the input is truncated");
      }
      return bytes[at++] & 0xFF;
    }

    private long readVarint(String field) {
      int start = at;
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (at >= bytes.length) {
          throw new MalformedTalliesException(start, field, "is cut short: the input is truncated");
        }
        int b = bytes[at++];
        if (shift == 63 && (b & 0x7E) != 0) {
          throw new MalformedTalliesException(start, field, "exceeds 64 bits");
        }
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw new MalformedTalliesException(start, field, "is a varint longer than 10 bytes");
    }
  }
}
