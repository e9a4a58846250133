package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.WriteConcernError;
import java.util.List;
import java.util.Set;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

  private static BulkWriteError error(int code, int index) {
    return new BulkWriteError(code, "E" + code, new BsonDocument(), index);
  }

  private static MongoBulkWriteException failure(
      List<BulkWriteError> errors, WriteConcernError concernError) {
    return new MongoBulkWriteException(
        BulkWriteResult.acknowledged(1, 0, 0, 0, List.of(), List.of()),
        errors,
        concernError,
        new ServerAddress(),
        Set.of());
  }

  @Test
  void givenOnlyDuplicateKeyErrors_whenCounted_thenEachCountsAsADuplicate() {
    assertThat(
            DuplicateKeys.countOrRethrow(failure(List.of(error(11000, 0), error(11000, 3)), null)))
        .isEqualTo(2);
  }

  @Test
  void givenAnyOtherWriteError_whenCounted_thenTheBatchFails() {
    MongoBulkWriteException failure = failure(List.of(error(11000, 0), error(121, 1)), null);

    assertThatThrownBy(() -> DuplicateKeys.countOrRethrow(failure)).isSameAs(failure);
  }

  @Test
  void givenAWriteConcernError_whenCounted_thenTheBatchFailsEvenIfOtherwiseOnlyDuplicates() {
    MongoBulkWriteException failure =
        failure(
            List.of(error(11000, 0)),
            new WriteConcernError(
                64, "WriteConcernFailed", "waiting for replication timed out", new BsonDocument()));

    assertThatThrownBy(() -> DuplicateKeys.countOrRethrow(failure)).isSameAs(failure);
  }
}
