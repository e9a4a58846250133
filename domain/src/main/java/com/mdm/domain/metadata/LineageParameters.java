package com.mdm.domain.metadata;

/** What a lineage record's transformation ran with; each transformation has its own shape. */
public sealed interface LineageParameters
    permits IngestParameters, DeadLetterParameters, BackfillParameters, CaptureImportParameters {

  /** The transformation of the lineage records these parameters belong to. */
  String transformation();
}
