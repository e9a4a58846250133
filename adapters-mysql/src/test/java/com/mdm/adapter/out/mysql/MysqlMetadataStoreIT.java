package com.mdm.adapter.out.mysql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The store on the MySQL/MariaDB server of the test-support helper. */
class MysqlMetadataStoreIT extends MysqlMetadataStoreContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.onTestServer();
  }

  @Test
  void givenNoServerAtTheAddress_whenOpened_thenItFailsNamingTheUrlButNotItsQuery() {
    String url = "jdbc:mysql://127.0.0.1:1/metadata?connectTimeout=2000&password=secret";

    assertThatThrownBy(() -> MysqlMetadataStore.open(url, "mdm", "secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jdbc:mysql://127.0.0.1:1/metadata")
        .hasMessageContaining("'mdm'")
        .hasMessageNotContaining("secret");
  }
}
