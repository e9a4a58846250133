package com.mdm.application.service.backfill;

/**
 * What one auto-repair round did with the open gaps.
 *
 * @param gapsSeen open gaps looked at
 * @param jobsCreated backfill jobs queued for gaps
 * @param reaudited gaps whose repair had ended and that were re-audited as final
 * @param skipped gaps left alone: too short, not fetchable over REST, being repaired, or cancelled
 */
public record RepairRound(int gapsSeen, int jobsCreated, int reaudited, int skipped) {}
