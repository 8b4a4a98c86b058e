package io.github.dvckpi.sample;

/**
 * The random draws of one dossier: a SplitMix64 sequence started from the generator's seed and the
 * dossier's index, so that every dossier can be generated alone, in any order, on any thread, and
 * is always the same. Integers only: probabilities are per mille.
 */
final class Draws {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  Draws(long seed, long index) {
    this.state = mix(seed ^ mix(index * GOLDEN + 0x632BE59BD9B4E019L));
  }

  /** The next 64 random bits. */
  long next() {
    state += GOLDEN;
    return mix(state);
  }

  /** A value in {@code [0, bound)}. */
  int below(int bound) {
    return (int) Long.remainderUnsigned(next(), bound);
  }

  /** True with a probability of {@code perMille} / 1000. */
  boolean chance(int perMille) {
    return below(1000) < perMille;
  }

  private static long mix(long z) {
    long x = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }

  /** A fixed hash of a small integer, for the attributes of the sample world. */
  static int hash(int n) {
    return (int) mix(n * GOLDEN);
  }
}
