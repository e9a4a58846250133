package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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

  @Test
  void givenStoredLineage_whenListed_thenEachRecordsParametersAreItsStoredText() throws Exception {
    List<JsonNode> lineage = answered("/catalog/lineage/" + GoldenRecords.CANDLES_1M, "lineage");

    assertThat(lineage).hasSize(GoldenAuditRecords.LINEAGE.size());
    for (JsonNode record : lineage) {
      assertAsStored(record, "parameters", "lineage_records", "lineage_id");
    }
  }

  @Test
  void givenStoredAuditLogs_whenListed_thenEachEntrysDetailsAreItsStoredText() throws Exception {
    List<JsonNode> logs = answered("/audit/logs", "logs");

    assertThat(logs).hasSize(GoldenAuditRecords.AUDIT_LOGS.size());
    for (JsonNode entry : logs) {
      assertAsStored(entry, "details", "audit_logs", "audit_id");
    }
  }

  @Test
  void givenStoredGaps_whenListed_thenEachGapsDetailsAreItsStoredText() throws Exception {
    List<JsonNode> gaps = answered("/audit/gaps", "gaps");

    assertThat(gaps).hasSize(GoldenAuditRecords.GAPS.size());
    for (JsonNode gap : gaps) {
      assertAsStored(gap, "details", "data_gaps", "gap_id");
    }
  }

  private List<JsonNode> answered(String path, String field) {
    ApiClient.Answer answer = stack.api.get(path);
    assertThat(answer.status()).as(path).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    answer.json().get(field).forEach(items::add);
    return items;
  }

  /** The {@code field} of an answered {@code record} is the re-read text of its column. */
  private void assertAsStored(JsonNode record, String field, String table, String key)
      throws Exception {
    String stored =
        stack
            .mysql
            .jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT " + field + " FROM " + table + " WHERE " + key + " = :id")
                        .bind("id", record.get("id").asText())
                        .mapTo(String.class)
                        .one());
    assertThat(record.get(field).toString())
        .as(table + " " + record.get("id"))
        .isEqualTo(Json.MAPPER.readTree(stored).toString());
  }
}
