-- Chat load fixtures on the filled bench database (idempotent). The bench's admins get complaint
-- permissions on their own ward; 99 more admins (+88014xxxxxxxx, the bench password) share ward 1,
-- whose first citizen's support room is the broadcast room. The bench fill leaves city_corporation
-- empty (the seed has no such column): its wards 1-75 are DSCC's, as the app's data always says.
UPDATE users SET city_corporation = 'DSCC' WHERE city_corporation IS NULL AND ward_number IS NOT NULL;
INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, can_read, can_update)
SELECT u.id, 'complaints', 'complaints', ARRAY[u.ward_number], TRUE, TRUE
  FROM users u
 WHERE u.user_type = 'admin' AND NOT EXISTS (SELECT 1 FROM admin_permissions p WHERE p.admin_id = u.id);

INSERT INTO users (phone, name, password_hash, user_type, is_verified, is_staff, ward_number)
SELECT '+88014' || lpad(n::text, 8, '0'), 'ব্রডকাস্ট অ্যাডমিন ' || n,
       (SELECT password_hash FROM users WHERE phone = '+8801700000000'), 'admin', TRUE, TRUE, '1'
  FROM generate_series(1, 99) n
ON CONFLICT (phone) DO NOTHING;

INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, can_read, can_update)
SELECT u.id, 'complaints', 'complaints', ARRAY['1'], TRUE, TRUE
  FROM users u
 WHERE u.phone LIKE '+88014%' AND u.user_type = 'admin' AND NOT EXISTS (SELECT 1 FROM admin_permissions p WHERE p.admin_id = u.id);

UPDATE admin_permissions SET city_corporation = 'DSCC' WHERE city_corporation IS NULL;
