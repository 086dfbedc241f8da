-- The overdue job's statements (complaints/internal/OverdueRepository) over a filled database
-- (../shared/bench/fill-data.sh), with EXPLAIN ANALYZE in transactions that roll back. The fill knows
-- nothing of deadlines: due times come from the default rules (working hours x 3 as calendar hours).
-- Run: psql -X -d DB -f bench/deadlines/overdue.sql ; results in bench/deadlines/README.md
\timing on
UPDATE complaints c SET response_due_at = c.created_at + make_interval(hours => r.response_hours * 3),
                        resolution_due_at = c.created_at + make_interval(hours => r.resolution_hours * 3)
  FROM complaint_deadline_rules r WHERE r.category = c.category AND r.priority IS NULL AND c.resolution_due_at IS NULL;
-- staff answered whatever left "submitted"
UPDATE complaints SET responded_at = created_at + interval '2 hours' WHERE status <> 'জমা দেওয়া হয়েছে' AND responded_at IS NULL;
-- a few re-opened complaints, as after a month of "not fixed" (V18's statuses)
UPDATE complaints SET status = 'পুনরায় খোলা হয়েছে', responded_at = NULL, resolved_at = NULL, deadline_round = 1
 WHERE status = 'সমাধান হয়েছে' AND id IN (SELECT id FROM complaints WHERE status = 'সমাধান হয়েছে' ORDER BY id LIMIT 2000);
UPDATE complaints SET overdue_at = NULL, escalation_level = 0 WHERE overdue_at IS NOT NULL;
VACUUM ANALYZE complaints;

-- 1. Catching up (the first run after deploying: tens of thousands late): one batch of 500.
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH late_resolution AS (
  SELECT c.id FROM complaints c WHERE c.status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND c.overdue_at IS NULL
     AND c.resolution_due_at < now() ORDER BY c.resolution_due_at LIMIT 500 FOR UPDATE SKIP LOCKED),
late_response AS (
  SELECT c.id FROM complaints c WHERE c.status IN ('জমা দেওয়া হয়েছে', 'পুনরায় খোলা হয়েছে') AND c.overdue_at IS NULL AND c.responded_at IS NULL
     AND c.response_due_at < now() ORDER BY c.response_due_at LIMIT 500 FOR UPDATE SKIP LOCKED)
UPDATE complaints c SET overdue_at = now()
 WHERE c.id IN (SELECT id FROM late_resolution UNION SELECT id FROM late_response) AND c.overdue_at IS NULL
RETURNING c.id, c.tracking_number, c.status, c.city_corporation, c.ward_number, c.assigned_to, c.deadline_round;
ROLLBACK;

-- 2. Steady state: everything late is marked (and escalated); a run finds what became late since the last.
UPDATE complaints c SET overdue_at = now() - interval '1 hour', escalation_level = 2
 WHERE c.status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND c.overdue_at IS NULL
   AND (c.resolution_due_at < now() OR (c.status IN ('জমা দেওয়া হয়েছে', 'পুনরায় খোলা হয়েছে') AND c.responded_at IS NULL AND c.response_due_at < now()));
VACUUM ANALYZE complaints;
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH late_resolution AS (
  SELECT c.id FROM complaints c WHERE c.status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') AND c.overdue_at IS NULL
     AND c.resolution_due_at < now() + interval '5 minutes' ORDER BY c.resolution_due_at LIMIT 500 FOR UPDATE SKIP LOCKED),
late_response AS (
  SELECT c.id FROM complaints c WHERE c.status IN ('জমা দেওয়া হয়েছে', 'পুনরায় খোলা হয়েছে') AND c.overdue_at IS NULL AND c.responded_at IS NULL
     AND c.response_due_at < now() + interval '5 minutes' ORDER BY c.response_due_at LIMIT 500 FOR UPDATE SKIP LOCKED)
UPDATE complaints c SET overdue_at = now()
 WHERE c.id IN (SELECT id FROM late_resolution UNION SELECT id FROM late_response) AND c.overdue_at IS NULL
RETURNING c.id;
ROLLBACK;

-- 3. Escalation, nothing waiting (all at level 2).
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH due AS (
  SELECT c.id FROM complaints c
   WHERE c.status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে')
     AND c.overdue_at IS NOT NULL AND c.escalation_level = 0 AND c.overdue_at <= now() - interval '24 hours'
     AND (c.resolution_due_at < now() OR (c.status IN ('জমা দেওয়া হয়েছে', 'পুনরায় খোলা হয়েছে') AND c.responded_at IS NULL AND c.response_due_at < now()))
   ORDER BY c.overdue_at LIMIT 500 FOR UPDATE SKIP LOCKED)
UPDATE complaints c SET escalation_level = 1 FROM due WHERE c.id = due.id AND c.escalation_level = 0
RETURNING c.id;
ROLLBACK;

-- 4. The dashboard's figure for the whole city: open complaints late now, per ward and category.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.city_corporation, c.ward_number, c.category, count(*) AS overdue FROM complaints c
 WHERE c.status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে')
   AND (c.resolution_due_at < now() OR (c.status IN ('জমা দেওয়া হয়েছে', 'পুনরায় খোলা হয়েছে') AND c.responded_at IS NULL AND c.response_due_at < now()))
   AND TRUE GROUP BY c.city_corporation, c.ward_number, c.category;
