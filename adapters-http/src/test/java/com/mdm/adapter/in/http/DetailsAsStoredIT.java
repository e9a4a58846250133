package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API answers lineage parameters, audit details and gap details exactly as the JSON text that
 * adapters-mysql stores for them: what earlier versions answered by re-reading that text. The
 * records are the fixtures of the golden answers, so every shape there is checked against storage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetailsAsStoredIT {

  private ApiTestStack stack;

  @BeforeAll
  void start() {
    stack = ApiTestStack.start();
    GoldenAuditRecords.LINEAGE.forEach(stack.lineage::append);
    GoldenAuditRecords.AUDIT_LOGS.forEach(stack.auditLog::append);
    GoldenAuditRecords.GAPS.forEach(stack.gaps::upsert);
  }

  @AfterAll
  void stop() throws Exception {
    stack.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/catalog/lineage/candles_BTCUSDT_1m, lineage, parameters, lineage_records, lineage_id, 2",
    "/audit/logs, logs, details, audit_logs, audit_id, 3",
    "/audit/gaps, gaps, details, data_gaps, gap_id, 2"
  })
  void givenStoredRecords_whenListed_thenEachOnesDetailsAreItsStoredTextReadAgain(
      String path, String list, String field, String table, String key, int count)
      throws Exception {
    ApiClient.Answer answer = stack.api.get(path);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get(list)).hasSize(count);
    for (JsonNode record : answer.json().get(list)) {
      String stored = stored(table, field, key, record.get("id").asText());
      assertThat(record.get(field).toString())
          .as(table + " " + record.get("id"))
          .isEqualTo(Json.MAPPER.readTree(stored).toString());
    }
  }

  private String stored(String table, String column, String key, String id) {
    return stack
        .mysql
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT " + column + " FROM " + table + " WHERE " + key + " = :id")
                    .bind("id", id)
                    .mapTo(String.class)
                    .one());
  }
}
