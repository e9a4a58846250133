package com.mdm.application.service;

import com.mdm.domain.port.out.WriteResult;
import java.time.Duration;
import java.time.Instant;

/**
 * One written batch of one series: how many records it had, what the write did, how long it took,
 * the span of series time it covered, and the source positions of the messages it came from.
 *
 * @param firstSequence lowest source sequence among its messages, 0 when unknown
 * @param lastSequence highest source sequence among its messages, 0 when unknown
 */
public record BatchOutcome(
    String source,
    int records,
    WriteResult result,
    Duration latency,
    Instant firstTime,
    Instant lastTime,
    long firstSequence,
    long lastSequence) {}
