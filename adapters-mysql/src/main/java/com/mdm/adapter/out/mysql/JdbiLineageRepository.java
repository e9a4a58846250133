package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.LineageRepository;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** Dataset lineage in the {@code lineage_records} table. */
public final class JdbiLineageRepository implements LineageRepository {

  private final LineageDao dao;

  public JdbiLineageRepository(Jdbi jdbi) {
    this.dao = Objects.requireNonNull(jdbi, "jdbi must not be null").onDemand(LineageDao.class);
  }

  @Override
  public LineageRecord append(LineageRecord record) {
    Objects.requireNonNull(record, "record must not be null");
    LineageRow row = LineageMapper.toRow(record);
    return LineageMapper.toDomain(row.withLineageId(dao.insert(row)));
  }

  @Override
  public List<LineageRecord> listByDataset(String datasetId, PageRequest page) {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(page, "page must not be null");
    return dao.listByDataset(datasetId, page.limit(), page.offset()).stream()
        .map(LineageMapper::toDomain)
        .toList();
  }
}
