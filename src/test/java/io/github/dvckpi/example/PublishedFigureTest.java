package io.github.dvckpi.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples of published figures and of agency counts. */
class PublishedFigureTest {

  private static PublishedFigure figure(String percent, boolean bound) {
    return new PublishedFigure(
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
    PublishedFigure f = figure("99.79", false);
    assertThat(f.isMetBy(Rate.of(948, 950))).isTrue();
    assertThat(f.isMetBy(Rate.of(99_785, 100_000))).isTrue();
    assertThat(f.isMetBy(Rate.of(99_784, 100_000))).isFalse();
    assertThat(f.isMetBy(Rate.undefined())).isFalse();
    assertThat(figure("100", false).isMetBy(Rate.of(99_995, 100_000))).isTrue();
    assertThat(figure("100", false).isMetBy(Rate.of(99_994, 100_000))).isFalse();
  }

  @Test
  void aLowerBoundIsMetOnlyStrictlyAbove() {
    PublishedFigure f = figure("98.75", true);
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
  void agencyCountsThatCannotBeFailNamingTheAgencyAndTheCount() {
    Agency a = Agency.of("UB436", "UBND TP Hà Tĩnh", AdministrativeLevel.DISTRICT, "436");
    assertThatThrownBy(() -> new AgencyCounts(a, 10, 11, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("UB436")
        .hasMessageContaining("eligibleOnline is 11, more than eligible (10)");
    assertThatThrownBy(() -> new AgencyCounts(a, 10, 5, 8, 2, 0, 0, 0, 0, 0))
        .hasMessageContaining("fullOnline is 6, more than the eligible dossiers not filed online");
    assertThatThrownBy(() -> new AgencyCounts(a, 10, 5, 4, 5, 0, 0, 0, 0, 0))
        .hasMessageContaining("fullOnlineFiled is 5, more than fullOnline (4)");
    assertThatThrownBy(() -> new AgencyCounts(a, 10, 5, 4, 4, 3, 4, 0, 0, 0))
        .hasMessageContaining("resultDigitized is 4, more than resultIssued (3)");
    assertThatThrownBy(() -> new AgencyCounts(a, 10, 5, 4, 4, 3, 3, 2, 3, 0))
        .hasMessageContaining("paidOnline is 3, more than feeCharged (2)");
    assertThatThrownBy(() -> new AgencyCounts(a, -1, 0, 0, 0, 0, 0, 0, 0, 0))
        .hasMessageContaining("eligible is negative: -1");
    AgencyCounts ok = new AgencyCounts(a, 10, 5, 4, 4, 12, 3, 2, 1, 3);
    assertThat(ok.dossierCount()).isEqualTo(15);
    assertThat(SampleDossiers.expand(java.util.List.of(ok))).hasSize(15);
  }

  @Test
  void theExpansionPermutesEveryPosition() {
    assertThat(SampleDossiers.coprimeStep(7919)).isEqualTo(7907);
    assertThat(SampleDossiers.coprimeStep(100)).isEqualTo(7919);
  }
}
