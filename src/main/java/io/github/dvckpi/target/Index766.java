package io.github.dvckpi.target;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.indicator.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * A preset for the index of Quyết định 766/QĐ-TTg ngày 23/6/2022 ("Bộ chỉ số chỉ đạo, điều hành và
 * đánh giá chất lượng phục vụ người dân, doanh nghiệp…"), built only from what is known.
 *
 * <p><b>Verified</b>: the six group maxima 18 / 20 / 12 / 10 / 18 / 22 (100 points), read from a
 * province's published score 83,08 = 15,7/18 + 18,7/20 + 7,9/12 + 9/10 + 18/18 + 13,8/22.
 *
 * <p><b>Secondary</b> (a public transcription of the Portal's technical note "Mô tả công thức tính
 * chỉ số 766", not the official text): the full-score thresholds 3.1 → 80%, 3.3 → 50%, 3.5 → 80%,
 * 4.2 → 80%, 4.3 → 80%, 5.4 → 90%, and the scoring rule {@code min(1, rate / threshold) × max}.
 *
 * <p><b>Not known</b>: the points of each sub-indicator, the thresholds of 1.4, 2.1, 3.6 and 4.1,
 * the other sub-indicators, and which group each sub-indicator belongs to (the transcription's
 * numbering does not match the groups' order). The user supplies these, and the library records
 * them as {@link Provenance#PLACEHOLDER placeholders}; nothing here presents them as official.
 */
public final class Index766 {

  /** The decision that defines the index. */
  public static final String SOURCE = "Quyết định 766/QĐ-TTg ngày 23/6/2022";

  private Index766() {}

  /**
   * The six groups with their verified maxima and no components.
   *
   * @return the model, 100 points in total
   */
  public static IndexModel model() {
    return IndexModel.of(
        "Bộ chỉ số 766",
        SOURCE + "; group maxima verified from a published score, no sub-indicator points verified",
        ImmutableList.of(
            group("openness", "Công khai, minh bạch", "Openness and transparency", "18"),
            group("progress", "Tiến độ, kết quả giải quyết", "Progress and resolution", "20"),
            group("online-service", "Cung cấp dịch vụ trực tuyến", "Online service", "12"),
            group("online-payment", "Thanh toán trực tuyến", "Online payment", "10"),
            group("satisfaction", "Mức độ hài lòng", "Satisfaction", "18"),
            group("digitization", "Số hóa hồ sơ", "Digitization", "22")));
  }

  private static IndexGroup group(String id, String vi, String en, String max) {
    return IndexGroup.of(id, vi, en, max).withProvenance(Provenance.VERIFIED);
  }

  /**
   * A sub-indicator whose full-score threshold the reference notes give (secondary): 3.1, 3.3, 3.5,
   * 4.2, 4.3 or 5.4, with its maximum points supplied by the user as a placeholder.
   *
   * @param id the sub-indicator's id
   * @param maxPoints its points, a placeholder
   * @return the component; its threshold is {@link Provenance#SECONDARY}, its points {@link
   *     Provenance#PLACEHOLDER}
   * @throws IllegalArgumentException naming the id if no threshold is known for it
   */
  public static IndexComponent component(String id, String maxPoints) {
    Known k = known(id);
    if (k.threshold == null) {
      throw new IllegalArgumentException(
          "index 766 sub-indicator "
              + id
              + " has no known full-score threshold: use component(id, maxPoints, threshold)");
    }
    return build(k, maxPoints, k.threshold)
        .withProvenance(Provenance.PLACEHOLDER, Provenance.SECONDARY);
  }

  /**
   * A sub-indicator with its maximum points and its threshold both supplied by the user as
   * placeholders: 1.4, 2.1, 3.1, 3.3, 3.5, 3.6, 4.1, 4.2, 4.3 or 5.4.
   *
   * @param id the sub-indicator's id
   * @param maxPoints its points, a placeholder
   * @param fullScoreAt its full-score threshold, a placeholder
   * @return the component, both numbers {@link Provenance#PLACEHOLDER}
   * @throws IllegalArgumentException naming the id if it is not one of the above
   */
  public static IndexComponent component(String id, String maxPoints, String fullScoreAt) {
    return build(known(id), maxPoints, fullScoreAt);
  }

  private static IndexComponent build(Known k, String maxPoints, String fullScoreAt) {
    return k.indicator == null
        ? IndexComponent.freeStanding(k.id, k.vietnameseName, k.englishName, maxPoints, fullScoreAt)
        : IndexComponent.of(k.id, k.indicator, maxPoints, fullScoreAt);
  }

  private static Known known(String id) {
    requireNonNull(id, "id");
    for (Known k : KNOWN) {
      if (k.id.equals(id.strip())) {
        return k;
      }
    }
    StringBuilder ids = new StringBuilder();
    KNOWN.forEach(k -> ids.append(ids.length() == 0 ? "" : ", ").append(k.id));
    throw new IllegalArgumentException(
        "index 766 sub-indicator \""
            + id
            + "\" is not described in the reference notes; known: "
            + ids);
  }

  /** A sub-indicator as the reference notes describe it (secondary). */
  private record Known(
      String id,
      String vietnameseName,
      String englishName,
      @Nullable Indicator indicator,
      @Nullable String threshold) {}

  /**
   * The sub-indicators of the transcription. An indicator is attached only where this library's
   * definition is the same; 3.3 is free-standing because the Portal multiplies it by the sync rate
   * (1.4), and 4.2 because it also requires an electronic result.
   */
  private static final ImmutableList<Known> KNOWN =
      ImmutableList.of(
          new Known(
              "1.4",
              "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia",
              "Dossiers synchronised to the Portal",
              null,
              null),
          new Known(
              "2.1",
              "Tỷ lệ hồ sơ đã và đang xử lý đúng hạn, trong hạn",
              "On time or within deadline",
              Indicator.ON_TIME_INDEX_2_1,
              null),
          new Known(
              "3.1",
              "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến",
              "Procedures provided online",
              null,
              "80%"),
          new Known(
              "3.3",
              "Tỷ lệ hồ sơ nộp trực tuyến (nhân tỷ lệ đồng bộ 1.4)",
              "Dossiers filed online (times the sync rate 1.4)",
              null,
              "50%"),
          new Known(
              "3.5",
              "Tỷ lệ TTHC có phí tích hợp thanh toán trực tuyến",
              "Fee-bearing procedures with online payment",
              null,
              "80%"),
          new Known(
              "3.6",
              "Tỷ lệ hồ sơ thanh toán trực tuyến",
              "Dossiers paid online",
              Indicator.ONLINE_PAYMENT,
              null),
          new Known(
              "4.1",
              "Tỷ lệ số hóa kết quả giải quyết TTHC",
              "Electronic results",
              Indicator.RESULT_DIGITIZATION,
              null),
          new Known(
              "4.2",
              "Tỷ lệ hồ sơ số hóa thành phần và có kết quả điện tử",
              "Digitized dossiers with an electronic result",
              null,
              "80%"),
          new Known(
              "4.3",
              "Tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa",
              "Reuse of digitized data",
              null,
              "80%"),
          new Known(
              "5.4",
              "Mức độ hài lòng (100% − tỷ lệ trễ hạn và phản ánh, không hài lòng)",
              "Satisfaction (100% − late and complaint rates)",
              null,
              "90%"));
}
