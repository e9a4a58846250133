package com.mdm.application.service.audit;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The metadata repositories the auditor writes, in memory, following their port contracts. */
final class MemoryMetadata {

  final List<AuditLogEntry> auditLog = new CopyOnWriteArrayList<>();
  final List<HealthMetric> healthMetrics = new CopyOnWriteArrayList<>();
  final Map<String, DataGap> gaps = new ConcurrentHashMap<>();
  final List<Dataset> datasets = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  final AuditLogRepository auditLogRepository =
      new AuditLogRepository() {
        @Override
        public AuditLogEntry append(AuditLogEntry entry) {
          AuditLogEntry stored =
              new AuditLogEntry(
                  ids.incrementAndGet(),
                  entry.datasetId(),
                  entry.symbol(),
                  entry.auditType(),
                  entry.severity(),
                  entry.details(),
                  entry.timestamp());
          auditLog.add(stored);
          return stored;
        }

        @Override
        public List<AuditLogEntry> list(AuditLogQuery query, PageRequest page) {
          throw new UnsupportedOperationException();
        }
      };

  final HealthMetricRepository healthMetricRepository =
      new HealthMetricRepository() {
        @Override
        public HealthMetric append(HealthMetric metric) {
          healthMetrics.add(metric);
          return metric;
        }

        @Override
        public Optional<HealthMetric> latest(String datasetId) {
          return healthMetrics.stream()
              .filter(m -> m.datasetId().equals(datasetId))
              .reduce((a, b) -> b);
        }

        @Override
        public List<HealthMetric> history(String datasetId, TimeRange range) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int purgeOlderThan(Instant cutoff) {
          throw new UnsupportedOperationException();
        }
      };

  final DataGapRepository gapRepository =
      new DataGapRepository() {
        @Override
        public synchronized boolean upsert(DataGap gap) {
          DataGap old = gaps.get(gap.gapId());
          if (old == null) {
            gaps.put(gap.gapId(), gap);
            return true;
          }
          gaps.put(
              gap.gapId(),
              new DataGap(
                  old.gapId(),
                  old.series(),
                  old.start(),
                  gap.end(),
                  gap.expectedMissing(),
                  gap.severity(),
                  old.status(),
                  gap.details(),
                  old.detectedAt(),
                  gap.updatedAt(),
                  gap.cause(),
                  old.fate()));
          return false;
        }

        @Override
        public Optional<DataGap> get(String gapId) {
          return Optional.ofNullable(gaps.get(gapId));
        }

        @Override
        public List<DataGap> list(GapFilter filter, PageRequest page) {
          return gaps.values().stream()
              .filter(filter::matches)
              .sorted(Comparator.comparing(DataGap::detectedAt).reversed())
              .skip(page.offset())
              .limit(page.limit())
              .toList();
        }

        @Override
        public synchronized boolean updateFate(String gapId, GapFate fate, Instant now) {
          DataGap old = gaps.get(gapId);
          if (old == null) {
            return false;
          }
          gaps.put(gapId, old.withFate(fate, now));
          return true;
        }
      };

  final DatasetRepository datasetRepository =
      new DatasetRepository() {
        @Override
        public void upsert(Dataset dataset) {
          datasets.add(dataset);
        }

        @Override
        public Optional<Dataset> findById(String datasetId) {
          return datasets.stream().filter(d -> d.datasetId().equals(datasetId)).findFirst();
        }

        @Override
        public List<Dataset> list(DatasetFilter filter, PageRequest page) {
          return datasets.stream()
              .sorted(Comparator.comparing(Dataset::datasetId))
              .skip(page.offset())
              .limit(page.limit())
              .toList();
        }

        @Override
        public void updateCoverage(
            String datasetId, Instant first, Instant last, long count, Instant measuredAt) {}
      };

  List<AuditLogEntry> log(String type) {
    return auditLog.stream().filter(e -> e.auditType().equals(type)).toList();
  }

  List<DataGap> gaps(GapStatus status) {
    return new ArrayList<>(gaps.values()).stream().filter(g -> g.status() == status).toList();
  }
}
