package io.github.dvckpi.assertj;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on dvc-kpi's values: every failure is collected, and {@link #assertAll()} (or the
 * end of {@link #assertSoftly(Consumer)}) reports them all at once.
 *
 * <pre>{@code
 * DvcKpiSoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(report).hasRate(city, ONLINE_SUBMISSION_ELIGIBLE, "99,79%");
 *   softly.assertThat(evaluation).isNotMet().hasShortfall(10);
 * });
 * }</pre>
 *
 * <p>It works with AssertJ's JUnit 5 {@code SoftAssertionsExtension} ({@code @InjectSoftAssertions
 * DvcKpiSoftAssertions softly}). To use dvc-kpi's and AssertJ's assertions in one object, implement
 * {@link DvcKpiSoftAssertionsProvider} in a subclass of AssertJ's {@code SoftAssertions}.
 */
public class DvcKpiSoftAssertions extends AbstractSoftAssertions
    implements DvcKpiSoftAssertionsProvider {

  /** Soft assertions with no failure collected yet. */
  public DvcKpiSoftAssertions() {
    // AbstractSoftAssertions sets up the collection of failures
  }

  /**
   * Runs the assertions softly, then reports every failure at once.
   *
   * @param softly the assertions
   * @throws AssertionError listing every failure, if any
   */
  public static void assertSoftly(Consumer<DvcKpiSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(DvcKpiSoftAssertions.class, softly);
  }
}
