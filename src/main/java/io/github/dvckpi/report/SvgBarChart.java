package io.github.dvckpi.report;

import static io.github.dvckpi.report.Markup.escape;
import static io.github.dvckpi.report.Markup.px;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.target.Band;
import io.github.dvckpi.target.BandScale;
import io.github.dvckpi.target.Evaluation;
import io.github.dvckpi.target.Target;
import io.github.dvckpi.target.Threshold;
import io.github.dvckpi.words.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SVG document of a {@link Chart}: horizontal bars, labels on the left, percent and counts on
 * the right, a percent axis below. Sizes are estimated from the number of characters (NFC), so the
 * layout needs no font metrics and is the same on every machine; coordinates are exact decimals
 * rounded to 0,01 px.
 */
final class SvgBarChart {

  static final String FONTS =
      "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans',"
          + " sans-serif";
  static final String NEUTRAL = "#3a6ea5";
  private static final String INK = "#1f2933";
  private static final String MUTED = "#616e7c";
  private static final String GRID = "#e4e7eb";
  private static final String TRACK = "#f2f4f6";
  private static final String RULE = "#9aa5b1";

  private static final int MIN_WIDTH = 720;
  private static final int MARGIN = 20;
  private static final int LABEL_FONT = 13;
  private static final int MIN_LABEL = 100;
  private static final int MAX_LABEL = 250;
  private static final int LABEL_GAP = 12;
  private static final int MIN_PLOT = 320;
  private static final int VALUE_GAP = 10;
  private static final int MIN_VALUE = 150;
  private static final int BAR = 20;
  private static final int PITCH = 30;
  private static final int GROUP_GAP = 12;
  private static final int TICK_STEP = 20;

  private SvgBarChart() {}

