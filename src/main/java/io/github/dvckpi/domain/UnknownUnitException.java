package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

/** A unit code that a {@link UnitHierarchy} does not hold. The message names the code. */
public final class UnknownUnitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The unknown code. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the unknown code
   * @param context where it was looked up, e.g. {@code a hierarchy of 84 units}
   */
  public UnknownUnitException(String code, String context) {
    super("unknown administrative unit \"" + code + "\" in " + context);
    this.code = requireNonNull(code, "code");
  }

  /**
   * The unknown code.
   *
   * @return the code as given
   */
  public String code() {
    return code;
  }
}
