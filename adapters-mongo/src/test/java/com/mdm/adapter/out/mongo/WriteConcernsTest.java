package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;

class WriteConcernsTest {

  @Test
  void givenMajorityOrAMemberCount_whenParsed_thenTheMatchingWriteConcernResults() {
    assertThat(WriteConcerns.parse("majority")).isEqualTo(WriteConcern.MAJORITY);
    assertThat(WriteConcerns.parse(" MAJORITY ")).isEqualTo(WriteConcern.MAJORITY);
    assertThat(WriteConcerns.parse("acknowledged")).isEqualTo(WriteConcern.ACKNOWLEDGED);
    assertThat(WriteConcerns.parse("1")).isEqualTo(WriteConcern.W1);
    assertThat(WriteConcerns.parse("3")).isEqualTo(WriteConcern.W3);
  }

  @Test
  void givenUnacknowledgedOrUnknownValue_whenParsed_thenItIsRefusedWithTheValue() {
    assertThatThrownBy(() -> WriteConcerns.parse("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'")
        .hasMessageContaining("duplicates");
    assertThatThrownBy(() -> WriteConcerns.parse("most"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'most'")
        .hasMessageContaining("majority");
    assertThatThrownBy(() -> WriteConcerns.parse(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("writeConcern");
  }
}
