-- Staff tools: response templates, merging duplicate complaints, assisted (hotline) reporting.

-- Texts staff choose when they move a complaint to a status; the citizen's language becomes the public update.
CREATE TABLE response_templates (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    category   VARCHAR(50),            -- the seed's Bengali value; NULL: any category
    status     VARCHAR(30) NOT NULL,   -- the status it is written for (Bengali value)
    title      VARCHAR(120) NOT NULL,
    text_bn    TEXT NOT NULL,
    text_en    TEXT NOT NULL,
    is_active  BOOLEAN NOT NULL DEFAULT TRUE,
    updated_by UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_response_templates_category_status ON response_templates(category, status) WHERE is_active;

-- A duplicate points at its original (never a chain: the service refuses an original that is itself
-- a duplicate); filed_by is the staff member who filed on a caller's behalf.
ALTER TABLE complaints
    ADD COLUMN duplicate_of UUID REFERENCES complaints(id) ON DELETE SET NULL,
    ADD COLUMN filed_by UUID REFERENCES users(id) ON DELETE SET NULL,
    ADD CONSTRAINT complaints_duplicate_not_self CHECK (duplicate_of IS DISTINCT FROM id);
CREATE INDEX idx_complaints_duplicate_of ON complaints(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- How it was filed: the app, the web pages, the hotline (staff for a caller) or a partner through Open311.
ALTER TABLE complaints DROP CONSTRAINT complaints_source_check;
ALTER TABLE complaints ADD CONSTRAINT complaints_source_check CHECK (source IN ('app', 'web', 'hotline', 'open311'));

-- A merge on both timelines: the duplicate's row says which original it joined, the original's which duplicate joined it.
ALTER TABLE complaint_updates
    ADD COLUMN link VARCHAR(20) CHECK (link IN ('duplicate_of', 'duplicate_merged')),
    ADD COLUMN linked_complaint_id UUID REFERENCES complaints(id) ON DELETE SET NULL;
