package io.github.dvckpi.spark;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.indicator.KeyCodec;
import io.github.dvckpi.indicator.Tallies;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A typed Spark {@link Aggregator} that merges partial tallies exactly: its input, its buffer and
 * its output are {@link Tallies} in the library's own versioned binary form ({@link
 * Tallies#encode(KeyCodec)}, {@link Tallies#decode(byte[], KeyCodec)}), so that Spark moves plain
 * bytes between executors — no Kryo, no Java serialization of the tallies, no JVM flag.
 *
 * <p>Each partition of a job counts its rows with the library's {@code TallyAccumulator} and emits
 * one encoded snapshot; this aggregator merges those snapshots with {@link Tallies#plus(Tallies)},
 * the monoid's operation, in whatever order and grouping Spark chooses (partial aggregation on
 * every executor, then a final merge): the result is the same bytes' tallies every time. The empty
 * byte array is the monoid's identity (no tallies yet), so the aggregator needs no buckets of its
 * own.
 *
 * <pre>{@code
 * Dataset<byte[]> partials = ...; // one Tallies<UnitTier>.encode(KeyCodec.unitTiers()) a partition
 * byte[] merged = partials
 *     .select(TalliesAggregator.of(KeyCodec::unitTiers).toColumn())
 *     .first();
 * Tallies<UnitTier> tallies = Tallies.decode(merged, KeyCodec.unitTiers());
 * }</pre>
 *
 * @param <K> the group key of the tallies
 */
public final class TalliesAggregator<K> extends Aggregator<byte[], byte[], byte[]> {

  private static final long serialVersionUID = 1L;

  private static final byte[] NONE = new byte[0];

  /**
   * Where an executor finds the codec of the tallies' keys: a serializable function, usually a
   * method reference such as {@code KeyCodec::unitTiers}.
   *
   * @param <K> the key
   */
  @FunctionalInterface
  public interface Codec<K> extends Serializable {
    /**
     * The codec.
     *
     * @return the codec the tallies were encoded with
     */
    KeyCodec<K> get();
  }

  /** Where the codec of the tallies' keys is found, on the driver and on every executor. */
  private final Codec<K> codec;

  private TalliesAggregator(Codec<K> codec) {
    this.codec = codec;
  }

  /**
   * The aggregator of tallies encoded with a codec.
   *
   * @param <K> the group key
   * @param codec the codec, e.g. {@code KeyCodec::unitTiers}
   * @return the aggregator
   */
  public static <K> TalliesAggregator<K> of(Codec<K> codec) {
    return new TalliesAggregator<>(requireNonNull(codec, "codec"));
  }

  /**
   * The identity: no tallies yet, the empty byte array.
   *
   * @return an empty array
   */
  @Override
  public byte[] zero() {
    return NONE;
  }

  /**
   * Adds one partial tally to the buffer.
   *
   * @param buffer the tallies so far, encoded, or empty
   * @param partial a partition's tallies, encoded, or empty
   * @return the sum, encoded
   * @throws io.github.dvckpi.indicator.MalformedTalliesException if bytes are not tallies of the
   *     codec
   */
  @Override
  public byte[] reduce(byte[] buffer, byte[] partial) {
    return merge(buffer, partial);
  }

  /**
   * Merges two buffers.
   *
   * @param left encoded tallies, or empty
   * @param right encoded tallies, or empty
   * @return their sum, encoded
   * @throws io.github.dvckpi.indicator.MalformedTalliesException if bytes are not tallies of the
   *     codec
   * @throws IllegalArgumentException if the two are counted over different buckets
   */
  @Override
  public byte[] merge(byte[] left, byte[] right) {
    if (left.length == 0) {
      return right;
    }
    if (right.length == 0) {
      return left;
    }
    KeyCodec<K> keys = codec.get();
    return Tallies.decode(left, keys).plus(Tallies.decode(right, keys)).encode(keys);
  }

  /**
   * The merged tallies.
   *
   * @param buffer the merged tallies, encoded, or empty if there were none
   * @return the same bytes
   */
  @Override
  public byte[] finish(byte[] buffer) {
    return buffer;
  }

  /**
   * The buffer's encoder: plain bytes.
   *
   * @return Spark's binary encoder
   */
  @Override
  public Encoder<byte[]> bufferEncoder() {
    return Encoders.BINARY();
  }

  /**
   * The output's encoder: plain bytes.
   *
   * @return Spark's binary encoder
   */
  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }
}
