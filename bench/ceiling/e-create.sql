-- POST complaints/ as a citizen: the filing transaction (filer, insert with the day's tracking number,
-- read-back, event publication) and the detail it answers with. After-commit listeners not included.
BEGIN;
SELECT id, phone, name, email, ward_number, city_corporation, user_type, language FROM users WHERE id = :pid;
INSERT INTO complaints (id, user_id, title, description, category, priority, status, location, latitude, longitude,
                        ward_number, city_corporation, created_at, updated_at, tracking_number)
VALUES (gen_random_uuid(), :pid, 'pgbench-ceiling', 'কয়েক দিন ধরে রাস্তার পাশে ময়লা জমে আছে।', 'পরিচ্ছন্নতা', 'মধ্যম',
        'জমা দেওয়া হয়েছে', 'মিরপুর ১০, ঢাকা', 23.8068, 90.3687, '12', NULL, now(), now(),
        generate_tracking_number((now() AT TIME ZONE 'Asia/Dhaka')::date));
SELECT id, tracking_number FROM complaints WHERE user_id = :pid ORDER BY created_at DESC LIMIT 1;
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
VALUES (gen_random_uuid(), 'pgbench', 'ComplaintFiled', '{}', now());
COMMIT;
SELECT count(*) FROM complaint_updates WHERE complaint_id = '00000000-0000-0000-0000-000000000000';
SELECT id FROM complaint_images WHERE complaint_id = '00000000-0000-0000-0000-000000000000';
