package io.github.dvckpi.target;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The score of one unit under an {@link IndexModel}: points per component and per group, and the
 * total — all exact {@link Fraction}s, rounded only by {@link #format(Locale)}.
 *
 * <p>A component whose rate is undefined or not given has no points, and neither does a group
 * without components or published points: the score is then {@link #isComplete() incomplete}, its
 * {@link #total()} adds only what is known, and {@link #missing()} lists what is not. How the
 * National Public Service Portal scores a unit with no dossiers is not known to this library.
 * Instances are immutable and thread-safe.
 */
public final class IndexScore {

  /**
   * A component's rate and points.
   *
   * @param component the component
   * @param rate its rate, possibly undefined
   */
  public record ComponentScore(IndexComponent component, Rate rate) {

    /**
     * Checks the parts.
     *
     * @param component the component
     * @param rate its rate, possibly undefined
     * @throws NullPointerException if a part is null
     */
    public ComponentScore {
      requireNonNull(component, "component");
      requireNonNull(rate, "rate");
    }

    /**
     * The points: {@code min(1, rate / threshold) × max}.
     *
     * @return the exact points, or empty if the rate is undefined
     */
    public Optional<Fraction> points() {
      return rate.isUndefined() ? Optional.empty() : Optional.of(component.points(rate));
    }
  }

  /** A group's points and, when scored from rates, its components' scores. */
  public static final class GroupScore {
    private final IndexGroup group;
    private final ImmutableList<ComponentScore> components;
    private final @Nullable Fraction points;
    private final boolean complete;

    private GroupScore(
        IndexGroup group,
        ImmutableList<ComponentScore> components,
        @Nullable Fraction points,
        boolean complete) {
      this.group = group;
      this.components = components;
      this.points = points;
      this.complete = complete;
    }

    static GroupScore ofComponents(IndexGroup group, List<ComponentScore> components) {
      Fraction sum = null;
      boolean complete = !components.isEmpty();
      for (ComponentScore c : components) {
        Optional<Fraction> p = c.points();
        if (p.isPresent()) {
          sum = sum == null ? p.get() : sum.plus(p.get());
        } else {
          complete = false;
        }
      }
      return new GroupScore(group, ImmutableList.copyOf(components), sum, complete);
    }

    static GroupScore ofPoints(IndexGroup group, @Nullable Fraction points) {
      return new GroupScore(group, ImmutableList.of(), points, points != null);
    }

    /**
     * The group.
     *
     * @return the group
     */
    public IndexGroup group() {
      return group;
    }

    /**
     * The components' scores.
     *
     * @return the scores; none when scored from published group points
     */
    public ImmutableList<ComponentScore> components() {
      return components;
    }

    /**
     * The group's points: the sum of its components' points that are known, or the published
     * points.
     *
     * @return the points, or empty if nothing is known
     */
    public Optional<Fraction> points() {
      return Optional.ofNullable(points);
    }

    /**
     * Whether every component (or the group's published points) is known.
     *
     * @return true if complete
     */
    public boolean isComplete() {
      return complete;
    }
  }

  private final IndexModel model;
  private final ImmutableList<GroupScore> groups;
  private final Fraction total;

  IndexScore(IndexModel model, List<GroupScore> groups) {
    this.model = model;
    this.groups = ImmutableList.copyOf(groups);
    Fraction sum = Fraction.ZERO;
    for (GroupScore g : groups) {
      if (g.points != null) {
        sum = sum.plus(g.points);
      }
    }
    this.total = sum;
  }

  /**
   * The model scored.
   *
   * @return the model
   */
  public IndexModel model() {
    return model;
  }

  /**
   * The groups' scores, in the model's order.
   *
   * @return the group scores
   */
  public ImmutableList<GroupScore> groups() {
    return groups;
  }

  /**
   * The total: the sum of the known group points, exactly.
   *
   * @return the total, in {@code [0, model.maxPoints()]}
   */
  public Fraction total() {
    return total;
  }

  /**
   * Whether every group and component has data.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    return groups.stream().allMatch(GroupScore::isComplete);
  }

  /**
   * What has no data: the ids of groups without components or points, and of components whose rate
   * is undefined or not given.
   *
   * @return the ids, in the model's order
   */
  public ImmutableList<String> missing() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (GroupScore g : groups) {
      if (g.components.isEmpty()) {
        if (g.points == null) {
          out.add(g.group.id());
        }
      } else {
        g.components.stream()
            .filter(c -> c.rate().isUndefined())
            .forEach(c -> out.add(c.component().id()));
      }
    }
    return out.build();
  }

  /**
   * Formats the score as a small table, points rounded half up at 2 decimals: {@code 83,08/100},
   * then one line per group and component, then what is missing.
   *
   * @param locale the language
   * @return the text, lines separated by {@code \n}
   */
  public String format(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    StringBuilder out = new StringBuilder();
    out.append(model.name())
        .append(": ")
        .append(points(total, locale))
        .append('/')
        .append(RateFormat.number(model.maxPoints(), locale));
    if (!isComplete()) {
      out.append(vi ? " (chưa đủ dữ liệu: thiếu " : " (incomplete: missing ")
          .append(String.join(", ", missing()))
          .append(')');
    }
    for (GroupScore g : groups) {
      out.append("\n  ")
          .append(g.group.displayName(locale))
          .append(": ")
          .append(g.points == null ? RateFormat.noData(locale) : points(g.points, locale))
          .append('/')
          .append(RateFormat.number(g.group.maxPoints(), locale));
      for (ComponentScore c : g.components) {
        out.append("\n    ")
            .append(c.component().id())
            .append(' ')
            .append(c.component().displayName(locale))
            .append(": ")
            .append(c.points().map(p -> points(p, locale)).orElse(RateFormat.noData(locale)))
            .append('/')
            .append(RateFormat.number(c.component().maxPoints(), locale))
            .append(" (")
            .append(RateFormat.percent(c.rate(), locale, 2, RoundingMode.HALF_UP))
            .append(", ")
            .append(vi ? "tối đa từ " : "full at ")
            .append(c.component().fullScoreAt().format(locale))
            .append(')');
      }
    }
    return out.toString();
  }

  private static String points(Fraction f, Locale locale) {
    return f.format(locale, RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING);
  }

  /** The Vietnamese table; see {@link #format(Locale)}. */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE);
  }
}