  static String render(Chart chart, KpiReport report, Locale locale, int scale, RoundingMode mode) {
    Words words = Words.of(locale);
    ImmutableList<ChartRow> rows = ChartRow.of(chart, report);
    String title = chart.indicator().displayName(locale);
    String subtitle =
        words.text(
            "report.chart.subtitle",
            report.period().label(locale),
            report.period().rangeLabel(locale),
            territory(report, words));
    String axis = words.text("report.chart.axis", Texts.dating(chart.indicator().dating(), locale));
    String policy = Texts.policyLine(locale, scale, mode);

    // the widths: labels, values, plot
    int labelWidth = MIN_LABEL;
    int valueWidth = MIN_VALUE;
    List<String> labels = new ArrayList<>();
    for (ChartRow row : rows) {
      String label = fit(row.label(locale), row.isTotal());
      labels.add(label);
      labelWidth = Math.max(labelWidth, textWidth(label, LABEL_FONT, row.isTotal()));
      if (!row.rate().isUndefined()) {
        valueWidth =
            Math.max(
                valueWidth,
                textWidth(percent(row.rate(), locale, scale, mode), LABEL_FONT, true)
                    + textWidth(" " + TextTable.counts(row.rate(), locale), 12, false));
      }
    }
    int width =
        Math.max(MIN_WIDTH, MARGIN + labelWidth + LABEL_GAP + MIN_PLOT + VALUE_GAP + valueWidth);
    width = Math.max(width, 2 * MARGIN + textWidth(title, 17, true));
    width = Math.max(width, 2 * MARGIN + textWidth(subtitle, 12, false));
    width = Math.max(width, 2 * MARGIN + textWidth(policy, 11, false));
    int x0 = MARGIN + labelWidth + LABEL_GAP;
    int plot = width - MARGIN - valueWidth - VALUE_GAP - x0;

    StringBuilder body = new StringBuilder();
    int y = 58;
    Optional<BandScale> bands = chart.bands();
    if (bands.isPresent()) {
      y = legend(body, bands.get(), locale, width, y + 12);
    }
    boolean targeted = false;
    for (ChartRow row : rows) {
      targeted |= !row.evaluations().isEmpty();
    }
    int plotTop = y + (targeted ? 34 : 20);

    // the rows' positions
    int[] top = new int[rows.size()];
    int cursor = plotTop;
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0 && rows.get(i).group() != rows.get(i - 1).group()) {
        cursor += GROUP_GAP;
      }
      top[i] = cursor;
      cursor += PITCH;
    }
    int plotBottom = cursor - (PITCH - BAR) / 2;
    grid(body, words, x0, plot, plotTop - 6, plotBottom);
    for (int i = 0; i < rows.size(); i++) {
      ChartRow row = rows.get(i);
      if (row.isTotal() && i > 0) {
        int ruleY = top[i] - (PITCH - BAR) / 2 - GROUP_GAP / 2;
        body.append("  <line x1=\"")
            .append(MARGIN)
            .append("\" y1=\"")
            .append(ruleY)
            .append("\" x2=\"")
            .append(width - MARGIN)
            .append("\" y2=\"")
            .append(ruleY)
            .append("\" stroke=\"")
            .append(RULE)
            .append("\" stroke-width=\"1\"/>\n");
      }
      bar(body, row, labels.get(i), chart, locale, scale, mode, x0, plot, top[i]);
    }
    targets(body, chart, rows, top, words, locale, x0, plot, plotTop);
    body.append(text(x0 + plot / 2, plotBottom + 38, 12, MUTED, "middle", "", axis));
    body.append(text(MARGIN, plotBottom + 62, 11, MUTED, "start", "", policy));
    int height = plotBottom + 76;

    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(escape(words.text("report.chart.aria", title, subtitle)))
        .append("\" font-family=\"")
        .append(escape(FONTS))
        .append("\">\n");
    out.append("  <title>").append(escape(title)).append("</title>\n");
    out.append("  <desc>")
        .append(escape(description(rows, locale, scale, mode)))
        .append("</desc>\n");
    out.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    out.append(text(MARGIN, 30, 17, INK, "start", " font-weight=\"700\"", title));
    out.append(text(MARGIN, 50, 12, MUTED, "start", "", subtitle));
    out.append(body);
    out.append("</svg>\n");
    return out.toString();
  }

  private static String territory(KpiReport report, Words words) {
    Optional<AdministrativeUnit> territory = report.territory();
    return territory.isPresent() ? territory.get().name() : words.text("report.chart.allDossiers");
  }

  /** The legend of the bands, wrapped to the width; returns the baseline of its last line. */
  private static int legend(StringBuilder out, BandScale bands, Locale locale, int width, int y) {
    int x = MARGIN;
    int line = y;
    for (Band band : bands.bands()) {
      String label = band.name() + " " + band.range(locale);
      int item = 18 + textWidth(label, 12, false) + 18;
      if (x > MARGIN && x + item > width - MARGIN) {
        x = MARGIN;
        line += 20;
      }
      out.append("  <rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(line - 11)
          .append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"")
          .append(escape(band.colour()))
          .append("\"/>\n");
      out.append(text(x + 18, line, 12, INK, "start", "", label));
      x += item;
    }
    return line;
  }

  /** The vertical grid and the percent ticks below the plot. */
  private static void grid(StringBuilder out, Words words, int x0, int plot, int top, int bottom) {
    for (int tick = 0; tick <= 100; tick += TICK_STEP) {
      String x = px(at(x0, plot, BigDecimal.valueOf(tick)));
      out.append("  <line x1=\"")
          .append(x)
          .append("\" y1=\"")
          .append(top)
          .append("\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(bottom)
          .append("\" stroke=\"")
          .append(tick == 0 ? RULE : GRID)
          .append("\" stroke-width=\"1\"/>\n");
      out.append(
          text(x, bottom + 16, 11, MUTED, "middle", "", words.percent(BigDecimal.valueOf(tick))));
    }
  }

  private static void bar(
      StringBuilder out,
      ChartRow row,
      String label,
      Chart chart,
      Locale locale,
      int scale,
      RoundingMode mode,
      int x0,
      int plot,
      int top) {
    Rate rate = row.rate();
    String weight = row.isTotal() ? " font-weight=\"700\"" : "";
    int baseline = top + BAR / 2 + 5;
    out.append("  <g>\n");
    out.append("    <title>")
        .append(escape(tooltip(row, chart, locale, scale, mode)))
        .append("</title>\n");
    out.append("  ").append(text(x0 - LABEL_GAP, baseline, LABEL_FONT, INK, "end", weight, label));
    out.append("    <rect x=\"")
        .append(x0)
        .append("\" y=\"")
        .append(top)
        .append("\" width=\"")
        .append(plot)
        .append("\" height=\"")
        .append(BAR)
        .append("\" fill=\"")
        .append(TRACK)
        .append("\"/>\n");
    if (rate.isUndefined()) {
      out.append("  ")
          .append(
              text(
                  x0 + 8,
                  baseline,
                  12,
                  MUTED,
                  "start",
                  " font-style=\"italic\"",
                  RateFormat.noData(locale)));
    } else {
      String colour = chart.bands().flatMap(b -> b.bandOf(rate)).map(Band::colour).orElse(NEUTRAL);
      BigDecimal length =
          BigDecimal.valueOf(rate.numerator())
              .multiply(BigDecimal.valueOf(plot))
              .divide(BigDecimal.valueOf(rate.denominator()), 2, RoundingMode.HALF_EVEN);
      out.append("    <rect x=\"")
          .append(x0)
          .append("\" y=\"")
          .append(top)
          .append("\" width=\"")
          .append(px(length))
          .append("\" height=\"")
          .append(BAR)
          .append("\" fill=\"")
          .append(escape(colour))
          .append("\"/>\n");
      out.append("    <text x=\"")
          .append(x0 + plot + VALUE_GAP)
          .append("\" y=\"")
          .append(baseline)
          .append("\" font-size=\"")
          .append(LABEL_FONT)
          .append("\" fill=\"")
          .append(INK)
          .append("\"><tspan font-weight=\"700\">")
          .append(escape(percent(rate, locale, scale, mode)))
          .append("</tspan><tspan font-size=\"12\" fill=\"")
          .append(MUTED)
          .append("\"> ")
          .append(escape(TextTable.counts(rate, locale)))
          .append("</tspan></text>\n");
    }
    out.append("  </g>\n");
  }

  /** Each target's dashed line across the rows it applies to, and its condition above the plot. */
  private static void targets(
      StringBuilder out,
      Chart chart,
      List<ChartRow> rows,
      int[] top,
      Words words,
      Locale locale,
      int x0,
      int plot,
      int plotTop) {
    for (Target target : chart.targets()) {
      BigDecimal x = at(x0, plot, target.threshold().percent());
      boolean drawn = false;
      for (int i = 0; i < rows.size(); i++) {
        if (!applies(rows.get(i), target)) {
          continue;
        }
        drawn = true;
        out.append("  <line x1=\"")
            .append(px(x))
            .append("\" y1=\"")
            .append(top[i] - (PITCH - BAR) / 2)
            .append("\" x2=\"")
            .append(px(x))
            .append("\" y2=\"")
            .append(top[i] + BAR + (PITCH - BAR) / 2)
            .append("\" stroke=\"")
            .append(INK)
            .append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n");
      }
      if (drawn) {
        String label = words.text("report.chart.target", target.condition(locale));
        String anchor =
            target.threshold().compareTo(Threshold.ofPercent(85)) > 0 ? "end" : "middle";
        if (target.threshold().compareTo(Threshold.ofPercent(15)) < 0) {
          anchor = "start";
        }
        out.append("  <text x=\"")
            .append(px(x))
            .append("\" y=\"")
            .append(plotTop - 12)
            .append("\" font-size=\"11\" font-weight=\"700\" fill=\"")
            .append(INK)
            .append("\" text-anchor=\"")
            .append(anchor)
            .append("\">")
            .append(escape(label))
            .append("</text>\n");
      }
    }
  }

  /** The exact abscissa of a percent of the plot, rounded to 0,01 px. */
  private static BigDecimal at(int x0, int plot, BigDecimal percent) {
    return percent
        .multiply(BigDecimal.valueOf(plot))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN)
        .add(BigDecimal.valueOf(x0));
  }

  private static boolean applies(ChartRow row, Target target) {
    for (Evaluation e : row.evaluations()) {
      if (e.target().equals(target)) {
        return true;
      }
    }
    return false;
  }

  /** The tooltip of a bar: the label and rate with counts, its band, the targets' verdicts. */
  static String tooltip(ChartRow row, Chart chart, Locale locale, int scale, RoundingMode mode) {
    StringBuilder out =
        new StringBuilder(
            Words.of(locale)
                .text(
                    "report.chart.bar",
                    row.label(locale),
                    Texts.cell(row.rate(), locale, scale, mode)));
    chart
        .bands()
        .flatMap(b -> b.bandOf(row.rate()))
        .ifPresent(band -> out.append(" · ").append(band.name()));
    for (Evaluation e : row.evaluations()) {
      out.append(" · ").append(e.message(locale));
    }
    return out.toString();
  }

  private static String description(
      List<ChartRow> rows, Locale locale, int scale, RoundingMode mode) {
    StringBuilder out = new StringBuilder();
    for (ChartRow row : rows) {
      out.append(out.length() == 0 ? "" : "; ")
          .append(
              Words.of(locale)
                  .text(
                      "report.chart.bar",
                      row.label(locale),
                      Texts.cell(row.rate(), locale, scale, mode)));
    }
    return out.toString();
  }

  private static String percent(Rate rate, Locale locale, int scale, RoundingMode mode) {
    return RateFormat.percent(rate, locale, scale, mode);
  }

  private static String text(
      long x, long y, int size, String fill, String anchor, String extra, String content) {
    return text(px(x), y, size, fill, anchor, extra, content);
  }

  private static String text(
      String x, long y, int size, String fill, String anchor, String extra, String content) {
    return "  <text x=\""
        + x
        + "\" y=\""
        + px(y)
        + "\" font-size=\""
        + size
        + "\" fill=\""
        + fill
        + "\""
        + (anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"")
        + extra
        + ">"
        + escape(content)
        + "</text>\n";
  }

  /** A label cut to the widest a label may be, with an ellipsis; the tooltip has it whole. */
  private static String fit(String label, boolean bold) {
    if (textWidth(label, LABEL_FONT, bold) <= MAX_LABEL) {
      return label;
    }
    String nfc = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFC);
    int end = nfc.length();
    while (end > 0 && textWidth(nfc.substring(0, end) + "…", LABEL_FONT, bold) > MAX_LABEL) {
      end = nfc.offsetByCodePoints(end, -1);
    }
    return nfc.substring(0, end).stripTrailing() + "…";
  }

  /**
   * The estimated width of a text in pixels: 0,56 em per character (0,6 em bold), the average of
   * the sans-serif fonts named, rounded up.
   */
  static int textWidth(String text, int fontSize, boolean bold) {
    long per100 = (long) fontSize * (bold ? 60 : 56);
    return (int) ((Texts.width(text) * per100 + 99) / 100);
  }
}
