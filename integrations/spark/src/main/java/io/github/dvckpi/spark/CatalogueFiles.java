package io.github.dvckpi.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.io.Catalogue;
import io.github.dvckpi.io.CatalogueCsvReader;
import io.github.dvckpi.io.CatalogueImport;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.io.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * The three catalogue files of a job (units, agencies, procedures) as their bytes, so that every
 * executor reads the very same catalogue with the library's own CSV import: the driver reads the
 * files once, Spark broadcasts the bytes, each partition parses them. A catalogue is small (a
 * province: a few kilobytes; the whole country: a few megabytes). Immutable: the bytes are copied
 * in and never handed out.
 */
public final class CatalogueFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The units file's name, for messages. */
  private final String unitsName;

  /** The units file's bytes. */
  private final byte[] units;

  /** The agencies file's name. */
  private final String agenciesName;

  /** The agencies file's bytes. */
  private final byte[] agencies;

  /** The procedures file's name. */
  private final String proceduresName;

  /** The procedures file's bytes. */
  private final byte[] procedures;

  private CatalogueFiles(
      String unitsName,
      byte[] units,
      String agenciesName,
      byte[] agencies,
      String proceduresName,
      byte[] procedures) {
    this.unitsName = unitsName;
    this.units = units;
    this.agenciesName = agenciesName;
    this.agencies = agencies;
    this.proceduresName = proceduresName;
    this.procedures = procedures;
  }

  /**
   * The catalogue of three files' contents.
   *
   * @param unitsName the units file's name, for messages
   * @param units its bytes
   * @param agenciesName the agencies file's name
   * @param agencies its bytes
   * @param proceduresName the procedures file's name
   * @param procedures its bytes
   * @return the files
   */
  public static CatalogueFiles of(
      String unitsName,
      byte[] units,
      String agenciesName,
      byte[] agencies,
      String proceduresName,
      byte[] procedures) {
    return new CatalogueFiles(
        requireNonNull(unitsName, "unitsName"),
        units.clone(),
        requireNonNull(agenciesName, "agenciesName"),
        agencies.clone(),
        requireNonNull(proceduresName, "proceduresName"),
        procedures.clone());
  }

  /**
   * Reads the catalogue, units first, as {@link CatalogueCsvReader#read}.
   *
   * @param options how to read the files
   * @return the catalogue and one report per file
   */
  public CatalogueImport read(ImportOptions options) {
    try {
      ImportResult<UnitHierarchy> u =
          CatalogueCsvReader.readUnits(new ByteArrayInputStream(units), unitsName, options);
      ImportResult<ImmutableList<Agency>> a =
          CatalogueCsvReader.readAgencies(
              new ByteArrayInputStream(agencies), agenciesName, u.value(), options);
      ImportResult<ImmutableList<Procedure>> p =
          CatalogueCsvReader.readProcedures(
              new ByteArrayInputStream(procedures), proceduresName, options);
      return new CatalogueImport(
          Catalogue.of(u.value(), a.value(), p.value()), u.report(), a.report(), p.report());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names and sizes, e.g. {@code CatalogueFiles[don_vi.csv 2 KB, …]}. */
  @Override
  public String toString() {
    return "CatalogueFiles["
        + unitsName
        + " "
        + units.length
        + " B, "
        + agenciesName
        + " "
        + agencies.length
        + " B, "
        + proceduresName
        + " "
        + procedures.length
        + " B]";
  }
}
