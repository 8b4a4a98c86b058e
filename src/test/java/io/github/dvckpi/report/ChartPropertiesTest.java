package io.github.dvckpi.report;

import static io.github.dvckpi.report.ChartTest.children;
import static io.github.dvckpi.report.ChartTest.elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.testing.DomainGen;
import io.github.dvckpi.testing.Xml;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The laws of the chart renderings. */
class ChartPropertiesTest {

  private static final Indicator OSE = Indicator.ONLINE_SUBMISSION_ELIGIBLE;
  private static final AdministrativeUnit CITY =
      AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42");
  private static final String BLOCKS = "█▏▎▍▌▋▊▉";
  private static final List<String> SYLLABLES =
      List.of(
          "Hà", "Tĩnh", "Kỳ", "Anh", "Hương", "Sơn", "Đức", "Thọ", "Nghi", "Xuân", "Cẩm", "Xuyên",
          "Lộc", "Thạch", "Hồng", "Lĩnh", "Vũ", "Quang", "Ngọc", "Phường", "Xã", "Thị", "Trấn");

  /** A report with a row per rate: the tiers' province, district and commune rows. */
  private static KpiReport tiers(Rate province, Rate district, Rate commune) {
    return KpiReport.builder(ReportingPeriod.year(2024))
        .indicators(OSE)
        .put(Scope.tier(AdministrativeLevel.PROVINCE), OSE, province)
        .put(Scope.tier(AdministrativeLevel.DISTRICT), OSE, district)
        .put(Scope.tier(AdministrativeLevel.COMMUNE), OSE, commune)
        .build();
  }

  /** A report with a unit row per name below the city, each with its rate. */
  private static KpiReport units(List<String> names, List<Rate> rates) {
    KpiReport.Builder builder =
        KpiReport.builder(ReportingPeriod.year(2024)).territory(CITY).indicators(OSE);
    for (int i = 0; i < names.size(); i++) {
      AdministrativeUnit unit =
          AdministrativeUnit.of("436-" + i, names.get(i), UnitKind.COMMUNE, "436");
      builder.put(Scope.unit(unit), OSE, rates.get(i % rates.size()));
    }
    return builder.build();
  }

  /** Vietnamese names of one to four syllables, composed (NFC) or decomposed (NFD). */
  private static Gen<String> vietnameseNames() {
    return lists()
        .of(integers().between(0, SYLLABLES.size() - 1).map(SYLLABLES::get))
        .ofSizeBetween(1, 4)
        .zip(
            booleans().all(),
            (words, decomposed) ->
                Normalizer.normalize(
                    String.join(" ", words),
                    decomposed ? Normalizer.Form.NFD : Normalizer.Form.NFC));
  }

  @Test
  void aTerminalBarIsTheFloorOfItsEighths() {
    qt().forAll(DomainGen.definedRates(1_000_000_000_000L))
        .checkAssert(
            rate -> {
              String bar = TerminalBars.bar(rate);
              assertThat(bar).hasSize(TerminalBars.CELLS);
              long eighths = 0;
              for (char c : bar.stripTrailing().toCharArray()) {
                int i = BLOCKS.indexOf(c);
                assertThat(i).as("a block character in %s", bar).isNotNegative();
                eighths += i == 0 ? 8 : i;
              }
              BigDecimal share =
                  BigDecimal.valueOf(rate.numerator())
                      .multiply(BigDecimal.valueOf(8L * TerminalBars.CELLS));
              assertThat(BigDecimal.valueOf(eighths * rate.denominator()))
                  .isLessThanOrEqualTo(share);
              assertThat(BigDecimal.valueOf((eighths + 1) * rate.denominator()))
                  .isGreaterThan(share);
            });
  }

