-- role, user id, phone, ward, room: 2,500 citizens of wards with exactly one admin (not ward 1, whose
-- office is the 99 broadcast admins), each with that admin in the citizen's support room; then the broadcast room (a ward-1 citizen and 99 ward-1 admins).
WITH lone_admins AS (
    SELECT ward_number, min(id::text)::uuid AS admin_id FROM users
     WHERE user_type = 'admin' AND phone NOT LIKE '+88014%' AND ward_number <> '1' GROUP BY ward_number
    HAVING count(*) = 1 AND bool_and(is_active AND is_verified)),
citizens AS (
    SELECT u.id, u.phone, u.ward_number, l.admin_id FROM users u JOIN lone_admins l USING (ward_number)
     WHERE u.user_type = 'citizen' AND u.is_active AND u.is_verified ORDER BY u.phone LIMIT 2500),
host AS (
    SELECT id, phone FROM users WHERE user_type = 'citizen' AND is_active AND is_verified AND ward_number = '1' ORDER BY phone LIMIT 1)
SELECT 'pair-citizen', c.id, c.phone, c.ward_number, 'support-' || c.id FROM citizens c
UNION ALL
SELECT 'pair-admin', a.id, a.phone, c.ward_number, 'support-' || c.id FROM citizens c JOIN users a ON a.id = c.admin_id
UNION ALL
SELECT 'broadcast-citizen', h.id, h.phone, '1', 'support-' || h.id FROM host h
UNION ALL
SELECT 'broadcast-admin', a.id, a.phone, '1', 'support-' || h.id FROM host h, users a WHERE a.phone LIKE '+88014%';
