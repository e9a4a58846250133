package com.mdm.adapter.out.mysql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Opening a store with a configuration that cannot work fails before any connection is made. */
class MysqlMetadataStoreTest {

  @Test
  void givenUrlWithoutJdbcScheme_whenOpened_thenItFailsNamingTheUrlAndAnExample() {
    assertThatThrownBy(() -> MysqlMetadataStore.open("mysql://db:3306/metadata", "mdm", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mysql://db:3306/metadata")
        .hasMessageContaining("jdbc:mysql://");
  }

  @Test
  void givenUrlNoDriverAccepts_whenOpened_thenItFailsSayingTheSchemaCannotBeMigrated() {
    assertThatThrownBy(() -> MysqlMetadataStore.open("jdbc:nosuchdb:metadata", "mdm", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot migrate the metadata schema at jdbc:nosuchdb:metadata");
  }

  @Test
  void givenNullUrl_whenOpened_thenItFailsNamingTheParameter() {
    assertThatThrownBy(() -> MysqlMetadataStore.open(null, "mdm", ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("jdbcUrl");
  }
}
