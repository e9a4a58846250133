-- Every gap gets a cause and a fate (issue 15, section 1), and the service keeps its own receipt
-- log: per subject and UTC minute how many messages reached ingest and how many were dead-lettered,
-- and which subjects carry which dataset. Same portability rules as V1: UTC DATETIME(3), enums by
-- name, one statement per ALTER so that H2 in MySQL mode runs it too.

ALTER TABLE data_gaps ADD COLUMN cause VARCHAR(16) NOT NULL DEFAULT 'UNKNOWN';
ALTER TABLE data_gaps ADD COLUMN fate VARCHAR(16) NOT NULL DEFAULT 'OPEN';
ALTER TABLE data_gaps ADD COLUMN fate_job_id VARCHAR(64) NULL;
ALTER TABLE data_gaps ADD COLUMN fate_records BIGINT NOT NULL DEFAULT 0;
ALTER TABLE data_gaps ADD COLUMN fate_reason VARCHAR(512) NULL;

-- gaps recorded before fates were kept: the fate their status stands for
UPDATE data_gaps SET fate = 'FILLED', fate_reason = 'the missing records arrived later'
  WHERE status = 'RESOLVED';
UPDATE data_gaps SET fate = 'UNRECOVERABLE', fate_reason = 'data still missing after its repair'
  WHERE status = 'UNRECOVERABLE';

CREATE INDEX ix_data_gaps_cause ON data_gaps (cause, fate, detected_at);

CREATE TABLE capture_minutes (
  subject        VARCHAR(255)  NOT NULL,
  minute_start   DATETIME(3)   NOT NULL,
  received       BIGINT        NOT NULL,
  dead_lettered  BIGINT        NOT NULL,
  PRIMARY KEY (subject, minute_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE capture_subjects (
  dataset_id     VARCHAR(128)  NOT NULL,
  subject        VARCHAR(255)  NOT NULL,
  first_seen     DATETIME(3)   NOT NULL,
  PRIMARY KEY (dataset_id, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
