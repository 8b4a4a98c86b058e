package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.domain.UnitKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cell parsers: the forms that are read and those that are not. */
class ValuesTest {

  private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "05/03/2024",
        "5/3/2024",
        "05-03-2024",
        "5.3.2024",
        "2024-03-05",
        "2024-3-5",
        "05/03/2024 08:15",
        "05/03/2024 08:15:00",
        "2024-03-05T08:15:00",
        "2024-03-05T08:15:00.123"
      })
  void readsDates(String cell) {
    assertThat(Values.date(cell)).isEqualTo(MARCH_5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31/02/2024",
        "2024/03/05",
        "05/03/24",
        "05/03-2024",
        "05/03/2024 sáng",
        "2024-03-05Tnoon",
        "hôm qua",
        "00/00/0000",
        "2024-13-01"
      })
  void refusesOtherDates(String cell) {
    assertThat(Values.date(cell)).isNull();
  }

  @Test
  void readsBooleans() {
    for (String yes :
        new String[] {"1", "x", "X", "có", "Có", "CO", "true", "yes", "y", "đúng", "đã"}) {
      assertThat(Values.bool(yes)).as(yes).isTrue();
    }
    for (String no :
        new String[] {"", " ", "0", "không", "khong", "false", "no", "n", "sai", "chưa"}) {
      assertThat(Values.bool(no)).as(no).isFalse();
    }
    for (String bad : new String[] {"-", "có lẽ", "2", "?"}) {
      assertThat(Values.bool(bad)).as(bad).isNull();
    }
  }

  @Test
  void readsChannels() {
    assertThat(Values.channel("")).isEqualTo(Channel.COUNTER);
    assertThat(Values.channel("1")).isEqualTo(Channel.COUNTER);
    assertThat(Values.channel("2")).isEqualTo(Channel.ONLINE);
    assertThat(Values.channel("3")).isEqualTo(Channel.POSTAL);
    assertThat(Values.channel("Trực tiếp")).isEqualTo(Channel.COUNTER);
    assertThat(Values.channel("trực tuyến")).isEqualTo(Channel.ONLINE);
    assertThat(Values.channel("Bưu chính công ích")).isEqualTo(Channel.POSTAL);
    assertThat(Values.channel("online")).isEqualTo(Channel.ONLINE);
    assertThat(Values.channel("4")).isNull();
    assertThat(Values.channel("?")).isNull();
  }

  @Test
  void readsFees() {
    assertThat(Values.fee("")).isZero();
    assertThat(Values.fee("1500000")).isEqualTo(1_500_000L);
    assertThat(Values.fee("1.500.000")).isEqualTo(1_500_000L);
    assertThat(Values.fee("1,500,000")).isEqualTo(1_500_000L);
    assertThat(Values.fee("1 500 000")).isEqualTo(1_500_000L);
    assertThat(Values.fee("1\u00a0500\u00a0000")).isEqualTo(1_500_000L);
    assertThat(Values.fee("50.000 đ")).isEqualTo(50_000L);
    assertThat(Values.fee("50.000₫")).isEqualTo(50_000L);
    assertThat(Values.fee("50000 VNĐ")).isEqualTo(50_000L);
    assertThat(Values.fee("50.000 đồng")).isEqualTo(50_000L);
    assertThat(Values.fee("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
    assertThat(Values.fee("1.000.000.000.000.000.000")).isNull();
    assertThat(Values.fee("9999999999999999999")).isNull();
    assertThat(Values.fee("-5000")).isNull();
    assertThat(Values.fee("1.5")).isNull();
    assertThat(Values.fee("1,5")).isNull();
    assertThat(Values.fee("đ")).isNull();
    assertThat(Values.fee("năm nghìn")).isNull();
  }

  @Test
  void readsOutcomes() {
    assertThat(Values.outcome("Giải quyết")).isEqualTo(Outcome.GRANTED);
    assertThat(Values.outcome("granted")).isEqualTo(Outcome.GRANTED);
    assertThat(Values.outcome("từ chối")).isEqualTo(Outcome.REFUSED);
    assertThat(Values.outcome("Rút hồ sơ")).isEqualTo(Outcome.WITHDRAWN);
    assertThat(Values.outcome("dừng xử lý")).isEqualTo(Outcome.WITHDRAWN);
    assertThat(Values.outcome("chờ")).isNull();
    for (Outcome o : Outcome.values()) {
      assertThat(Values.outcome(Values.outcomeWord(o))).isEqualTo(o);
    }
  }

  @Test
  void readsUnitKindsTiersAndServiceLevels() {
    for (UnitKind kind : UnitKind.values()) {
      assertThat(Values.unitKind(kind.vietnameseName())).isEqualTo(kind);
      assertThat(Values.unitKind(kind.englishName())).isEqualTo(kind);
      assertThat(Values.unitKind(kind.name())).isEqualTo(kind);
    }
    assertThat(Values.unitKind("làng")).isNull();
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      assertThat(Values.tier(level.vietnameseName())).isEqualTo(level);
      assertThat(Values.tier(level.englishName())).isEqualTo(level);
      assertThat(Values.tier(level.name())).isEqualTo(level);
    }
    assertThat(Values.tier("xã")).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(Values.tier("district")).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(Values.tier("thôn")).isNull();
    assertThat(Values.serviceLevel("toàn trình")).isEqualTo(ServiceLevel.FULL_ONLINE);
    assertThat(Values.serviceLevel("Một phần")).isEqualTo(ServiceLevel.PARTIAL_ONLINE);
    assertThat(Values.serviceLevel("không")).isEqualTo(ServiceLevel.NOT_ONLINE);
    assertThat(Values.serviceLevel("NOT_ONLINE")).isEqualTo(ServiceLevel.NOT_ONLINE);
    assertThat(Values.serviceLevel("4")).isEqualTo(ServiceLevel.FULL_ONLINE);
    assertThat(Values.serviceLevel("Mức độ 3")).isEqualTo(ServiceLevel.PARTIAL_ONLINE);
    assertThat(Values.serviceLevel("1")).isEqualTo(ServiceLevel.NOT_ONLINE);
    assertThat(Values.serviceLevel("5")).isNull();
    assertThat(Values.serviceLevel("42")).isNull();
  }

  @Test
  void foldsHeadersAndWords() {
    assertThat(Text.key(" Mã hồ sơ ")).isEqualTo("ma_ho_so");
    assertThat(Text.key("\uFEFFNgày  hẹn-trả")).isEqualTo("ngay_hen_tra");
    assertThat(Text.key("ĐƠN VỊ")).isEqualTo("don_vi");
    assertThat(Text.words("  Trực   tuyến ")).isEqualTo("truc tuyen");
    assertThat(Text.abbreviate("abcdef", 3)).isEqualTo("abc…");
    assertThat(Text.abbreviate("abc", 3)).isEqualTo("abc");
    String decomposed = "Phu\u031Bo\u031B\u0300ng";
    assertThat(Text.composed(decomposed)).isEqualTo("Phường");
    assertThat(Text.composed("Phường")).isSameAs(Text.composed("Phường"));
    String ascii = "HS-1";
    assertThat(Text.composed(ascii)).isSameAs(ascii);
  }
}
