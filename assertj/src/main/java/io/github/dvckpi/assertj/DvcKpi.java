package io.github.dvckpi.assertj;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/** What the failure messages share. */
final class DvcKpi {

  /**
   * The language in which values are described in failure messages: the library's own default, in
   * which its values print ({@code toString}) and official figures are written.
   */
  static final Locale LANGUAGE = RateFormat.VIETNAMESE;

  private DvcKpi() {}
}
