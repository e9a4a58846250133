package com.mdm.domain.metadata;

/** Why a gap is there, decided from what the service itself saw while the records were due. */
public enum GapCause {
  /** Before the first record the service ever stored for the series: history, not a loss. */
  NOT_COLLECTED,
  /** Nothing at all arrived on the series' subjects for a whole minute of the gap. */
  CAPTURE_OUTAGE,
  /** Messages kept arriving on the subject but this series skipped records. */
  STREAM_LOSS,
  /** Messages on the series' subjects were dead-lettered while the gap was due. */
  DEAD_LETTERED,
  /** Recorded before causes were kept, or without a receipt log to decide from. */
  UNKNOWN
}
