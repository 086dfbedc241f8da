-- POST complaints/ as a citizen: the filer, then the filing transaction as the application runs it
-- (the two listeners' event publications first, the insert that draws the day's tracking number last,
-- so the counter row is locked only for the insert and the commit), then the detail it answers with.
-- Then the two after-commit listeners (in-app notification; SMS, whose sending is not SQL), each in
-- its own transaction that removes its event publication when done.
SELECT id, phone, name, email, ward_number, city_corporation, user_type, language FROM users WHERE id = :pid;
BEGIN;
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
VALUES (gen_random_uuid(), 'pgbench-1', 'ComplaintFiled', '{"complaintId":"' || gen_random_uuid() || '"}', now()),
       (gen_random_uuid(), 'pgbench-2', 'ComplaintFiled', '{"complaintId":"' || gen_random_uuid() || '"}', now());
INSERT INTO complaints (id, user_id, title, description, category, priority, status, location, latitude, longitude,
                        ward_number, city_corporation, source, created_at, updated_at, tracking_number)
VALUES (gen_random_uuid(), :pid, 'pgbench-ceiling', 'কয়েক দিন ধরে রাস্তার পাশে ময়লা জমে আছে।', 'পরিচ্ছন্নতা', 'মধ্যম',
        'জমা দেওয়া হয়েছে', 'মিরপুর ১০, ঢাকা', 23.8068, 90.3687, '12', NULL, 'app', now(), now(),
        generate_tracking_number((now() AT TIME ZONE 'Asia/Dhaka')::date))
RETURNING id, tracking_number;
COMMIT;
SELECT count(*) FROM complaint_updates WHERE complaint_id = '00000000-0000-0000-0000-000000000000';
SELECT id FROM complaint_images WHERE complaint_id = '00000000-0000-0000-0000-000000000000';
BEGIN;
SELECT tracking_number FROM complaints WHERE user_id = :pid ORDER BY created_at DESC LIMIT 1;
SELECT id, phone, name, email, user_type, language FROM users WHERE id = :pid;
INSERT INTO notifications (user_id, kind, title, body, resource_type, resource_id, event_key, created_at)
VALUES (:pid, 'complaint_filed', 'অভিযোগ গৃহীত হয়েছে', 'আপনার অভিযোগ গৃহীত হয়েছে।', 'complaint', gen_random_uuid(),
        'pgbench:' || gen_random_uuid(), now());
DELETE FROM event_publication WHERE id = (SELECT id FROM event_publication WHERE listener_id = 'pgbench-1' LIMIT 1);
COMMIT;
BEGIN;
SELECT tracking_number FROM complaints WHERE user_id = :pid ORDER BY created_at DESC LIMIT 1;
SELECT id, phone, name, email, user_type, language FROM users WHERE id = :pid;
DELETE FROM event_publication WHERE id = (SELECT id FROM event_publication WHERE listener_id = 'pgbench-2' LIMIT 1);
COMMIT;
