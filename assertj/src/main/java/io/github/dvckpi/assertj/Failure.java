package io.github.dvckpi.assertj;

import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * The failure messages of these assertions, in AssertJ's layout: what was expected, then what the
 * actual value is, with its counts. Text arguments that are not figures print without quotes.
 */
final class Failure extends BasicErrorMessageFactory {

  private Failure(String format, Object... arguments) {
    super(format, arguments);
  }

  /** A message whose {@code %s} are replaced by the arguments, as AssertJ represents them. */
  static Failure of(String format, Object... arguments) {
    return new Failure(format, arguments);
  }

  /** A count as the library prints it, e.g. {@code 1.037}, without the {@code L} of a long. */
  static CharSequence count(long count) {
    return text(RateFormat.count(count, DvcKpi.LANGUAGE));
  }

  /** A number as the library prints it, e.g. {@code -0,01}. */
  static CharSequence number(BigDecimal number) {
    return text(RateFormat.number(number, DvcKpi.LANGUAGE));
  }

  /** Text that prints as it is, without the quotes AssertJ puts around strings. */
  static CharSequence text(String text) {
    return unquotedString(text);
  }
}
