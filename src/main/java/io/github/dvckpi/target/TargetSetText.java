package io.github.dvckpi.target;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.ReportingPeriod;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text format of a {@link TargetSet}: one record per line, fields separated by semicolons,
 * {@code #} comments and blank lines ignored. See {@code docs/targets.md}.
 *
 * <pre>
 * plan; Kế hoạch cải cách hành chính năm 2024 (minh họa)
 * source; QĐ 3433/QĐ-UBND ngày 25/12/2023
 * note; Giá trị minh họa
 * target; online-submission-eligible; &gt;=; 80%
 * target; result-digitization; at least; 80,5%; tiers=district,commune; units=436; period=2024
 * </pre>
 */
final class TargetSetText {

  private static final Pattern PUBLISHED =
      Pattern.compile("published\\s*(?:\\(\\s*(\\d{1,2})\\s*,\\s*([A-Za-z_]+)\\s*\\))?");

  private TargetSetText() {}

  static TargetSet parse(String text) {
    String[] lines = text.replace("\uFEFF", "").split("\\r?\\n|\\r", -1);
    String name = null;
    int nameLine = 0;
    String source = null;
    List<String> notes = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<Integer> targetLines = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int no = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(";", -1);
      for (int f = 0; f < fields.length; f++) {
        fields[f] = fields[f].strip();
      }
      String type = fields[0].toLowerCase(Locale.ROOT);
      switch (type) {
        case "plan" -> {
          if (name != null) {
            throw new TargetSetFormatException(
                no, "plan", "the plan is already named on line " + nameLine);
          }
          name = single(no, "plan", fields);
          nameLine = no;
        }
        case "source" -> {
          if (source != null) {
            throw new TargetSetFormatException(no, "source", "the plan's source is already given");
          }
          source = single(no, "source", fields);
        }
        case "note" -> notes.add(single(no, "note", fields));
        case "target" -> {
          targets.add(target(no, fields));
          targetLines.add(no);
        }
        default ->
            throw new TargetSetFormatException(
                no,
                "record type",
                "\"" + fields[0] + "\" is not one of plan, source, note, target");
      }
    }
    if (name == null) {
      int last = lines.length - (lines[lines.length - 1].isEmpty() ? 1 : 0);
      throw new TargetSetFormatException(
          Math.max(1, last), "plan", "the text has no \"plan; <name>\" line");
    }
    TargetSet.Builder builder = TargetSet.builder(name);
    if (source != null) {
      builder.source(source);
    }
    notes.forEach(builder::note);
    Map<Target, Integer> seen = new HashMap<>();
    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      Target key = target.source().isEmpty() && source != null ? target.setBy(source) : target;
      Integer first = seen.putIfAbsent(key, targetLines.get(t));
      if (first != null) {
        throw new TargetSetFormatException(
            targetLines.get(t), "target", "repeats the target of line " + first);
      }
      builder.add(target);
    }
    return builder.build();
  }

  private static String single(int no, String field, String[] fields) {
    if (fields.length != 2 || fields[1].isEmpty()) {
      throw new TargetSetFormatException(
          no, field, "expected \"" + field + "; <text>\" with one non-empty value");
    }
    return fields[1];
  }

  private static Target target(int no, String[] fields) {
    if (fields.length < 4) {
      throw new TargetSetFormatException(
          no,
          "target",
          "expected \"target; <indicator>; <direction>; <threshold>[; key=value…]\", got "
              + fields.length
              + " fields");
    }
    Indicator indicator;
    try {
      indicator = Indicator.fromKey(fields[1]);
    } catch (IllegalArgumentException e) {
      throw new TargetSetFormatException(no, "indicator", String.valueOf(e.getMessage()));
    }
    Direction direction = direction(no, fields[2]);
    Threshold threshold;
    try {
      threshold = Threshold.parse(fields[3]);
    } catch (IllegalArgumentException e) {
      throw new TargetSetFormatException(no, "threshold", String.valueOf(e.getMessage()));
    }
    Target target = Target.of(indicator, direction, threshold);
    Set<String> keys = new LinkedHashSet<>();
    for (int f = 4; f < fields.length; f++) {
      String option = fields[f];
      int eq = option.indexOf('=');
      if (eq <= 0) {
        throw new TargetSetFormatException(
            no,
            "option",
            "\"" + option + "\" is not key=value (tiers, units, period, judged, source)");
      }
      String key = option.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = option.substring(eq + 1).strip();
      if (!keys.add(key)) {
        throw new TargetSetFormatException(no, key, "is given twice");
      }
      if (value.isEmpty()) {
        throw new TargetSetFormatException(no, key, "is empty");
      }
      target = option(no, target, key, value);
    }
    return target;
  }

  private static Target option(int no, Target target, String key, String value) {
    return switch (key) {
      case "tiers" -> {
        List<AdministrativeLevel> tiers = new ArrayList<>();
        for (String t : value.split(",", -1)) {
          tiers.add(tier(no, t.strip()));
        }
        yield target.forTiers(tiers);
      }
      case "units" -> {
        List<String> units = new ArrayList<>();
        for (String u : value.split(",", -1)) {
          if (u.isBlank()) {
            throw new TargetSetFormatException(
                no, "units", "a unit code is empty in \"" + value + "\"");
          }
          units.add(u.strip());
        }
        yield target.forUnits(units);
      }
      case "period" -> {
        try {
          yield target.during(ReportingPeriod.parse(value).range());
        } catch (IllegalArgumentException e) {
          throw new TargetSetFormatException(no, "period", String.valueOf(e.getMessage()));
        }
      }
      case "judged" -> target.judgedOn(judgement(no, value));
      case "source" -> target.setBy(value);
      default ->
          throw new TargetSetFormatException(
              no,
              "option",
              "unknown key \"" + key + "\"; known: tiers, units, period, judged, source");
    };
  }

  private static Direction direction(int no, String text) {
    return switch (text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')) {
      case ">=", "≥", "at least", "tối thiểu" -> Direction.AT_LEAST;
      case "<=", "≤", "at most", "tối đa" -> Direction.AT_MOST;
      default ->
          throw new TargetSetFormatException(
              no,
              "direction",
              "\"" + text + "\" is not >=, ≥, at-least, tối thiểu, <=, ≤, at-most or tối đa");
    };
  }

  private static AdministrativeLevel tier(int no, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("cấp ")) {
      t = t.substring(4).strip();
    }
    return switch (t) {
      case "province", "tỉnh" -> AdministrativeLevel.PROVINCE;
      case "district", "huyện" -> AdministrativeLevel.DISTRICT;
      case "commune", "xã" -> AdministrativeLevel.COMMUNE;
      default ->
          throw new TargetSetFormatException(
              no,
              "tiers",
              "\"" + text + "\" is not province, district or commune (tỉnh, huyện, xã)");
    };
  }

  private static Judgement judgement(int no, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.equals("exact")) {
      return Judgement.exact();
    }
    Matcher m = PUBLISHED.matcher(t);
    if (m.matches()) {
      String scale = m.group(1);
      String mode = m.group(2);
      if (scale == null || mode == null) {
        return Judgement.published();
      }
      try {
        return Judgement.published(
            Integer.parseInt(scale), RoundingMode.valueOf(mode.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new TargetSetFormatException(no, "judged", "\"" + text + "\": " + e.getMessage());
      }
    }
    throw new TargetSetFormatException(
        no, "judged", "\"" + text + "\" is not exact, published or published(<scale>, <mode>)");
  }

  static String write(TargetSet set) {
    StringBuilder out = new StringBuilder();
    out.append("plan; ").append(clean("plan", set.name())).append('\n');
    String setSource = set.source().orElse(null);
    if (setSource != null) {
      out.append("source; ").append(clean("source", setSource)).append('\n');
    }
    for (String note : set.notes()) {
      out.append("note; ").append(clean("note", note)).append('\n');
    }
    for (Target t : set.targets()) {
      out.append("target; ")
          .append(t.indicator().key())
          .append("; ")
          .append(t.direction() == Direction.AT_LEAST ? ">=" : "<=")
          .append("; ")
          .append(t.threshold().percent().toPlainString())
          .append('%');
      if (!t.tiers().isEmpty()) {
        StringBuilder tiers = new StringBuilder();
        t.tiers()
            .forEach(
                l ->
                    tiers
                        .append(tiers.length() == 0 ? "" : ",")
                        .append(l.name().toLowerCase(Locale.ROOT)));
        out.append("; tiers=").append(tiers);
      }
      if (!t.units().isEmpty()) {
        for (String unit : t.units()) {
          if (unit.contains(",")) {
            throw new IllegalStateException(
                "the text format cannot hold the unit code \"" + unit + "\": it contains a comma");
          }
        }
        out.append("; units=").append(clean("units", String.join(",", t.units())));
      }
      DateRange period = t.period().orElse(null);
      if (period != null) {
        out.append("; period=").append(period.first()).append("..").append(period.last());
      }
      if (!t.judgement().isExact()) {
        Judgement j = t.judgement();
        out.append("; judged=published(")
            .append(j.scale())
            .append(", ")
            .append(j.roundingMode())
            .append(')');
      }
      String source = t.source().orElse(null);
      if (source != null && !source.equals(setSource)) {
        out.append("; source=").append(clean("source", source));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String clean(String field, @Nullable String value) {
    String v = String.valueOf(value);
    if (v.contains(";") || v.contains("\n") || v.contains("\r")) {
      throw new IllegalStateException(
          "the text format cannot hold the "
              + field
              + " \""
              + v
              + "\": it contains a semicolon or a line break");
    }
    return v;
  }
}
