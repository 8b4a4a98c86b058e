package io.github.dvckpi.report;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.target.Evaluation;
import io.github.dvckpi.target.Target;
import java.util.Locale;

/**
 * One bar of a {@link Chart}: a row of the report, its rate, the group it is drawn in (tiers, own
 * agencies and units, the total) and the evaluations of the chart's targets that apply to it.
 *
 * @param scope the row
 * @param rate its rate of the chart's indicator
 * @param group 0 for a tier, 1 for the own agencies or a unit, 2 for the total
 * @param evaluations the evaluations of the targets that apply to the row, in the chart's order
 */
record ChartRow(Scope scope, Rate rate, int group, ImmutableList<Evaluation> evaluations) {

  /** The bars of a chart of a report, in the report's row order. */
  static ImmutableList<ChartRow> of(Chart chart, KpiReport report) {
    ImmutableList.Builder<ChartRow> out = ImmutableList.builder();
    for (Scope scope : report.scopes()) {
      ImmutableList.Builder<Evaluation> evaluations = ImmutableList.builder();
      for (Target target : chart.targets()) {
        if (target.appliesDuring(report.period().range())
            && target.appliesTo(scope, report.territory().orElse(null))) {
          evaluations.add(target.evaluate(report, scope));
        }
      }
      out.add(
          new ChartRow(
              scope, report.rate(scope, chart.indicator()), group(scope), evaluations.build()));
    }
    return out.build();
  }

  private static int group(Scope scope) {
    if (scope instanceof Scope.Tier) {
      return 0;
    }
    return scope instanceof Scope.Total ? 2 : 1;
  }

  boolean isTotal() {
    return group == 2;
  }

  String label(Locale locale) {
    return Texts.rowLabel(scope, locale);
  }
}
