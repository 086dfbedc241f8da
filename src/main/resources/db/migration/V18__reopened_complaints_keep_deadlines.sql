-- Issue 11: a re-opened complaint is open work with deadlines of its own. The overdue job, the
-- dashboard's late counts, the nearby hint and the most-supported ranking count it as open, and its
-- overdue and escalation steps start over: each re-open begins a new deadline round.

ALTER TABLE complaints ADD COLUMN deadline_round SMALLINT NOT NULL DEFAULT 0;
-- the overdue job's timeline rows name their round, so each step happens once per round
ALTER TABLE complaint_updates ADD COLUMN deadline_round SMALLINT NOT NULL DEFAULT 0;
DROP INDEX uq_complaint_updates_event;
CREATE UNIQUE INDEX uq_complaint_updates_event ON complaint_updates(complaint_id, event, deadline_round)
    WHERE event IS NOT NULL;

-- Complaints re-opened before this version: their round is their number of re-opens; those open now
-- start their round unmarked (their new due times were set when they were re-opened).
UPDATE complaints c SET deadline_round = r.reopens FROM (
    SELECT complaint_id, count(*) AS reopens FROM complaint_reopens GROUP BY complaint_id) r
 WHERE r.complaint_id = c.id;
UPDATE complaints SET overdue_at = NULL, escalation_level = 0 WHERE status = 'পুনরায় খোলা হয়েছে';

-- The partial indexes of open work, now with re-opened complaints.
DROP INDEX idx_complaints_open_due;
CREATE INDEX idx_complaints_open_due ON complaints(resolution_due_at)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND overdue_at IS NULL;
-- awaiting a response: filed or re-opened, and nobody has acted since
DROP INDEX idx_complaints_open_response_due;
CREATE INDEX idx_complaints_open_response_due ON complaints(response_due_at)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'পুনরায় খোলা হয়েছে') AND responded_at IS NULL AND overdue_at IS NULL;
DROP INDEX idx_complaints_escalating;
CREATE INDEX idx_complaints_escalating ON complaints(overdue_at)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND overdue_at IS NOT NULL
      AND escalation_level < 2;
DROP INDEX idx_complaints_open_position;
CREATE INDEX idx_complaints_open_position ON complaints(latitude, longitude)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND latitude IS NOT NULL;
DROP INDEX idx_complaints_open_supported;
CREATE INDEX idx_complaints_open_supported ON complaints(city_corporation, ward_number, support_count DESC)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND support_count > 0;
