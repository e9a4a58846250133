package com.mdm.testsupport.fake;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.testsupport.contract.SeriesRepositoryContract;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.Subject;
import java.util.List;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake proven by the contract the MongoDB store passes, once per series type. */
@ParameterizedClass
@MethodSource("samples")
class InMemorySeriesStoreTest<T extends MarketEvent> extends SeriesRepositoryContract<T> {

  @Parameter SeriesSample<T> sample;

  static List<SeriesSample<?>> samples() {
    return SeriesSample.all();
  }

  @Override
  protected SeriesSample<T> sample() {
    return sample;
  }

  @Override
  protected Subject<SeriesStore> subject() {
    return InMemorySeriesStore::new;
  }
}
