package com.mdm.adapter.out.mysql;

import static com.mdm.testsupport.contract.MetadataSamples.at;
import static com.mdm.testsupport.contract.MetadataSamples.pendingJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.testsupport.contract.BackfillJobRepositoryContract;
import com.mdm.testsupport.contract.Subject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The backfill job contract on a metadata database, and how the Jdbi repository reads checkpoints
 * stored as text by earlier versions.
 */
abstract class JdbiBackfillJobRepositoryContract extends BackfillJobRepositoryContract {

  private MetadataTestDatabase database;

  protected abstract MetadataTestDatabase openDatabase();

  @Override
  protected Subject<BackfillJobRepository> subject() {
    database = openDatabase();
    return database.subject(JdbiBackfillJobRepository::new, "backfill_jobs");
  }

  @Test
  void givenACheckpointAsEarlierVersionsStoredIt_whenTheJobIsRead_thenItIsTyped() {
    repository.create(pendingJob("job", 0, at(0)));
    storeCheckpointText(
        "job", "{\"time\":1718654400123,\"fromId\":5001,\"pages\":12,\"gapId\":\"g\"}");

    assertThat(repository.get("job").orElseThrow().checkpoint())
        .isEqualTo(new BackfillCheckpoint(Instant.ofEpochMilli(1718654400123L), 5001L, 12, "g"));
  }

  @Test
  void givenAnUnreadableCheckpoint_whenTheJobIsRead_thenItHasNoneAndStaysListable() {
    repository.create(pendingJob("job", 0, at(0)));
    storeCheckpointText("job", "{\"time\":12.5}");

    assertThat(repository.get("job").orElseThrow().checkpoint()).isNull();
    assertThat(repository.list(null, null, PageRequest.first(10))).hasSize(1);
  }

  private void storeCheckpointText(String jobId, String text) {
    database
        .jdbi()
        .useHandle(
            handle ->
                handle
                    .createUpdate("UPDATE backfill_jobs SET checkpoint = :text WHERE job_id = :id")
                    .bind("text", text)
                    .bind("id", jobId)
                    .execute());
  }
}
