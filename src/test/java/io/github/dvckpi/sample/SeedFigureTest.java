package io.github.dvckpi.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples of published figures and of their bundled table. */
class SeedFigureTest {

  private static SeedFigure figure(String percent, boolean bound) {
    return new SeedFigure(
        1,
        "436",
        Optional.empty(),
        Indicator.ONLINE_SUBMISSION_ELIGIBLE,
        new BigDecimal(percent),
        bound,
        "TP Hà Tĩnh, 2 cấp",
        "TP Hà Tĩnh, both tiers");
  }

  @Test
  void aPointValueIsMetByTheRateRoundedHalfUp() {
    SeedFigure f = figure("99.79", false);
    assertThat(f.isMetBy(Rate.of(948, 950))).isTrue();
    assertThat(f.isMetBy(Rate.of(99_785, 100_000))).isTrue();
    assertThat(f.isMetBy(Rate.of(99_784, 100_000))).isFalse();
    assertThat(f.isMetBy(Rate.undefined())).isFalse();
    assertThat(figure("100", false).isMetBy(Rate.of(99_995, 100_000))).isTrue();
    assertThat(figure("100", false).isMetBy(Rate.of(99_994, 100_000))).isFalse();
  }

  @Test
  void aLowerBoundIsMetOnlyStrictlyAbove() {
    SeedFigure f = figure("98.75", true);
    assertThat(f.isMetBy(Rate.of(9876, 10_000))).isTrue();
    assertThat(f.isMetBy(Rate.of(9875, 10_000))).isFalse();
    assertThat(f.isMetBy(Rate.of(79, 80))).isFalse(); // exactly 98.75
    assertThat(f.isMetBy(Rate.undefined())).isFalse();
  }

  @Test
  void printsAsTheArticle() {
    assertThat(figure("98.75", true).published(RateFormat.VIETNAMESE)).isEqualTo("trên 98,75%");
    assertThat(figure("98.75", true).published(RateFormat.ENGLISH)).isEqualTo("above 98.75%");
    assertThat(figure("99.79", false).published(RateFormat.VIETNAMESE)).isEqualTo("99,79%");
    assertThat(figure("99.79", false).scope(RateFormat.ENGLISH))
        .isEqualTo("TP Hà Tĩnh, both tiers");
    assertThat(figure("98.75", true))
        .hasToString("#1 TP Hà Tĩnh, both tiers, online-submission-eligible: above 98.75%");
  }

  @Test
  void aPercentOutsideZeroToHundredFails() {
    assertThatThrownBy(() -> figure("100.01", false)).hasMessageContaining("100.01");
    assertThatThrownBy(() -> figure("-1", false)).hasMessageContaining("-1");
  }

  @Test
  void theBundledTableHoldsTheArticlesFigures() {
    assertThat(HaTinh2024.publishedFigures()).hasSize(23);
    SeedFigure first = HaTinh2024.publishedFigures().get(0);
    assertThat(first)
        .hasToString("#1 TP Hà Tĩnh, both tiers, online-submission-eligible: above 98.75%");
    assertThat(first.tier()).isEmpty();
    assertThat(HaTinh2024.publishedFigures().get(12).tier())
        .contains(io.github.dvckpi.domain.AdministrativeLevel.PROVINCE);
    assertThat(HaTinh2024.publishedFigures().get(12).scope(RateFormat.VIETNAMESE))
        .isEqualTo("Cấp tỉnh");
  }

  @Test
  void aTableWithAnUnknownTierFails() {
    String csv =
        "dong,ma_don_vi,cap,chi_so,ty_le,can_duoi,pham_vi,pham_vi_en\r\n"
            + "1,42,cấp thôn,full-online,50,0,a,b\r\n";
    assertThatThrownBy(
            () ->
                SeedFigure.read(
                    new java.io.ByteArrayInputStream(
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cấp thôn");
  }
}
