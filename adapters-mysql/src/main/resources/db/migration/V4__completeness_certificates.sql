-- Completeness certificates (issue 15, section 3): per dataset and UTC hour what it should hold,
-- what it holds, what is missing, a SHA-256 over its canonical content and the state that follows;
-- every version kept. Reconciliation findings (section 4) go to audit_logs with the minute they are
-- about in subject_time. Same portability rules as V1: UTC DATETIME(3), enums by name, one
-- statement per ALTER so that H2 in MySQL mode runs it too.

CREATE TABLE completeness_certificates (
  dataset_id        VARCHAR(128)  NOT NULL,
  hour_start        DATETIME(3)   NOT NULL,
  version           INT           NOT NULL,
  expected_records  BIGINT        NULL,
  present_records   BIGINT        NOT NULL,
  missing           MEDIUMTEXT    NOT NULL,
  sha256            CHAR(64)      NOT NULL,
  state             VARCHAR(16)   NOT NULL,
  computed_at       DATETIME(3)   NOT NULL,
  PRIMARY KEY (dataset_id, hour_start, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE audit_logs ADD COLUMN subject_time DATETIME(3) NULL;

CREATE INDEX ix_audit_logs_type_subject ON audit_logs (audit_type, subject_time);
