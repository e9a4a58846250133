package com.mdm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void theMedianOfAnOddNumberOfRunsIsTheMiddleOneWhateverTheirOrder() {
    Samples samples = Samples.of(30, 10, 20);

    assertThat(samples.median()).isEqualTo(20);
    assertThat(samples.min()).isEqualTo(10);
    assertThat(samples.max()).isEqualTo(30);
    assertThat(samples.runs()).isEqualTo(3);
  }

  @Test
  void theMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
    assertThat(Samples.of(4, 1, 3, 2).median()).isEqualTo(2.5);
  }

  @Test
  void aFigureWithoutRunsIsRefused() {
    assertThatThrownBy(Samples::of).isInstanceOf(IllegalArgumentException.class);
  }
}
