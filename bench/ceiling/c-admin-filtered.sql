-- GET complaints/?status=প্রক্রিয়াধীন&ward_number=12&page=3 as super admin.
SELECT count(*) FROM (SELECT 1 FROM complaints c WHERE c.status = 'প্রক্রিয়াধীন' AND c.ward_number = '12' LIMIT 10001) counted;
SELECT c.id, c.user_id, c.tracking_number, c.title, c.description, c.category, c.priority, c.status, c.location,
       c.latitude, c.longitude, c.ward_number, c.city_corporation, c.assigned_to, c.rating, c.rating_comment, c.rated_at,
       c.created_at, c.updated_at, c.resolved_at,
       (SELECT i.thumbnail_url FROM complaint_images i WHERE i.complaint_id = c.id ORDER BY i.uploaded_at, i.id LIMIT 1) AS thumbnail_url,
       (SELECT count(*) FROM complaint_updates u WHERE u.complaint_id = c.id) AS update_count
  FROM (SELECT * FROM complaints c WHERE c.status = 'প্রক্রিয়াধীন' AND c.ward_number = '12' ORDER BY c.created_at DESC, c.id LIMIT 20 OFFSET 40) c ORDER BY c.created_at DESC, c.id;
