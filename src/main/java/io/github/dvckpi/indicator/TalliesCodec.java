package io.github.dvckpi.indicator;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.UnsignedBytes;
import io.github.dvckpi.indicator.internal.CounterUpdates;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The binary form of {@link Tallies} (format version 2), for partial tallies computed in one
 * process and merged in another. Not Java serialization: small, versioned and documented. All
 * integers are unsigned LEB128 varints (7 bits per byte, low bits first) unless stated:
 *
 * <ol>
 *   <li>magic: the 4 ASCII bytes {@code DVKT};
 *   <li>format version: one byte, 2;
 *   <li>the key codec's name: UTF-8 length and bytes;
 *   <li>number of buckets, at least 1; the first bucket's first day as a zigzag varint of its epoch
 *       day; then each bucket's length in days, at least 1 (buckets are consecutive);
 *   <li>number of counters per cell: 16, in {@link Counter} declaration order;
 *   <li>number of groups; then each group, in the unsigned byte order of its encoded key and at
 *       most once: the key's UTF-8 length and bytes, then bucket by bucket the 16 counters.
 * </ol>
 *
 * <p>Decoding checks everything and rejects bad input with a {@link MalformedTalliesException}
 * naming the byte offset and the field.
 */
final class TalliesCodec {

  private static final byte[] MAGIC = {'D', 'V', 'K', 'T'};
  static final int VERSION = 2;
  private static final int WIDTH = CounterUpdates.WIDTH;
  private static final Comparator<byte[]> BYTES = UnsignedBytes.lexicographicalComparator();

  private TalliesCodec() {}

