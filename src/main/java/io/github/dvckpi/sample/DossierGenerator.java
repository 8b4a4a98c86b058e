package io.github.dvckpi.sample;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic, seedable source of realistic dossiers of the {@link SampleProvince}, received
 * over one calendar year and observed on its last day.
 *
 * <p>Dossier {@code i} depends only on the seed and on {@code i}: the same seed gives the same
 * dossiers in the same order, and any part of the sequence can be generated alone. Nothing is
 * materialised: {@link #stream()} and {@link #iterator()} build each dossier when it is asked for,
 * so a run over ten million dossiers needs no more memory than one; the {@link #spliterator()}
 * splits by index ranges, so a {@link #parallelStream()} divides the work evenly and still yields
 * the same dossiers.
 *
 * <p>The mix resembles Hà Tĩnh's 2024 figures (Báo Hà Tĩnh; see {@code docs/performance.md}): 15%
 * of dossiers at the province tier, 30% at the district tier, 55% at the commune tier; of dossiers
 * of procedures provided online, about 90%, 98.5% and 92.5% filed online at those tiers; results
 * digitized for about 76%, 81% and 86%; about 70% resolved early, 25% on the due date and 5% late;
 * a few still in progress at the year's end; fewer dossiers around Tết (February) and on weekends.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * DossierGenerator gen = DossierGenerator.of(42, 1_000_000);
 * Tallies<UnitTier> t = Tallies.of(
 *     gen.stream(), Grouping.byUnitAndTier(), Buckets.months(ReportingPeriod.year(gen.year())));
 * }</pre>
 */
public final class DossierGenerator implements Iterable<Dossier> {

  /** The year generated unless another is chosen. */
  public static final int DEFAULT_YEAR = 2024;

  /** Per tier (province, district, commune): dossiers filed online, per mille, when eligible. */
  private static final int[] ONLINE_PER_MILLE = {900, 985, 925};

  /** Per tier: results digitized, per mille. */
  private static final int[] RESULT_DIGITIZED_PER_MILLE = {761, 812, 859};

  /** Relative intake volume per month, January to December (Tết falls in February). */
  private static final int[] MONTH_WEIGHT = {
    95, 60, 100, 100, 105, 100, 100, 105, 95, 105, 110, 115
  };

  private final SampleProvince province;
  private final long seed;
  private final long size;
  private final int year;
  private final LocalDate asOf;
  private final LocalDate[] days;
  private final int[] dayOfYearByDraw;
  private final ImmutableList<Agency>[] agencies;
  private final ImmutableList<Procedure>[] procedures;
  private final int[] processingDays;
  private final long[] fees;

  @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of lists indexed by tier
  private DossierGenerator(long seed, long size, int year) {
    if (size < 0) {
      throw new IllegalArgumentException("the number of dossiers cannot be negative: " + size);
    }
    this.province = SampleProvince.create();
    this.seed = seed;
    this.size = size;
    this.year = year;
    LocalDate first = LocalDate.of(year, 1, 1);
    this.asOf = LocalDate.of(year, 12, 31);
    int yearDays = first.lengthOfYear();
    this.days = new LocalDate[yearDays + 64];
    for (int i = 0; i < days.length; i++) {
      days[i] = first.plusDays(i);
    }
    this.dayOfYearByDraw = intakeCalendar(first, yearDays);
    AdministrativeLevel[] tiers = AdministrativeLevel.values();
    this.agencies = new ImmutableList[tiers.length];
    this.procedures = new ImmutableList[tiers.length];
    int count = 0;
    for (int t = 0; t < tiers.length; t++) {
      agencies[t] = province.agencies(tiers[t]);
      procedures[t] = province.procedures(tiers[t]);
      count += procedures[t].size();
    }
    this.processingDays = new int[count];
    this.fees = new long[count];
    for (int p = 0; p < count; p++) {
      int h = Draws.hash(100_000 + p);
      processingDays[p] = 1 + Math.floorMod(h, 20);
      fees[p] = 10_000L * (1 + Math.floorMod(h >>> 8, 50));
    }
  }

  /**
   * Intake days weighted by month and thinned on weekends: a table of day offsets drawn from
   * uniformly.
   */
  private static int[] intakeCalendar(LocalDate first, int yearDays) {
    int total = 0;
    int[] weight = new int[yearDays];
    for (int d = 0; d < yearDays; d++) {
      LocalDate day = first.plusDays(d);
      int w = MONTH_WEIGHT[day.getMonthValue() - 1];
      DayOfWeek dow = day.getDayOfWeek();
      weight[d] = dow == DayOfWeek.SUNDAY ? w / 10 : dow == DayOfWeek.SATURDAY ? w / 3 : w;
      total += weight[d];
    }
    int[] table = new int[total];
    int at = 0;
    for (int d = 0; d < yearDays; d++) {
      for (int k = 0; k < weight[d]; k++) {
        table[at++] = d;
      }
    }
    return table;
  }

  /**
   * A generator of {@code size} dossiers received in {@value #DEFAULT_YEAR}.
   *
   * @param seed the seed: the same seed gives the same dossiers
   * @param size the number of dossiers, {@code >= 0}
   * @return the generator
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static DossierGenerator of(long seed, long size) {
    return new DossierGenerator(seed, size, DEFAULT_YEAR);
  }

  /**
   * The same generator for another year.
   *
   * @param year the calendar year the dossiers are received in
   * @return a new generator
   */
  public DossierGenerator inYear(int year) {
    return new DossierGenerator(seed, size, year);
  }

  /**
   * The world the dossiers belong to.
   *
   * @return the sample province
   */
  public SampleProvince province() {
    return province;
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of dossiers.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * The year the dossiers are received in.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The day the dossiers are observed: the year's last day. Dossiers not resolved by then are in
   * progress.
   *
   * @return 31 December of the year
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The dossier at a position of the sequence.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the dossier, always the same for the same seed and index; its id is {@code HS-<index>}
   * @throws IndexOutOfBoundsException if the index is outside the sequence
   */
  public Dossier dossier(long index) {
    java.util.Objects.checkIndex(index, size);
    return generate(index);
  }

  private Dossier generate(long index) {
    Draws r = new Draws(seed, index);
    int tierRoll = r.below(1000);
    int tier = tierRoll < 150 ? 0 : tierRoll < 450 ? 1 : 2;
    ImmutableList<Agency> tierAgencies = agencies[tier];
    Agency agency =
        tierAgencies.get(Math.min(r.below(tierAgencies.size()), r.below(tierAgencies.size())));
    ImmutableList<Procedure> tierProcedures = procedures[tier];
    int p = Math.min(r.below(tierProcedures.size()), r.below(tierProcedures.size()));
    Procedure procedure = tierProcedures.get(p);
    int attributes =
        p + (tier == 0 ? 0 : procedures[0].size()) + (tier == 2 ? procedures[1].size() : 0);
    int receivedDay = dayOfYearByDraw[r.below(dayOfYearByDraw.length)];
    int dueDay = receivedDay + processingDays[attributes];
    Channel channel;
    if (procedure.serviceLevel() != ServiceLevel.NOT_ONLINE && r.chance(ONLINE_PER_MILLE[tier])) {
      channel = Channel.ONLINE;
    } else {
      channel = r.chance(850) ? Channel.COUNTER : Channel.POSTAL;
    }
    Dossier.Builder b =
        Dossier.builder()
            .id("HS-" + index)
            .procedure(procedure)
            .agency(agency)
            .channel(channel)
            .receivedOn(days[receivedDay])
            .dueOn(days[dueDay])
            .intakeDigitized(r.chance(750));
    int timeliness = r.below(1000);
    int resolvedDay =
        timeliness < 700
            ? receivedDay + r.below(dueDay - receivedDay)
            : timeliness < 950 ? dueDay : dueDay + 1 + r.below(10);
    boolean stuck = r.chance(10);
    if (!stuck && resolvedDay < days.length && !days[resolvedDay].isAfter(asOf)) {
      int outcomeRoll = r.below(1000);
      Outcome outcome =
          outcomeRoll < 950
              ? Outcome.GRANTED
              : outcomeRoll < 980 ? Outcome.REFUSED : Outcome.WITHDRAWN;
      b.resolved(days[resolvedDay], outcome);
      if (outcome == Outcome.GRANTED && procedure.issuesResult()) {
        b.resultDigitized(r.chance(RESULT_DIGITIZED_PER_MILLE[tier]));
      }
    }
    if (procedure.chargesFee() && r.chance(900)) {
      b.fee(fees[attributes]);
      b.paidOnline(r.chance(channel == Channel.ONLINE ? 900 : 100));
    }
    return b.build();
  }

  /**
   * The dossiers in order, generated one by one.
   *
   * @return a sequential stream
   */
  public Stream<Dossier> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /**
   * The dossiers, generated in parallel by index ranges.
   *
   * @return a parallel stream
   */
  public Stream<Dossier> parallelStream() {
    return StreamSupport.stream(spliterator(), true);
  }

  /**
   * The dossiers in order, generated one by one.
   *
   * @return a new iterator
   */
  @Override
  public Iterator<Dossier> iterator() {
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Dossier next() {
        if (next >= size) {
          throw new NoSuchElementException("all " + size + " dossiers were generated");
        }
        return generate(next++);
      }
    };
  }

  /**
   * The dossiers as a spliterator that splits by index ranges.
   *
   * @return a sized, ordered, immutable, non-null spliterator
   */
  @Override
  public Spliterator<Dossier> spliterator() {
    return new Range(0, size);
  }

  /** An index range of the sequence. */
  private final class Range implements Spliterator<Dossier> {
    private long from;
    private final long to;

    Range(long from, long to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Dossier> action) {
      if (from >= to) {
        return false;
      }
      action.accept(generate(from++));
      return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super Dossier> action) {
      long end = to;
      for (long i = from; i < end; i++) {
        action.accept(generate(i));
      }
      from = end;
    }

    @Override
    public @org.jspecify.annotations.Nullable Spliterator<Dossier> trySplit() {
      long half = (to - from) >>> 1;
      if (half < 1024) {
        return null;
      }
      Range prefix = new Range(from, from + half);
      from += half;
      return prefix;
    }

    @Override
    public long estimateSize() {
      return to - from;
    }

    @Override
    public int characteristics() {
      return SIZED | SUBSIZED | ORDERED | IMMUTABLE | NONNULL;
    }
  }

  @Override
  public String toString() {
    return "DossierGenerator[seed " + seed + ", " + size + " dossiers, " + year + "]";
  }
}
