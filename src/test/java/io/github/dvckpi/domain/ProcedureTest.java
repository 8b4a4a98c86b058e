package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A procedure's fee and result are named values, not two booleans that are easy to swap. */
class ProcedureTest {

  @Test
  void theFeeAndTheResultAreNamed() {
    Procedure permit =
        Procedure.of(
            "1.001",
            "Cấp phép",
            ServiceLevel.FULL_ONLINE,
            Procedure.Fee.CHARGED,
            Procedure.Result.NONE);
    assertThat(permit.chargesFee()).isTrue();
    assertThat(permit.issuesResult()).isFalse();
    Procedure free =
        Procedure.of(
            "1.002",
            "Xác nhận",
            ServiceLevel.NOT_ONLINE,
            Procedure.Fee.FREE,
            Procedure.Result.ISSUED);
    assertThat(free.chargesFee()).isFalse();
    assertThat(free.issuesResult()).isTrue();
    assertThat(free)
        .isEqualTo(new Procedure("1.002", "Xác nhận", ServiceLevel.NOT_ONLINE, false, true));
  }

  @Test
  void aMissingFeeOrResultIsNamed() {
    assertThatThrownBy(
            () -> Procedure.of("1.003", "X", ServiceLevel.FULL_ONLINE, null, Procedure.Result.NONE))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Procedure \"1.003\": fee is missing");
    assertThatThrownBy(
            () -> Procedure.of("1.003", "X", ServiceLevel.FULL_ONLINE, Procedure.Fee.FREE, null))
        .hasMessage("Procedure \"1.003\": result is missing");
  }
}
