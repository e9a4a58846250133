package com.mdm.adapter.out.mysql;

import java.time.Instant;

/** A reconciliation finding's row of {@code audit_logs}; the minute it is about in subject_time. */
public record FindingRow(
    Long auditId,
    String datasetId,
    String symbol,
    String severity,
    String details,
    Instant recordedAt,
    Instant subjectTime) {}
