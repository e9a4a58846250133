package com.mdm.application.service.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.SortOrder;
import com.mdm.domain.port.in.InvalidRequestException;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  private static final PageCursor CURSOR =
      new PageCursor(
          "trades_BTCUSDT",
          SortOrder.ASCENDING,
          Instant.parse("2024-05-01T00:00:00.123Z"),
          "00000000000000000042");

  @Test
  void aCursorDecodesToWhatWasEncoded() {
    String encoded = CURSOR.encode();

    assertThat(encoded).matches("[A-Za-z0-9_-]+");
    assertThat(PageCursor.decode(encoded, "trades_BTCUSDT", SortOrder.ASCENDING)).isEqualTo(CURSOR);
  }

  @Test
  void aCursorOfAnotherDatasetOrOrderIsRefusedNamingTheCursor() {
    String encoded = CURSOR.encode();

    assertThatThrownBy(() -> PageCursor.decode(encoded, "trades_ETHUSDT", SortOrder.ASCENDING))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"))
        .hasMessageContaining("another query");
    assertThatThrownBy(() -> PageCursor.decode(encoded, "trades_BTCUSDT", SortOrder.DESCENDING))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void textThatIsNotACursorIsRefused() {
    String forged = Base64.getUrlEncoder().encodeToString("1|trades_BTCUSDT|A|soon|".getBytes());

    for (String bad : new String[] {"%%%", "", "abc", forged}) {
      assertThatThrownBy(() -> PageCursor.decode(bad, "trades_BTCUSDT", SortOrder.ASCENDING))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
    }
  }
}
