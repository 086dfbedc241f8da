-- The complaint journey: ratings, image thumbnails, assignment history, in-app notifications,
-- and the indexes the list, search and nearby queries use at city scale.

ALTER TABLE users ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'bn' CHECK (language IN ('bn', 'en'));

ALTER TABLE complaints
    ADD COLUMN rating SMALLINT CHECK (rating BETWEEN 1 AND 5),
    ADD COLUMN rating_comment TEXT,
    ADD COLUMN rated_at TIMESTAMP WITH TIME ZONE,
    -- where it was filed: the app (citizens are texted) or a partner through Open311 (they are not)
    ADD COLUMN source VARCHAR(20) NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'open311')),
    ADD CONSTRAINT complaints_coordinates_pair CHECK ((latitude IS NULL) = (longitude IS NULL));

ALTER TABLE complaint_images
    ADD COLUMN thumbnail_url VARCHAR(500),
    ADD COLUMN width INTEGER,
    ADD COLUMN height INTEGER;

-- An update row also records assignment changes; new_status repeats the status when it did not change.
-- seq orders updates made within the same millisecond.
ALTER TABLE complaint_updates
    ADD COLUMN assigned_to UUID REFERENCES users(id),
    ADD COLUMN seq BIGSERIAL;

-- A citizen's own list, newest first.
CREATE INDEX idx_complaints_user_created ON complaints(user_id, created_at DESC);
-- Staff queues: by ward (either corporation), optionally by status, newest first.
CREATE INDEX idx_complaints_ward_status_created ON complaints(ward_number, status, created_at DESC);
CREATE INDEX idx_complaints_ward_created ON complaints(ward_number, created_at DESC);
CREATE INDEX idx_complaints_assigned_created ON complaints(assigned_to, created_at DESC) WHERE assigned_to IS NOT NULL;
-- Search over tracking number, title, description and location, by substring, in Bengali or English.
CREATE INDEX idx_complaints_search_trgm ON complaints
    USING gin ((tracking_number || ' ' || title || ' ' || description || ' ' || location) gin_trgm_ops);
-- "Already reported nearby?": open complaints by position.
CREATE INDEX idx_complaints_open_position ON complaints(latitude, longitude)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন') AND latitude IS NOT NULL;

CREATE INDEX idx_complaint_images_complaint_uploaded ON complaint_images(complaint_id, uploaded_at);
CREATE INDEX idx_complaint_updates_complaint_created ON complaint_updates(complaint_id, created_at, seq);

-- In-app notifications, reused by every capability that tells a user something.
CREATE TABLE notifications (
    id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind          VARCHAR(50) NOT NULL,
    title         VARCHAR(200) NOT NULL,
    body          TEXT NOT NULL,
    resource_type VARCHAR(50),
    resource_id   UUID,
    -- the event a notification came from: a retried listener does not notify twice
    event_key     VARCHAR(200) UNIQUE,
    is_read       BOOLEAN NOT NULL DEFAULT FALSE,
    read_at       TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_notifications_user_created ON notifications(user_id, created_at DESC);
CREATE INDEX idx_notifications_user_unread ON notifications(user_id) WHERE NOT is_read;
