package com.mdm.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BackfillDataTypeTest {

  @Test
  void onlyTheCandleTypesRequireATimeframe() {
    assertThat(Arrays.stream(BackfillDataType.values()).filter(BackfillDataType::requiresTimeframe))
        .containsExactlyInAnyOrder(BackfillDataType.CANDLES, BackfillDataType.MARK_PRICE_CANDLES);
  }
}
