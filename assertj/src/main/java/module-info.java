/**
 * AssertJ assertions for tests of code that uses dvc-kpi: one entry point, {@link
 * io.github.dvckpi.assertj.DvcKpiAssertions#assertThat(io.github.dvckpi.rate.Rate)
 * DvcKpiAssertions.assertThat(...)}, and soft assertions ({@link
 * io.github.dvckpi.assertj.DvcKpiSoftAssertions}). A test module {@code requires
 * io.github.dvckpi.assertj}, which brings the library and AssertJ with it.
 */
module io.github.dvckpi.assertj {
  requires transitive io.github.dvckpi;
  requires transitive org.assertj.core;

  exports io.github.dvckpi.assertj;
}
