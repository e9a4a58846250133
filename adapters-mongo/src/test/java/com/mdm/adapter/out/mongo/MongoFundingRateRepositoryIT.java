package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.port.out.WriteResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoFundingRateRepositoryIT extends SeriesRepositoryContract<FundingRate> {

  @Override
  protected SeriesType type() {
    return SeriesType.FUNDING_RATES;
  }

  @Override
  protected Class<FundingRate> recordType() {
    return FundingRate.class;
  }

  @Override
  protected FundingRate record(Symbol symbol, int n) {
    return Samples.fundingRate(symbol, n);
  }

  @Override
  protected String priceField() {
    return "markPrice";
  }

  @Override
  protected String tinyField() {
    return "fundingRate";
  }

  @Override
  protected String timeField() {
    return "fundingTime";
  }

  private FundingRate announced(int secondsBefore, String rate) {
    return Samples.fundingRate(
        symbol, 8, Samples.at(8).minusSeconds(secondsBefore), new BigDecimal(rate));
  }

  @Test
  void givenAnnouncedRate_whenALaterAnnouncementArrives_thenItReplacesTheStoredRate()
      throws Exception {
    save(List.of(announced(60, "0.00010000")));

    assertThat(save(List.of(announced(30, "0.00012000")))).isEqualTo(new WriteResult(1, 0));
    assertThat(all()).containsExactly(announced(30, "0.00012000"));
  }

  @Test
  void givenAnnouncedRate_whenAnOlderOrEqualAnnouncementArrives_thenItIsIgnoredAsDuplicate()
      throws Exception {
    save(List.of(announced(30, "0.00012000")));

    assertThat(save(List.of(announced(60, "0.00010000"), announced(30, "0.00099000"))))
        .isEqualTo(new WriteResult(0, 2));
    assertThat(all()).containsExactly(announced(30, "0.00012000"));
  }

  @Test
  void givenAnnouncementsInOneBatch_whenSaved_thenTheLatestWins() throws Exception {
    assertThat(
            save(
                List.of(
                    announced(50, "0.00001000"),
                    announced(10, "0.00003000"),
                    announced(40, "0.00002000"))))
        .isEqualTo(new WriteResult(1, 2));
    assertThat(all()).containsExactly(announced(10, "0.00003000"));
  }
}
