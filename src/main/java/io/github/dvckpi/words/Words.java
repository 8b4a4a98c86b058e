package io.github.dvckpi.words;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The library's sentences and number style in one language, read from the message resources {@code
 * io/github/dvckpi/words/messages*.properties} (English is the root file, Vietnamese is {@code
 * messages_vi.properties}). Every user-facing sentence of the library goes through here, so logic
 * never branches on the language and a new language is a new file.
 *
 * <p>A template names its arguments by position: {@code {0}} prints argument 0, formatted by its
 * type ({@link #format(Object)}); {@code {0|dossier|dossiers}} prints the first form when argument
 * 0 is the number 1 and the second otherwise (for languages with plural forms; Vietnamese writes
 * one form). A brace not followed by a digit is printed as it is.
 *
 * <p>The number style comes from the resources too ({@code number.group}, {@code number.decimal},
 * {@code number.percent}): {@code 9.979} and {@code 99,79%} in Vietnamese, {@code 9,979} and {@code
 * 99.79%} in English. Numbers are printed exactly, with the digits they have; rounding is the
 * caller's, with an explicit scale and mode.
 *
 * <p>Immutable and thread-safe. A locale without its own file gets the root (English) words, never
 * those of the machine's default locale.
 */
public final class Words {

  /** Vietnamese, the language of official tables: {@code vi-VN}. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** English: {@code en}, the root of the resources. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final String BUNDLE = "io.github.dvckpi.words.messages";

  private final Locale locale;
  private final ResourceBundle bundle;
  private final String group;
  private final String decimal;
  private final String percent;

  private Words(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
    this.group = bundle.getString("number.group");
    this.decimal = bundle.getString("number.decimal");
    this.percent = bundle.getString("number.percent");
  }

  /**
   * The words of a language.
   *
   * @param locale the language; one without its own resources gets the root (English) words
   * @return the words
   */
  public static Words of(Locale locale) {
    requireNonNull(locale, "locale");
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Locale found = bundle.getLocale();
    if (!found.getLanguage().isEmpty() && !found.getLanguage().equals(locale.getLanguage())) {
      // getBundle fell back to the machine's default locale: the root is the documented fallback
      bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }
    return new Words(locale, bundle);
  }

  /**
   * The Vietnamese words.
   *
   * @return the words of {@link #VIETNAMESE}
   */
  public static Words vietnamese() {
    return of(VIETNAMESE);
  }

  /**
   * The English words.
   *
   * @return the words of {@link #ENGLISH}
   */
  public static Words english() {
    return of(ENGLISH);
  }

  /**
   * A message in Vietnamese and in English, for readers whose language is not known (exception
   * messages): {@code "<Vietnamese> / <English>"}.
   *
   * @param key the message key
   * @param args its arguments
   * @return both renderings, Vietnamese first
   * @throws IllegalArgumentException if no resource has the key
   */
  public static String both(String key, Object... args) {
    return Phrase.of(key, args).both();
  }

  /**
   * The locale these words were asked for.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether the resources have a key.
   *
   * @param key a message key
   * @return true if a template exists for it (in this language or the root)
   */
  public boolean has(String key) {
    return bundle.containsKey(requireNonNull(key, "key"));
  }

  /**
   * A message in this language.
   *
   * @param key the message key, e.g. {@code report.period}
   * @param args its arguments, formatted by {@link #format(Object)}
   * @return the sentence
   * @throws IllegalArgumentException if no resource has the key, or the template names an argument
   *     that is not given
   */
  public String text(String key, Object... args) {
    return render(template(key), List.of(args));
  }

  /**
   * A message in this language, its arguments as a list.
   *
   * @param key the message key
   * @param args its arguments
   * @return the sentence
   * @throws IllegalArgumentException if no resource has the key, or an argument is missing
   */
  public String text(String key, List<?> args) {
    return render(template(key), args);
  }

  /** Renders a template given as text, for the tests of the template syntax. */
  String fill(String template, Object... args) {
    return render(template, List.of(args));
  }

  private String template(String key) {
    requireNonNull(key, "key");
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message resource has the key \"" + key + "\"", e);
    }
  }

  private String render(String template, List<?> args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.size());
    int i = 0;
    int n = template.length();
    while (i < n) {
      char c = template.charAt(i);
      int close =
          c == '{' && i + 1 < n && isDigit(template.charAt(i + 1)) ? closing(template, i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String inside = template.substring(i + 1, close);
      int bar = inside.indexOf('|');
      int index = Integer.parseInt(bar < 0 ? inside : inside.substring(0, bar));
      if (index >= args.size()) {
        throw new IllegalArgumentException(
            "the template \"" + template + "\" needs argument " + index + ", got " + args.size());
      }
      Object arg = requireNonNull(args.get(index), "argument " + index);
      if (bar < 0) {
        out.append(format(arg));
      } else {
        String[] forms = inside.substring(bar + 1).split("\\|", -1);
        boolean one = arg instanceof Number number && number.longValue() == 1;
        out.append(one || forms.length == 1 ? forms[0] : forms[1]);
      }
      i = close + 1;
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int closing(String template, int open) {
    int close = template.indexOf('}', open);
    if (close < 0) {
      return -1;
    }
    for (int k = open + 1; k < close; k++) {
      char c = template.charAt(k);
      if (c == '|') {
        return close;
      }
      if (!isDigit(c)) {
        return -1;
      }
    }
    return close;
  }

  /**
   * An argument as a message prints it: whole numbers with the thousands separator ({@link
   * #count(long)}), decimals exactly ({@link #number(BigDecimal)}), a {@link Phrase} in this
   * language, anything else by {@code String.valueOf}. Years, codes and identifiers are therefore
   * passed as strings.
   *
   * @param arg the argument
   * @return its text
   */
  public String format(Object arg) {
    requireNonNull(arg, "arg");
    if (arg instanceof Long
        || arg instanceof Integer
        || arg instanceof Short
        || arg instanceof Byte) {
      return count(((Number) arg).longValue());
    }
    if (arg instanceof BigInteger big) {
      return number(new BigDecimal(big));
    }
    if (arg instanceof BigDecimal big) {
      return number(big);
    }
    if (arg instanceof Phrase phrase) {
      return phrase.in(this);
    }
    return String.valueOf(arg);
  }

  /**
   * A whole count with the thousands separator: {@code 9.979} (vi), {@code 9,979} (en).
   *
   * @param count any long; a negative count gets a leading minus
   * @return the count
   */
  public String count(long count) {
    return number(BigDecimal.valueOf(count));
  }

  /**
   * A decimal number with all of its digits and this language's separators: {@code 1.234,50} (vi),
   * {@code 1,234.50} (en).
   *
   * @param value the number, printed with its own scale
   * @return the number
   */
  public String number(BigDecimal value) {
    requireNonNull(value, "value");
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + 8);
    if (value.signum() < 0) {
      out.append('-');
    }
    int firstGroup = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    out.append(integer, 0, firstGroup);
    for (int i = firstGroup; i < integer.length(); i += 3) {
      out.append(group).append(integer, i, i + 3);
    }
    if (dot >= 0) {
      out.append(decimal).append(plain, dot + 1, plain.length());
    }
    return out.toString();
  }

  /**
   * A percent value (already in percent) with this language's percent style: {@code 99,79%} (vi),
   * {@code 99.79%} (en).
   *
   * @param value the percent, printed with its own scale
   * @return the percent
   */
  public String percent(BigDecimal value) {
    return percent.replace("{0}", number(value));
  }

  /**
   * The decimal separator of this language.
   *
   * @return {@code ,} (vi) or {@code .} (en)
   */
  public String decimalSeparator() {
    return decimal;
  }

  /**
   * The thousands separator of this language.
   *
   * @return {@code .} (vi) or {@code ,} (en)
   */
  public String groupSeparator() {
    return group;
  }

  /** E.g. {@code Words[vi_VN]}. */
  @Override
  public String toString() {
    return "Words[" + locale + "]";
  }
}
