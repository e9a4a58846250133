-- Gaps found by the auditor, one row per gap, keyed by the auditor's stable gap id so that
-- finding the same gap again updates its row. Same portability rules as V1: UTC DATETIME(3),
-- JSON in MEDIUMTEXT, enums by name.

CREATE TABLE data_gaps (
  gap_id           VARCHAR(64)   NOT NULL,
  dataset_id       VARCHAR(128)  NOT NULL,
  series_type      VARCHAR(32)   NOT NULL,
  symbol           VARCHAR(32)   NOT NULL,
  timeframe        VARCHAR(8)    NULL,
  start_time       DATETIME(3)   NOT NULL,
  end_time         DATETIME(3)   NOT NULL,
  expected_missing BIGINT        NOT NULL,
  severity         VARCHAR(16)   NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  details          MEDIUMTEXT    NOT NULL,
  detected_at      DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  PRIMARY KEY (gap_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_data_gaps_dataset_status ON data_gaps (dataset_id, status, detected_at);
CREATE INDEX ix_data_gaps_status ON data_gaps (status, detected_at);
