-- Alert subscribers on the filled bench database (../shared/bench/fill-data.sh), replacing any from an
-- earlier run: 50,000 citizens follow DSCC ward 12 (all categories, new complaints and status changes;
-- every tenth also by SMS digest), 50,000 more follow other wards. The fill leaves city_corporation
-- empty; its wards 1-75 are DSCC's.
\set ON_ERROR_STOP on
UPDATE users SET city_corporation = 'DSCC' WHERE city_corporation IS NULL AND ward_number IS NOT NULL;
TRUNCATE alert_digest_items;
DELETE FROM alert_subscriptions;
DELETE FROM notifications WHERE kind LIKE 'alert_%';
WITH citizens AS (
  SELECT id, row_number() OVER (ORDER BY id) AS n FROM users WHERE user_type = 'citizen' ORDER BY id LIMIT 100000)
INSERT INTO alert_subscriptions (user_id, city_corporation, ward_number, categories, notify_new, notify_status, sms_digest, created_at)
SELECT id, 'DSCC', CASE WHEN n <= 50000 THEN '12' ELSE (1 + n % 75)::text END, '{}', TRUE, TRUE, n % 10 = 0, now()
  FROM citizens
 WHERE n <= 50000 OR (1 + n % 75) <> 12;
VACUUM ANALYZE alert_subscriptions;
SELECT count(*) FILTER (WHERE ward_number = '12') AS ward_12, count(*) AS all_subscriptions FROM alert_subscriptions;
