package com.mdm.adapter.out.mysql;

import static com.mdm.adapter.out.mysql.UtcTimes.stored;

import com.mdm.domain.metadata.Dataset;

/** Converts between {@link Dataset} and its row. */
final class DatasetMapper {

  private DatasetMapper() {}

  static DatasetRow toRow(Dataset dataset) {
    return new DatasetRow(
        dataset.datasetId(),
        dataset.name(),
        dataset.description(),
        dataset.category(),
        dataset.schemaId(),
        dataset.storageType(),
        dataset.location(),
        Codes.symbol(dataset.symbol()),
        Codes.timeframe(dataset.timeframe()),
        dataset.owner(),
        dataset.updateFrequency(),
        stored(dataset.firstTimestamp()),
        stored(dataset.lastTimestamp()),
        dataset.approximateCount(),
        stored(dataset.createdAt()),
        stored(dataset.updatedAt()));
  }

  static Dataset toDomain(DatasetRow row) {
    return new Dataset(
        row.datasetId(),
        row.name(),
        row.description(),
        row.category(),
        row.schemaId(),
        row.storageType(),
        row.location(),
        Codes.symbol(row.symbol()),
        Codes.timeframe(row.timeframe()),
        row.owner(),
        row.updateFrequency(),
        row.firstTimestamp(),
        row.lastTimestamp(),
        row.approximateCount(),
        row.createdAt(),
        row.updatedAt());
  }
}
