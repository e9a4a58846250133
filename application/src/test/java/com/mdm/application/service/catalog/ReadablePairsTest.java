package com.mdm.application.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.port.in.NoDataStoredException;
import com.mdm.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadablePairsTest {

  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Symbol SUSHI = Symbol.of("SUSHIUSDT");
  private static final Symbol DOGE = Symbol.of("DOGEUSDT");

  private final PairCatalog catalog = new PairCatalog();
  private final MovableClock clock = new MovableClock(Instant.parse("2024-05-01T00:00:00Z"));
  private final ReadablePairs pairs = new ReadablePairs(catalog, Set.of(BTC), false, clock);

  @Test
  void givenASupportedPairWithNothingStored_whenRequired_thenItIsReadableWithoutAskingTheCatalog() {
    assertThatCode(() -> pairs.require(BTC)).doesNotThrowAnyException();
    assertThat(catalog.listings()).isZero();
  }

  @Test
  void givenAPairOutsideTheSupportedOnesButInTheCatalog_whenRequired_thenItIsReadable() {
    catalog.register(SUSHI);

    assertThatCode(() -> pairs.require(SUSHI)).doesNotThrowAnyException();
  }

  @Test
  void givenAPairNeitherSupportedNorCataloged_whenRequired_thenNoDataIsStoredForIt() {
    catalog.register(SUSHI);

    assertThatThrownBy(() -> pairs.require(DOGE))
        .isInstanceOfSatisfying(
            NoDataStoredException.class, e -> assertThat(e.symbol()).isEqualTo(DOGE))
        .hasMessage("no data stored for pair DOGEUSDT");
  }

  @Test
  void givenAnUnknownPair_whenItsFirstSeriesIsRegistered_thenTheVeryNextRequestMayReadIt() {
    assertThatThrownBy(() -> pairs.require(SUSHI)).isInstanceOf(NoDataStoredException.class);

    catalog.register(SUSHI);

    assertThatCode(() -> pairs.require(SUSHI)).doesNotThrowAnyException();
  }

  @Test
  void
      givenAFoundPair_whenRequiredAgainWithinTheMemory_thenTheCatalogIsNotAskedAgainUntilItLapses() {
    catalog.register(SUSHI);
    pairs.require(SUSHI);

    clock.advance(ReadablePairs.REMEMBER_FOUND.minusSeconds(1));
    pairs.require(SUSHI);
    assertThat(catalog.listings()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    pairs.require(SUSHI);
    assertThat(catalog.listings()).isEqualTo(2);
  }

  @Test
  void givenEverySymbolAllowed_whenAnUnknownPairIsRequired_thenItIsReadable() {
    ReadablePairs any = new ReadablePairs(catalog, Set.of(BTC), true, clock);

    assertThatCode(() -> any.require(DOGE)).doesNotThrowAnyException();
  }
}
