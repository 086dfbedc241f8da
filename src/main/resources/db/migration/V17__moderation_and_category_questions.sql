-- Issue 11, staff tools: moderation (hidden complaints and updates, public text, redacted photos, held users)
-- and per-category questions answered while filing.

-- What the public sees when staff edited it; NULL shows the citizen's own words (kept unchanged for staff).
ALTER TABLE complaints ADD COLUMN public_title VARCHAR(200);
ALTER TABLE complaints ADD COLUMN public_description TEXT;
-- Filed by a held user: not public until staff release it (or reject it).
ALTER TABLE complaints ADD COLUMN held BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX idx_complaints_held ON complaints(ward_number, created_at) WHERE held;
-- Answers to the category's questions, by question id: {"<uuid>": "text" | number | "option" | true/false}.
ALTER TABLE complaints ADD COLUMN answers JSONB;

ALTER TABLE complaint_updates ADD COLUMN is_public BOOLEAN NOT NULL DEFAULT TRUE;

-- A redacted photo's original: kept in the database, never under a public URL, served only to ward staff.
CREATE TABLE complaint_image_originals (
    image_id     UUID PRIMARY KEY REFERENCES complaint_images(id) ON DELETE CASCADE,
    content      BYTEA NOT NULL,
    media_type   VARCHAR(50) NOT NULL,
    kept_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The moderation history: every action with its required reason.
CREATE TABLE complaint_moderations (
    id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    complaint_id  UUID NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    action        VARCHAR(30) NOT NULL CHECK (action IN ('hidden', 'shown', 'update_hidden', 'update_shown', 'text_edited',
                                                          'photo_redacted', 'released', 'rejected')),
    update_id     UUID,
    image_id      UUID,
    reason        TEXT NOT NULL,
    details       JSONB,
    moderated_by  UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_complaint_moderations_complaint ON complaint_moderations(complaint_id, created_at);
CREATE INDEX idx_complaint_moderations_by ON complaint_moderations(moderated_by);

-- Abusive users: their new complaints are held for review.
CREATE TABLE held_users (
    user_id   UUID PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    reason    TEXT NOT NULL,
    added_by  UUID REFERENCES users(id) ON DELETE SET NULL,
    added_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_held_users_added_by ON held_users(added_by);

-- Extra questions per category (stored Bengali category value), asked while filing.
CREATE TABLE category_questions (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    category    VARCHAR(50) NOT NULL,
    code        VARCHAR(50) NOT NULL,
    kind        VARCHAR(10) NOT NULL CHECK (kind IN ('text', 'number', 'choice', 'yes_no')),
    label_bn    VARCHAR(300) NOT NULL,
    label_en    VARCHAR(300) NOT NULL,
    required    BOOLEAN NOT NULL DEFAULT FALSE,
    position    INTEGER NOT NULL DEFAULT 0,
    -- choice options: [{"key": "fire", "label_bn": "...", "label_en": "...", "block_bn": "...", "block_en": "..."}]
    options     JSONB NOT NULL DEFAULT '[]',
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (category, code)
);
