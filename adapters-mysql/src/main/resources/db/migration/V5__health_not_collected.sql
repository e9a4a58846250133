-- Health metrics count the gaps before a series' first stored record (cause not_collected: history
-- never collected) apart from the capture gaps in gaps_count, with the records they miss. Rows
-- written before this migration had such gaps left out of every count, so 0 is their honest value.
-- One statement per ALTER so that H2 in MySQL mode runs it too.

ALTER TABLE health_metrics ADD COLUMN not_collected_gaps INT NOT NULL DEFAULT 0;
ALTER TABLE health_metrics ADD COLUMN not_collected_records BIGINT NOT NULL DEFAULT 0;
