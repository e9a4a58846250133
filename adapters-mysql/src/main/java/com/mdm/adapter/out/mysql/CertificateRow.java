package com.mdm.adapter.out.mysql;

import java.time.Instant;

/** One row of {@code completeness_certificates}; {@code missing} is JSON. */
public record CertificateRow(
    String datasetId,
    Instant hourStart,
    int version,
    Long expectedRecords,
    long presentRecords,
    String missing,
    String sha256,
    String state,
    Instant computedAt) {}
