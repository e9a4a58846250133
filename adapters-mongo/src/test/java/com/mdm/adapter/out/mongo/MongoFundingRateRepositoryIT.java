package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.FundingRate;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.SeriesSamples;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoFundingRateRepositoryIT extends MongoSeriesRepositoryContract<FundingRate> {

  @Override
  protected SeriesSample<FundingRate> sample() {
    return SeriesSample.FUNDING_RATES;
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
    return SeriesSamples.fundingRate(
        symbol, 8, SeriesSamples.at(8).minusSeconds(secondsBefore), new BigDecimal(rate));
  }

  @Test
  void givenAnnouncedRate_whenAnOlderOrEqualAnnouncementArrives_thenItIsIgnoredAsDuplicate()
      throws Exception {
    save(List.of(announced(30, "0.00012000")));

    assertThat(save(List.of(announced(60, "0.00010000"), announced(30, "0.00099000"))))
        .isEqualTo(new WriteResult(0, 2));
    assertThat(all()).containsExactly(announced(30, "0.00012000"));
  }
}