  static <K> byte[] encode(Tallies<K> tallies, KeyCodec<? super K> keys) {
    ImmutableList<K> groups = tallies.groups();
    Buckets buckets = tallies.buckets();
    int n = buckets.size();
    int stride = n * WIDTH;
    List<byte[]> encoded = new ArrayList<>(groups.size());
    List<Integer> order = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      encoded.add(keys.write(groups.get(g)).getBytes(StandardCharsets.UTF_8));
      order.add(g);
    }
    order.sort((a, b) -> BYTES.compare(encoded.get(a), encoded.get(b)));
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + groups.size() * (stride + 8));
    out.write(MAGIC, 0, MAGIC.length);
    out.write(VERSION);
    writeBytes(out, keys.name().getBytes(StandardCharsets.UTF_8));
    writeVarint(out, n);
    long first = buckets.span().first().toEpochDay();
    writeVarint(out, (first << 1) ^ (first >> 63));
    for (DateRange range : buckets.ranges()) {
      writeVarint(out, range.days());
    }
    writeVarint(out, WIDTH);
    writeVarint(out, groups.size());
    long[] counts = tallies.counts();
    for (int g : order) {
      writeBytes(out, encoded.get(g));
      for (int i = g * stride; i < (g + 1) * stride; i++) {
        writeVarint(out, counts[i]);
      }
    }
    return out.toByteArray();
  }

  private static void writeBytes(ByteArrayOutputStream out, byte[] bytes) {
    writeVarint(out, bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  static <K> Tallies<K> decode(byte[] bytes, KeyCodec<K> keys) {
    return new Reader<>(bytes, keys).tallies();
  }

  /** A cursor over the bytes being decoded. */
  private static final class Reader<K> {
    private final byte[] bytes;
    private final KeyCodec<K> keys;
    private int at;

    Reader(byte[] bytes, KeyCodec<K> keys) {
      this.bytes = bytes;
      this.keys = keys;
    }

    Tallies<K> tallies() {
      for (int i = 0; i < MAGIC.length; i++) {
        if (at >= bytes.length || bytes[at] != MAGIC[i]) {
          throw new MalformedTalliesException(
              0, "magic", "is not \"DVKT\": these are not tallies in their binary form");
        }
        at++;
      }
      int versionAt = at;
      int version = readByte("version");
      if (version != VERSION) {
        throw new MalformedTalliesException(
            versionAt, "version", "is " + version + "; this library reads version " + VERSION);
      }
      int codecAt = at;
      String codec = readText("key codec");
      if (!codec.equals(keys.name())) {
        throw new MalformedTalliesException(
            codecAt,
            "key codec",
            "is \"" + codec + "\"; these bytes are read with the codec \"" + keys.name() + "\"");
      }
      int countAt = at;
      long n = readVarint("bucket count");
      if (n < 1 || n > bytes.length - at) {
        throw new MalformedTalliesException(
            countAt, "bucket count", "is " + n + ", not 1 to the bytes left");
      }
      int firstAt = at;
      long zigzag = readVarint("first day");
      long epoch = (zigzag >>> 1) ^ -(zigzag & 1);
      LocalDate day;
      try {
        day = LocalDate.ofEpochDay(epoch);
      } catch (java.time.DateTimeException e) {
        throw new MalformedTalliesException(firstAt, "first day", "is out of range: " + epoch);
      }
      List<DateRange> ranges = new ArrayList<>();
      for (int b = 0; b < n; b++) {
        int lengthAt = at;
        long days = readVarint("bucket length");
        if (days < 1 || days > 4_000_000) {
          throw new MalformedTalliesException(
              lengthAt, "bucket length", "is " + days + " days, not 1 to 4000000");
        }
        LocalDate last = day.plusDays(days - 1);
        ranges.add(DateRange.of(day, last));
        day = last.plusDays(1);
      }
      Buckets buckets = Buckets.split(ranges);
      int widthAt = at;
      long width = readVarint("counter count");
      if (width != WIDTH) {
        throw new MalformedTalliesException(
            widthAt, "counter count", "is " + width + "; this library has " + WIDTH + " counters");
      }
      int groupsAt = at;
      long groupCount = readVarint("group count");
      int stride = (int) n * WIDTH;
      // every group takes at least 1 + stride bytes: refuse counts the input cannot hold
      if (groupCount > (bytes.length - at) / (1L + stride)) {
        throw new MalformedTalliesException(
            groupsAt, "group count", "is " + groupCount + ", more than the bytes can hold");
      }
      ImmutableList.Builder<K> groups = ImmutableList.builder();
      long[] counts = new long[(int) groupCount * stride];
      byte @Nullable [] previous = null;
      for (int g = 0; g < groupCount; g++) {
        int groupAt = at;
        byte[] keyBytes = readBytes("key");
        if (previous != null && BYTES.compare(previous, keyBytes) >= 0) {
          throw new MalformedTalliesException(
              groupAt, "key", "is not after the previous one (keys are sorted and distinct)");
        }
        K key;
        try {
          key = keys.read(utf8(keyBytes, groupAt));
        } catch (IllegalArgumentException e) {
          throw new MalformedTalliesException(
              groupAt, "key", "is no key of the codec \"" + keys.name() + "\": " + e.getMessage());
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
          throw new MalformedTalliesException(groupAt, "group", key + " has only zero counters");
        }
        groups.add(key);
        previous = keyBytes;
      }
      if (at != bytes.length) {
        throw new MalformedTalliesException(
            at, "end", "expected, but " + (bytes.length - at) + " more bytes follow");
      }
      return Tallies.trusted(buckets, groups.build(), counts);
    }

    private String readText(String field) {
      int start = at;
      return utf8(readBytes(field), start);
    }

    private String utf8(byte[] b, int offset) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b))
            .toString();
      } catch (CharacterCodingException e) {
        throw new MalformedTalliesException(offset, "text", "is not valid UTF-8");
      }
    }

    private byte[] readBytes(String field) {
      int lengthAt = at;
      long length = readVarint(field + " length");
      if (length > bytes.length - at) {
        throw new MalformedTalliesException(
            lengthAt, field + " length", "is " + length + ", beyond the remaining bytes");
      }
      byte[] out = new byte[(int) length];
      System.arraycopy(bytes, at, out, 0, out.length);
      at += out.length;
      return out;
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
