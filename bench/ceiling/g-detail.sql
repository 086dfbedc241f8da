-- GET complaints/{id}/ as the owner: the complaint, its filer, update count and images.
SELECT c.* FROM complaints c WHERE c.id = (SELECT id FROM complaints WHERE user_id = :cid ORDER BY created_at DESC LIMIT 1);
SELECT id, phone, name, email, user_type, language FROM users WHERE id = :cid;
SELECT count(*) FROM complaint_updates WHERE complaint_id = (SELECT id FROM complaints WHERE user_id = :cid ORDER BY created_at DESC LIMIT 1);
SELECT id, image_url, thumbnail_url FROM complaint_images
 WHERE complaint_id = (SELECT id FROM complaints WHERE user_id = :cid ORDER BY created_at DESC LIMIT 1) ORDER BY uploaded_at, id;
