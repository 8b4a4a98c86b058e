package io.github.dvckpi.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.target.BandScale;
import io.github.dvckpi.target.Target;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A bar chart of one indicator of a {@link KpiReport}: one bar per row of the report (tiers, the
 * territory's own agencies, the units below it, and the total), optionally coloured by a {@link
 * BandScale} and marked with the {@link Target}s the rows are held to.
 *
 * <pre>{@code
 * Chart chart = Chart.of(Indicator.ONLINE_SUBMISSION_ELIGIBLE)
 *     .withBands(BandScale.trafficLight(Direction.AT_LEAST, "80%", "95%"))
 *     .withTargets(Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "80%"));
 * String svg = chart.svg(report, RateFormat.VIETNAMESE);   // an SVG document
 * String bars = chart.bars(report, RateFormat.ENGLISH);    // bars for a terminal
 * }</pre>
 *
 * <p>A chart renders as an SVG document ({@link #svg(KpiReport, Locale)}), as terminal bars ({@link
 * #bars(KpiReport, Locale)}), and inside the HTML page of {@link ReportFormat#html(KpiReport,
 * Locale, int, RoundingMode, java.util.List)}; {@link ReportFormat#HTML} and {@link
 * ReportFormat#BARS} draw one plain chart (no bands, no targets) per indicator.
 *
 * <p><b>Exactness.</b> Every figure a chart shows comes from the exact counts: a percent is rounded
 * once, at the scale and mode given, by {@link RateFormat#percent(io.github.dvckpi.rate.Rate,
 * Locale, int, RoundingMode)}, counts are printed exactly, the colour is the band {@link
 * BandScale#bandOf(io.github.dvckpi.rate.Rate)} finds by exact comparison, and a verdict is the
 * target's own {@link Target#evaluate(KpiReport, Scope) evaluation}. Geometry is the only place
 * where a number is not shown as it is: the length of a bar is the pixel coordinate {@code
 * numerator × width / denominator} and a target line sits at {@code threshold × width / 100}, both
 * computed exactly from the counts and the threshold (decimal arithmetic, no {@code double}) and
 * rounded to 0,01 px; in a terminal a bar is the whole number of eighths of a character cell it
 * covers, rounded down. These coordinates place shapes; no label is ever derived from them.
 *
 * <p><b>No data.</b> A row whose rate is undefined (no dossier in the indicator's population) gets
 * no bar and no colour: it shows the words "không có dữ liệu" / "no data" where the bar would be,
 * never 0%. A rate of 0% over counted dossiers is a bar of length 0 with its percent and counts.
 *
 * <p><b>Targets.</b> A target marks the rows it {@link Target#appliesTo(Scope,
 * io.github.dvckpi.domain.AdministrativeUnit) applies to} in a report whose period it {@link
 * Target#appliesDuring(io.github.dvckpi.period.DateRange) applies during}: a dashed line at the
 * threshold across those rows in SVG, with the verdict in each bar's tooltip; the verdict after the
 * bar in a terminal.
 *
 * <p>Renderings are deterministic: the same chart, report, language and percent policy give the
 * same characters. Immutable and thread-safe; the {@code with}-methods return new charts.
 */
public final class Chart {

  private final Indicator indicator;
  private final @Nullable BandScale bands;
  private final ImmutableList<Target> targets;

  private Chart(Indicator indicator, @Nullable BandScale bands, ImmutableList<Target> targets) {
    this.indicator = indicator;
    this.bands = bands;
    this.targets = targets;
  }

  /**
   * A plain chart of an indicator: one neutral colour, no target.
   *
   * @param indicator the indicator, one the reports to draw compute
   * @return the chart
   */
  public static Chart of(Indicator indicator) {
    return new Chart(requireNonNull(indicator, "indicator"), null, ImmutableList.of());
  }

  /**
   * The same chart with its bars coloured by a band scale.
   *
   * @param bands the bands; each bar takes the colour of the band its exact rate falls in
   * @return the coloured chart
   */
  public Chart withBands(BandScale bands) {
    return new Chart(indicator, requireNonNull(bands, "bands"), targets);
  }

  /**
   * The same chart with these targets, replacing any given before.
   *
   * @param targets targets of the chart's indicator
   * @return the chart with the targets
   * @throws IllegalArgumentException if a target is for another indicator
   */
  public Chart withTargets(Target... targets) {
    return withTargets(Arrays.asList(targets));
  }

  /**
   * The same chart with these targets, replacing any given before; for instance those of a target
   * set, {@code chart.withTargets(set.targetsFor(chart.indicator()))}.
   *
   * @param targets targets of the chart's indicator, in the order they are to be drawn
   * @return the chart with the targets
   * @throws IllegalArgumentException if a target is for another indicator
   */
  public Chart withTargets(Collection<Target> targets) {
    for (Target target : targets) {
      checkArgument(
          requireNonNull(target, "target").indicator() == indicator,
          "target %s is for %s, not for the chart's indicator %s",
          target,
          target.indicator().key(),
          indicator.key());
    }
    return new Chart(indicator, bands, ImmutableList.copyOf(targets));
  }

  /**
   * The indicator.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * The band scale that colours the bars.
   *
   * @return the bands, or empty for one neutral colour
   */
  public Optional<BandScale> bands() {
    return Optional.ofNullable(bands);
  }

  /**
   * The targets drawn.
   *
   * @return the targets, possibly none
   */
  public ImmutableList<Target> targets() {
    return targets;
  }

  /**
   * The chart of a report as a standalone SVG document, with the default percent policy ({@link
   * RateFormat#DEFAULT_SCALE} decimals, {@link RateFormat#DEFAULT_ROUNDING}).
   *
   * @param report the report; it must compute the chart's indicator
   * @param locale the language of the words and numbers: Vietnamese for {@code vi}, English
   *     otherwise
   * @return the SVG document, lines ending in {@code \n}
   * @throws IllegalArgumentException if the report does not compute the indicator
   */
  public String svg(KpiReport report, Locale locale) {
    return svg(report, locale, RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING);
  }

  /**
   * The chart of a report as a standalone SVG document: a title, a legend of the bands, a bar per
   * row with its label, percent and counts, a tooltip ({@code <title>}) with the counts, band and
   * verdicts of each bar, the target lines, a percent axis, and the percent policy. The document is
   * accessible ({@code role="img"}, an {@code aria-label}, a {@code <desc>} that lists every row)
   * and needs no font, script or style sheet of its own.
   *
   * @param report the report; it must compute the chart's indicator
   * @param locale the language of the words and numbers
   * @param scale decimals of the percents, 0 to 30
   * @param mode how to round the percents
   * @return the SVG document, lines ending in {@code \n}
   * @throws IllegalArgumentException if the report does not compute the indicator
   */
  public String svg(KpiReport report, Locale locale, int scale, RoundingMode mode) {
    check(report, locale, mode);
    return SvgBarChart.render(this, report, locale, scale, mode);
  }

  /**
   * The chart of a report as terminal bars, with the default percent policy.
   *
   * @param report the report; it must compute the chart's indicator
   * @param locale the language of the words and numbers
   * @return the bars, lines ending in {@code \n}
   * @throws IllegalArgumentException if the report does not compute the indicator
   */
  public String bars(KpiReport report, Locale locale) {
    return bars(report, locale, RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING);
  }

  /**
   * The chart of a report as terminal bars: the indicator's name and dating on the first line, then
   * one line per row with its label, a bar of Unicode block characters ({@code █} and the eighths
   * {@code ▏▎▍▌▋▊▉}, {@value TerminalBars#CELLS} cells for 100%), its percent and counts, and the
   * verdicts of the targets that apply. Labels are aligned by their width after NFC composition, so
   * decomposed Vietnamese input lines up too. Bands have no colour in a terminal; they are not
   * shown.
   *
   * @param report the report; it must compute the chart's indicator
   * @param locale the language of the words and numbers
   * @param scale decimals of the percents, 0 to 30
   * @param mode how to round the percents
   * @return the bars, lines ending in {@code \n}
   * @throws IllegalArgumentException if the report does not compute the indicator
   */
  public String bars(KpiReport report, Locale locale, int scale, RoundingMode mode) {
    check(report, locale, mode);
    return TerminalBars.chart(this, report, locale, scale, mode);
  }

  private void check(KpiReport report, Locale locale, RoundingMode mode) {
    ReportFormat.check(report, locale, mode);
    report.dating(indicator);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Chart c
        && c.indicator == indicator
        && Objects.equals(c.bands, bands)
        && c.targets.equals(targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, bands, targets);
  }

  /** E.g. {@code Chart[online-submission-eligible, bands AT_LEAST […], targets […]]}. */
  @Override
  public String toString() {
    return "Chart["
        + indicator.key()
        + (bands == null ? "" : ", bands " + bands)
        + (targets.isEmpty() ? "" : ", targets " + targets)
        + "]";
  }
}
