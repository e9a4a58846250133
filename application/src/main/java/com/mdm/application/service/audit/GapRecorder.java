package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.Severity;
import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.domain.port.out.CaptureLog;
import com.mdm.domain.port.out.DataGapRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the gap table and the audit log in step with what a scan found: a new gap is stored and
 * logged once; a gap found again is updated silently (its end, count and severity may grow); an
 * open gap that overlaps the window but was not found again has been filled, so it is resolved and
 * the resolution is logged. Open gaps lying wholly before the window are left alone: the scan did
 * not look at them ({@link LeftBehindGaps} re-checks those).
 */
final class GapRecorder {

  static final String GAP = "gap";
  static final String GAP_RESOLVED = "gap_resolved";
  static final String GAP_UNRECOVERABLE = "gap_unrecoverable";

  private static final int PAGE = PageRequest.MAX_LIMIT;

  private final DataGapRepository gaps;
  private final AuditLogRepository auditLog;
  private final AuditSettings settings;
  private final GapCauses causes;

  GapRecorder(DataGapRepository gaps, AuditLogRepository auditLog, AuditSettings settings) {
    this(gaps, auditLog, settings, null);
  }

  /** {@code captureLog} may be null: causes are then unknown beyond {@code not_collected}. */
  GapRecorder(
      DataGapRepository gaps,
      AuditLogRepository auditLog,
      AuditSettings settings,
      CaptureLog captureLog) {
    this.gaps = gaps;
    this.auditLog = auditLog;
    this.settings = settings;
    this.causes = new GapCauses(captureLog);
  }

  /** What recording one scan changed. */
  record Changes(int opened, int resolved) {}

  Changes record(SeriesAudit audit) {
    Set<String> found = new HashSet<>();
    int opened = 0;
    for (DetectedGap detected : audit.gaps()) {
      DataGap gap = toDataGap(audit, detected);
      found.add(gap.gapId());
      if (gaps.upsert(gap)) {
        log(GapEvent.Type.DETECTED, gap, GAP, gap.severity(), audit.auditedAt());
        opened++;
        settleUnrepairable(gap, detected, audit.auditedAt());
        continue;
      }
      GapStatus stored = gaps.get(gap.gapId()).map(DataGap::status).orElse(null);
      if (stored == GapStatus.RESOLVED && change(gap, GapStatus.OPEN, audit.auditedAt())) {
        opened++;
      }
      if (stored != GapStatus.UNRECOVERABLE) {
        settleUnrepairable(gap, detected, audit.auditedAt());
      }
    }
    int resolved = 0;
    for (DataGap open : openGaps(audit.series().datasetId())) {
      boolean looked = open.end().isAfter(audit.window().from());
      if (looked && !found.contains(open.gapId()) && resolve(open, audit.auditedAt())) {
        resolved++;
      }
    }
    return new Changes(opened, resolved);
  }

  /**
   * A gap of a series the REST API keeps no history of (depth, book tickers, tickers, liquidations,
   * raw trades, mark prices) cannot be repaired; once live data has moved past it (it is not at the
   * window's end, where late data may still fill it) it is unrecoverable.
   */
  private void settleUnrepairable(DataGap gap, DetectedGap detected, Instant now) {
    SeriesType type = gap.series().type();
    if (BackfillDataType.filling(type).isEmpty()
        && detected.position() != GapPosition.TRAILING
        && detected.position() != GapPosition.WHOLE_WINDOW) {
      settle(
          gap,
          GapFate.unrecoverable(
              null,
              "the REST API keeps no history of " + type.name().toLowerCase(java.util.Locale.ROOT)),
          now);
    }
  }

  /** Marks {@code gap} resolved and logs it; false when it vanished meanwhile. */
  boolean resolve(DataGap gap, Instant now) {
    return change(gap, GapStatus.RESOLVED, now);
  }

  /**
   * Sets the status of {@code gap} and logs the change: {@code gap_resolved}, {@code
   * gap_unrecoverable}, or {@code gap} again when it reopens. False when the gap vanished
   * meanwhile.
   */
  boolean change(DataGap gap, GapStatus status, Instant now) {
    return settle(gap, GapFate.of(status), now);
  }

  /** Sets the fate of {@code gap} (and its status) and logs the change like {@link #change}. */
  boolean settle(DataGap gap, GapFate fate, Instant now) {
    if (!gaps.updateFate(gap.gapId(), fate, now)) {
      return false;
    }
    DataGap changed = gap.withFate(fate, now);
    switch (fate.status()) {
      case RESOLVED -> log(GapEvent.Type.RESOLVED, changed, GAP_RESOLVED, Severity.INFO, now);
      case UNRECOVERABLE ->
          log(GapEvent.Type.UNRECOVERABLE, changed, GAP_UNRECOVERABLE, gap.severity(), now);
      case OPEN -> log(GapEvent.Type.REOPENED, changed, GAP, gap.severity(), now);
    }
    return true;
  }

  /** Every open gap of {@code datasetId}. */
  List<DataGap> openGaps(String datasetId) {
    List<DataGap> open = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<DataGap> page = gaps.list(datasetId, GapStatus.OPEN, new PageRequest(offset, PAGE));
      open.addAll(page);
      if (page.size() < PAGE) {
        return open;
      }
    }
  }

  private DataGap toDataGap(SeriesAudit audit, DetectedGap detected) {
    String datasetId = audit.series().datasetId();
    String gapId = GapIds.of(datasetId, detected.kind(), detected.anchor());
    Severity severity = settings.severity().of(detected.duration());
    return new DataGap(
        gapId,
        audit.series(),
        detected.start(),
        detected.end(),
        detected.missing(),
        severity,
        GapStatus.OPEN,
        detected.details(gapId, audit.series(), severity, settings.gapTolerance()),
        audit.auditedAt(),
        audit.auditedAt(),
        causes.of(audit.series(), detected),
        GapFate.OPEN);
  }

  private void log(
      GapEvent.Type event, DataGap gap, String auditType, Severity severity, Instant now) {
    auditLog.append(
        new AuditLogEntry(
            null,
            gap.datasetId(),
            gap.series().symbol(),
            auditType,
            severity,
            GapEvent.of(event, gap),
            now));
  }
}
