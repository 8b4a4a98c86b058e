package io.github.dvckpi.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.KeyCodec;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.io.Catalogue;
import io.github.dvckpi.io.ColumnMapping;
import io.github.dvckpi.io.DossierRowMapper;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.Rejection;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.RateFormat;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What each partition of the job does: the rows of text cells that Spark's CSV reader gives become
 * dossiers or counted rejections through the library's {@link DossierRowMapper} (one mapper per
 * part of a file: Spark may put several small files in one partition, or split a large file over
 * several), and the dossiers are counted by the library's {@link TallyAccumulator} by unit and
 * tier. The partition emits one row per rejection as it happens, then one row with its encoded
 * tallies and one with its counts (accepted, rejected), in the layout of {@link #SCHEMA}.
 *
 * <p>The rejections name the file (its name without directories) and, for the part that starts the
 * file, its line (the header is line 1, records one line each since the job reads CSV without
 * multi-line cells); for a later part of a split file, {@code name@offset} and the record's number
 * within that part, since Spark's reader does not know the line numbers of a part it did not read
 * from the start. The duplicate-id check, when on, is per part: a dossier id repeated in two parts
 * is not detected.
 */
final class DossierPartitions implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** The kind of a tallies row. */
  static final String TALLIES = "tallies";

  /** The kind of a counts row. */
  static final String COUNTS = "counts";

  /** The kind of a rejection row. */
  static final String REJECTION = "rejection";

  /** The columns of a rejection, as {@code RejectionCsvWriter.HEADER}, after kind and tallies. */
  static final StructType SCHEMA =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("tallies", DataTypes.BinaryType, true)
          .add("accepted", DataTypes.LongType, false)
          .add("rejected", DataTypes.LongType, false)
          .add("tep", DataTypes.StringType, true)
          .add("dong", DataTypes.LongType, true)
          .add("cot", DataTypes.StringType, true)
          .add("gia_tri", DataTypes.StringType, true)
          .add("ma_ly_do", DataTypes.StringType, true)
          .add("ly_do", DataTypes.StringType, true)
          .add("reason", DataTypes.StringType, true)
          .add("arguments", DataTypes.createArrayType(DataTypes.StringType, false), true);

  private final ImmutableList<String> header;
  private final Broadcast<CatalogueFiles> catalogue;
  private final boolean duplicateCheck;
  private final LocalDate[] firstDays;
  private final LocalDate[] lastDays;

  DossierPartitions(
      List<String> header,
      Broadcast<CatalogueFiles> catalogue,
      boolean duplicateCheck,
      Buckets buckets) {
    this.header = ImmutableList.copyOf(header);
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.duplicateCheck = duplicateCheck;
    int n = buckets.size();
    this.firstDays = new LocalDate[n];
    this.lastDays = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      firstDays[i] = buckets.get(i).first();
      lastDays[i] = buckets.get(i).last();
    }
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    List<DateRange> ranges = new ArrayList<>(firstDays.length);
    for (int i = 0; i < firstDays.length; i++) {
      ranges.add(DateRange.of(firstDays[i], lastDays[i]));
    }
    ImportOptions options =
        ImportOptions.defaults().withDuplicateCheck(duplicateCheck).withMaxKeptRejections(0);
    Catalogue parsed = catalogue.value().read(ImportOptions.defaults()).catalogue();
    return new Part(rows, parsed, options, Buckets.split(ranges));
  }

  /** One partition's pass: lazy, so that a partition of rejections never sits in memory. */
  private final class Part implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final Catalogue catalogue;
    private final ImportOptions options;
    private final TallyAccumulator<UnitTier> counted;
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private final int width = header.size();
    private final int corruptColumn = header.size();
    private final int nameColumn = header.size() + 1;
    private final int startColumn = header.size() + 2;
    private DossierRowMapper mapper;
    private String part;
    private long record;
    private long accepted;
    private long rejected;
    private boolean finished;

    Part(Iterator<Row> rows, Catalogue catalogue, ImportOptions options, Buckets buckets) {
      this.rows = rows;
      this.catalogue = catalogue;
      this.options = options;
      this.counted = new TallyAccumulator<>(Grouping.byUnitAndTier(), buckets);
      this.part = "";
      this.mapper = mapper(part);
    }

    private DossierRowMapper mapper(String source) {
      return DossierRowMapper.of(
          catalogue, ColumnMapping.defaults(), options, source, header, r -> pending.add(row(r)));
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && !finished) {
        if (rows.hasNext()) {
          map(rows.next());
        } else {
          close();
          pending.add(
              RowFactory.create(
                  TALLIES,
                  counted.snapshot().encode(KeyCodec.unitTiers()),
                  0L,
                  0L,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null));
          pending.add(
              RowFactory.create(
                  COUNTS, null, accepted, rejected, null, null, null, null, null, null, null,
                  null));
          finished = true;
        }
      }
      return !pending.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.remove();
    }

    private void map(Row row) {
      String name = row.getString(nameColumn);
      long start = row.getLong(startColumn);
      String source = start == 0 ? name : name + "@" + start;
      if (!source.equals(part)) {
        close();
        part = source;
        mapper = mapper(source);
        record = start == 0 ? 1 : 0; // the header is line 1 of a file
      }
      record++;
      String corrupt = row.isNullAt(corruptColumn) ? null : row.getString(corruptColumn);
      List<String> cells;
      if (corrupt != null) {
        cells = CsvCells.split(corrupt);
      } else {
        cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
          cells.add(row.isNullAt(i) ? "" : row.getString(i));
        }
      }
      Optional<Dossier> dossier = mapper.map(record, cells);
      dossier.ifPresent(counted::add);
    }

    /** Adds the current part's reconciliation to the partition's. */
    private void close() {
      ImportReport report = mapper.report(true);
      accepted = Math.addExact(accepted, report.accepted());
      rejected = Math.addExact(rejected, report.rejected());
    }
  }

  private static Row row(Rejection r) {
    return RowFactory.create(
        REJECTION,
        null,
        0L,
        0L,
        r.source(),
        r.line(),
        r.column(),
        r.value(),
        r.reason().name(),
        r.reasonText(RateFormat.VIETNAMESE),
        r.reasonText(RateFormat.ENGLISH),
        r.arguments().toArray(new String[0]));
  }
}