  @Test
  void aSvgBarIsItsExactShareOfThePlot() {
    qt().forAll(
            DomainGen.definedRates(1_000_000_000L),
            DomainGen.definedRates(1_000),
            DomainGen.rates(50))
        .checkAssert(
            (a, b, c) -> {
              Document svg = Xml.parse(Chart.of(OSE).svg(tiers(a, b, c), RateFormat.ENGLISH));
              List<Rate> rates = List.of(a, b, c, Rate.total(a, b, c));
              List<Element> groups = elements(svg, "g");
              assertThat(groups).hasSize(rates.size());
              for (int i = 0; i < rates.size(); i++) {
                List<Element> rects = children(groups.get(i), "rect");
                Rate rate = rates.get(i);
                if (rate.isUndefined()) {
                  assertThat(rects).as("no bar for no data").hasSize(1);
                  continue;
                }
                BigDecimal plot = new BigDecimal(rects.get(0).getAttribute("width"));
                BigDecimal bar = new BigDecimal(rects.get(1).getAttribute("width"));
                BigDecimal exact =
                    BigDecimal.valueOf(rate.numerator())
                        .multiply(plot)
                        .divide(BigDecimal.valueOf(rate.denominator()), MathContext.DECIMAL128);
                assertThat(bar.subtract(exact).abs())
                    .as("bar of %s over a plot of %s px", rate, plot)
                    .isLessThanOrEqualTo(new BigDecimal("0.005"));
              }
            });
  }

  @Test
  void markupAlwaysParses() {
    qt().forAll(strings().allPossible().ofLengthBetween(1, 30).assuming(s -> !s.isBlank()))
        .checkAssert(
            name -> {
              KpiReport report = units(List.of(name), List.of(Rate.of(1, 3)));
              Xml.parse(Chart.of(OSE).svg(report, RateFormat.VIETNAMESE));
              Xml.parse(ReportFormat.HTML.render(report, RateFormat.VIETNAMESE));
            });
  }

  @Test
  void printableLabelsReadBackExactly() {
    qt().forAll(
            strings()
                .betweenCodePoints(0x20, 0x24F)
                .ofLengthBetween(1, 30)
                .map(s -> s.replaceAll("[\\x7F-\\x9F]", "ơ"))
                .assuming(s -> !s.isBlank()))
        .checkAssert(
            name -> {
              KpiReport report = units(List.of(name), List.of(Rate.of(1, 3)));
              String label =
                  Normalizer.normalize(
                      Texts.rowLabel(report.scopes().get(0), RateFormat.ENGLISH),
                      Normalizer.Form.NFC);
              Document svg = Xml.parse(Chart.of(OSE).svg(report, RateFormat.ENGLISH));
              String tooltip = children(elements(svg, "g").get(0)).get(0).getTextContent();
              assertThat(tooltip).isEqualTo(label + ": 33.33% (1/3)");
              Document page = Xml.parse(ReportFormat.HTML.render(report, RateFormat.ENGLISH));
              Element tr =
                  (Element) elements(page, "tbody").get(0).getElementsByTagName("tr").item(0);
              Element th = children(tr).get(0);
              assertThat(th.getTextContent()).isEqualTo(label);
            });
  }

  @Test
  void terminalBarsLineUpWhateverTheNormalForm() {
    qt().forAll(
            lists().of(vietnameseNames()).ofSizeBetween(1, 6),
            lists().of(DomainGen.definedRates(100_000)).ofSizeBetween(1, 6))
        .checkAssert(
            (names, rates) -> {
              KpiReport report = units(names, rates);
              String bars = Chart.of(OSE).bars(report, RateFormat.VIETNAMESE);
              List<String> rows = new ArrayList<>(bars.lines().toList());
              rows.remove(0);
              assertThat(rows).hasSize(report.scopes().size());
              int labels = 0;
              for (Scope scope : report.scopes()) {
                labels =
                    Math.max(labels, Texts.width(Texts.rowLabel(scope, RateFormat.VIETNAMESE)));
              }
              int width = Texts.width(rows.get(0));
              for (int i = 0; i < rows.size(); i++) {
                String row = rows.get(i);
                assertThat(Texts.width(row)).as("the width of %s", row).isEqualTo(width);
                int[] cells = Normalizer.normalize(row, Normalizer.Form.NFC).codePoints().toArray();
                String label = new String(cells, 0, labels).stripTrailing();
                assertThat(label)
                    .isEqualTo(
                        Normalizer.normalize(
                            Texts.rowLabel(report.scopes().get(i), RateFormat.VIETNAMESE),
                            Normalizer.Form.NFC));
                String bar = new String(cells, labels, 2 + TerminalBars.CELLS + 2);
                assertThat(bar)
                    .as("the bar column of %s", row)
                    .matches("  [" + BLOCKS + " ]{" + TerminalBars.CELLS + "}  ");
              }
            });
  }
}
