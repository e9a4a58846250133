-- Metadata schema. Portable across MariaDB 10.11, MySQL 8.4 and H2 in MySQL mode:
-- times are DATETIME(3) holding UTC wall-clock values (never TIMESTAMP, whose value
-- shifts with the session time zone), JSON is kept in MEDIUMTEXT, enums by name.

CREATE TABLE datasets (
  dataset_id        VARCHAR(128)  NOT NULL,
  name              VARCHAR(255)  NOT NULL,
  description       TEXT          NULL,
  category          VARCHAR(64)   NOT NULL,
  schema_id         VARCHAR(128)  NULL,
  storage_type      VARCHAR(32)   NOT NULL,
  location          VARCHAR(512)  NOT NULL,
  symbol            VARCHAR(32)   NULL,
  timeframe         VARCHAR(8)    NULL,
  owner             VARCHAR(128)  NULL,
  update_frequency  VARCHAR(64)   NULL,
  first_timestamp   DATETIME(3)   NULL,
  last_timestamp    DATETIME(3)   NULL,
  approximate_count BIGINT        NULL,
  created_at        DATETIME(3)   NOT NULL,
  updated_at        DATETIME(3)   NOT NULL,
  PRIMARY KEY (dataset_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_datasets_category ON datasets (category, dataset_id);
CREATE INDEX ix_datasets_symbol ON datasets (symbol, dataset_id);

CREATE TABLE audit_logs (
  audit_id    BIGINT        NOT NULL AUTO_INCREMENT,
  dataset_id  VARCHAR(128)  NOT NULL,
  symbol      VARCHAR(32)   NULL,
  audit_type  VARCHAR(64)   NOT NULL,
  severity    VARCHAR(16)   NOT NULL,
  details     MEDIUMTEXT    NOT NULL,
  recorded_at DATETIME(3)   NOT NULL,
  PRIMARY KEY (audit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_audit_logs_dataset_time ON audit_logs (dataset_id, recorded_at);
CREATE INDEX ix_audit_logs_symbol_time ON audit_logs (symbol, recorded_at);
CREATE INDEX ix_audit_logs_time ON audit_logs (recorded_at);

CREATE TABLE health_metrics (
  metric_id         BIGINT        NOT NULL AUTO_INCREMENT,
  dataset_id        VARCHAR(128)  NOT NULL,
  symbol            VARCHAR(32)   NULL,
  window_start      DATETIME(3)   NOT NULL,
  window_end        DATETIME(3)   NOT NULL,
  completeness      DOUBLE        NOT NULL,
  freshness_seconds BIGINT        NOT NULL,
  freshness_score   DOUBLE        NOT NULL,
  gaps_count        INT           NOT NULL,
  duplicates_count  INT           NOT NULL,
  continuity_score  DOUBLE        NOT NULL,
  validity_score    DOUBLE        NOT NULL,
  quality_score     DOUBLE        NOT NULL,
  recorded_at       DATETIME(3)   NOT NULL,
  PRIMARY KEY (metric_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_health_metrics_dataset_time ON health_metrics (dataset_id, recorded_at);
CREATE INDEX ix_health_metrics_time ON health_metrics (recorded_at);

CREATE TABLE backfill_jobs (
  job_id           VARCHAR(128)  NOT NULL,
  symbol           VARCHAR(32)   NOT NULL,
  data_type        VARCHAR(32)   NOT NULL,
  timeframe        VARCHAR(8)    NULL,
  start_time       DATETIME(3)   NOT NULL,
  end_time         DATETIME(3)   NOT NULL,
  priority         INT           NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  progress         DOUBLE        NOT NULL,
  records_fetched  BIGINT        NOT NULL,
  records_inserted BIGINT        NOT NULL,
  checkpoint       TEXT          NULL,
  error_message    TEXT          NULL,
  attempts         INT           NOT NULL,
  claimed_by       VARCHAR(128)  NULL,
  created_at       DATETIME(3)   NOT NULL,
  started_at       DATETIME(3)   NULL,
  completed_at     DATETIME(3)   NULL,
  updated_at       DATETIME(3)   NULL,
  PRIMARY KEY (job_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_backfill_jobs_queue ON backfill_jobs (status, priority DESC, created_at);
CREATE INDEX ix_backfill_jobs_symbol_created ON backfill_jobs (symbol, created_at);
CREATE INDEX ix_backfill_jobs_created ON backfill_jobs (created_at);

CREATE TABLE lineage_records (
  lineage_id        BIGINT        NOT NULL AUTO_INCREMENT,
  dataset_id        VARCHAR(128)  NOT NULL,
  source_dataset_id VARCHAR(128)  NULL,
  source            VARCHAR(255)  NOT NULL,
  transformation    VARCHAR(128)  NOT NULL,
  parameters        MEDIUMTEXT    NOT NULL,
  input_records     BIGINT        NOT NULL,
  output_records    BIGINT        NOT NULL,
  duplicate_records BIGINT        NOT NULL,
  dead_letters      BIGINT        NOT NULL,
  range_start       DATETIME(3)   NULL,
  range_end         DATETIME(3)   NULL,
  duration_ms       BIGINT        NOT NULL,
  status            VARCHAR(32)   NOT NULL,
  error_message     TEXT          NULL,
  recorded_at       DATETIME(3)   NOT NULL,
  PRIMARY KEY (lineage_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_lineage_records_dataset_time ON lineage_records (dataset_id, recorded_at);
