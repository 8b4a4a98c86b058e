package io.github.dvckpi.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[}|]");

  @Test
  void everyKeyIsInEveryLanguage() throws IOException {
    Properties english = load("messages.properties");
    Properties vietnamese = load("messages_vi.properties");
    assertThat(vietnamese.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @Test
  void everyTranslationUsesTheSameArguments() throws IOException {
    Properties english = load("messages.properties");
    Properties vietnamese = load("messages_vi.properties");
    for (String key : english.stringPropertyNames()) {
      assertThat(arguments(vietnamese.getProperty(key, "")))
          .as("the arguments of %s", key)
          .isEqualTo(arguments(english.getProperty(key)));
    }
  }

  @Test
  void numbersFollowTheLanguage() {
    assertThat(Words.vietnamese().count(9979)).isEqualTo("9.979");
    assertThat(Words.english().count(9979)).isEqualTo("9,979");
    assertThat(Words.vietnamese().number(new BigDecimal("-1234567.50"))).isEqualTo("-1.234.567,50");
    assertThat(Words.english().percent(new BigDecimal("99.79"))).isEqualTo("99.79%");
    assertThat(Words.vietnamese().percent(new BigDecimal("99.79"))).isEqualTo("99,79%");
    assertThat(Words.english().count(0)).isEqualTo("0");
    assertThat(Words.english().count(100)).isEqualTo("100");
    assertThat(Words.english().count(1000)).isEqualTo("1,000");
  }

  @Test
  void aCountReadsBackAsTheSameNumber() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
        .checkAssert(
            n -> {
              assertThat(Long.parseLong(Words.vietnamese().count(n).replace(".", ""))).isEqualTo(n);
              assertThat(Long.parseLong(Words.english().count(n).replace(",", ""))).isEqualTo(n);
            });
  }

  @Test
  void aLanguageWithoutItsOwnFileGetsTheRootNotTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Words.VIETNAMESE);
      assertThat(Words.of(Locale.JAPANESE).text("rate.noData")).isEqualTo("no data");
      assertThat(Words.of(Locale.forLanguageTag("vi")).text("rate.noData"))
          .isEqualTo("không có dữ liệu");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aLanguageIsAddedByAddingAFile() {
    Words esperanto = Words.of(Locale.forLanguageTag("eo"));
    assertThat(esperanto.text("rate.noData")).isEqualTo("neniuj datumoj");
    assertThat(esperanto.percent(new BigDecimal("1234.5"))).isEqualTo("1 234,5 %");
  }

  @Test
  void argumentsAreFormattedByTypeAndPluralFormsChosenByNumber() {
    Words en = Words.english();
    assertThat(en.format(12345L)).isEqualTo("12,345");
    assertThat(en.format(new BigDecimal("0.50"))).isEqualTo("0.50");
    assertThat(en.format("2024")).isEqualTo("2024");
    assertThat(en.format(Phrase.of("rate.noData"))).isEqualTo("no data");
    assertThat(Words.vietnamese().format(Phrase.of("rate.noData"))).isEqualTo("không có dữ liệu");
  }

  @Test
  void templatesPrintArgumentsAndChoosePluralForms() {
    Words en = Words.english();
    assertThat(en.fill("{0} {0|dossier|dossiers} late", 1L)).isEqualTo("1 dossier late");
    assertThat(en.fill("{0} {0|dossier|dossiers} late", 1500L)).isEqualTo("1,500 dossiers late");
    assertThat(en.fill("{1} of {0}", "A", "B")).isEqualTo("B of A");
    assertThat(en.fill("{a} and {} stay {", "x")).isEqualTo("{a} and {} stay {");
    assertThat(Words.vietnamese().fill("{0} {0|hồ sơ} trễ hạn", 2L)).isEqualTo("2 hồ sơ trễ hạn");
    assertThatThrownBy(() -> en.fill("{2}", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs argument 2");
  }

  @Test
  void phrasesRenderInEitherLanguageOrBoth() {
    Phrase p = Phrase.of("rate.noData");
    assertThat(p.in(Words.VIETNAMESE)).isEqualTo("không có dữ liệu");
    assertThat(p.both()).isEqualTo("không có dữ liệu / no data");
    assertThat(p).hasToString("no data");
    assertThat(Words.both("rate.noData")).isEqualTo("không có dữ liệu / no data");
  }

  @Test
  void anUnknownKeyIsNamed() {
    assertThatThrownBy(() -> Words.english().text("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"no.such.key\"");
    assertThat(Words.english().has("no.such.key")).isFalse();
    assertThat(Words.english().has("rate.noData")).isTrue();
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }

  private static Set<String> arguments(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
