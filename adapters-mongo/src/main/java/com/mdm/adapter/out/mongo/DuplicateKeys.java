package com.mdm.adapter.out.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;

/**
 * Reads a failed unordered bulk write: duplicate keys mean "already stored" and are counted, any
 * other error (or a write concern error) fails the batch so that the caller retries it.
 */
final class DuplicateKeys {

  private DuplicateKeys() {}

  /** The number of duplicate-key errors; rethrows {@code failure} when it holds anything else. */
  static long countOrRethrow(MongoBulkWriteException failure) {
    if (failure.getWriteConcernError() != null) {
      throw failure;
    }
    long duplicates = 0;
    for (BulkWriteError error : failure.getWriteErrors()) {
      if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
        throw failure;
      }
      duplicates++;
    }
    return duplicates;
  }
}
