-- The ward notice board (seed §3 notices): English beside Bengali, attachments, read receipts, and a
-- mark that an urgent notice has been announced to its citizens (once, even when it was scheduled).
ALTER TABLE notices
    ADD COLUMN title_en VARCHAR(200),
    ADD COLUMN content_en TEXT,
    ADD COLUMN send_sms BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN announced_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN updated_by UUID REFERENCES users(id) ON DELETE SET NULL;

UPDATE notices SET target_wards = '{}' WHERE target_wards IS NULL;
ALTER TABLE notices ALTER COLUMN target_wards SET DEFAULT '{}', ALTER COLUMN target_wards SET NOT NULL;

-- Citizens' board: live notices by date, and "which notices target my ward".
CREATE INDEX idx_notices_live ON notices (published_at DESC) WHERE is_active;
CREATE INDEX idx_notices_target_wards ON notices USING gin (target_wards);
-- Urgent notices waiting for their publication time to be announced.
CREATE INDEX idx_notices_unannounced ON notices (published_at) WHERE is_urgent AND announced_at IS NULL;

CREATE TABLE notice_attachments (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    notice_id UUID NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    file_url VARCHAR(500) NOT NULL,
    thumbnail_url VARCHAR(500),
    file_type VARCHAR(20) NOT NULL CHECK (file_type IN ('image', 'pdf')),
    file_name VARCHAR(255),
    size_bytes INTEGER NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_notice_attachments_notice ON notice_attachments(notice_id, created_at);

-- One row per citizen who opened a notice; the reader's ward is kept so the office can count its own ward's readers.
CREATE TABLE notice_reads (
    notice_id UUID NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    city_corporation VARCHAR(10),
    ward_number VARCHAR(10),
    read_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (notice_id, user_id)
);

CREATE INDEX idx_notice_reads_user ON notice_reads(user_id);

-- Citizens of a ward, found without scanning every user (urgent notices reach them; read rates divide by them).
CREATE INDEX idx_users_citizens_by_ward ON users (city_corporation, ward_number, id) WHERE user_type = 'citizen' AND is_active;
