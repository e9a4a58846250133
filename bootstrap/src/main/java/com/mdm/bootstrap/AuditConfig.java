package com.mdm.bootstrap;

import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.ReconciliationSettings;
import java.time.Duration;

/** Whether and how this replica audits, and the lease that makes only one of them do it. */
public record AuditConfig(
    boolean enabled,
    AuditSettings settings,
    String leaseBucket,
    Duration leaseTtl,
    ReconciliationSettings reconciliation) {}
