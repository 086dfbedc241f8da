-- Deadlines and escalation (issue 11): each complaint carries its response and resolution due
-- times from filing, in working hours of Asia/Dhaka; a job marks the overdue and escalates them.
-- "Me too": verified citizens support a public complaint once, and follow its updates.

-- Per category, optionally per priority (a priority's rule wins over its category's): working hours.
CREATE TABLE complaint_deadline_rules (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    category         VARCHAR(50) NOT NULL CHECK (category IN ('পরিচ্ছন্নতা', 'বর্জ্য ব্যবস্থাপনা', 'পানি সরবরাহ', 'রাস্তাঘাট', 'বিদ্যুৎ', 'অন্যান্য')),
    priority         VARCHAR(20) CHECK (priority IN ('উচ্চ', 'মধ্যম', 'নিম্ন')),
    response_hours   INTEGER NOT NULL CHECK (response_hours > 0),
    resolution_hours INTEGER NOT NULL CHECK (resolution_hours >= response_hours),
    -- who changed it last (the activity log has the full story); no foreign key: the rules outlive accounts
    updated_by       UUID,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    UNIQUE NULLS NOT DISTINCT (category, priority)
);

-- Defaults: 8 working hours (one working day) to respond; resolution by kind of work.
INSERT INTO complaint_deadline_rules (category, priority, response_hours, resolution_hours) VALUES
    ('পরিচ্ছন্নতা', NULL, 8, 24),
    ('বর্জ্য ব্যবস্থাপনা', NULL, 8, 24),
    ('পানি সরবরাহ', NULL, 8, 40),
    ('রাস্তাঘাট', NULL, 8, 80),
    ('বিদ্যুৎ', NULL, 8, 40),
    ('অন্যান্য', NULL, 8, 40);

ALTER TABLE complaints
    ADD COLUMN response_due_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN resolution_due_at TIMESTAMP WITH TIME ZONE,
    -- the first time ward staff or the assignee acted on it (status, assignment or comment)
    ADD COLUMN responded_at      TIMESTAMP WITH TIME ZONE,
    -- set once by the overdue job; escalation_level: 0 none, 1 zone, 2 city (super admins)
    ADD COLUMN overdue_at        TIMESTAMP WITH TIME ZONE,
    ADD COLUMN escalation_level  SMALLINT NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
    ADD COLUMN support_count     INTEGER NOT NULL DEFAULT 0 CHECK (support_count >= 0),
    -- whether the public (Open311, the nearby hint, supporters) may see it; moderation may hide one
    ADD COLUMN is_public         BOOLEAN NOT NULL DEFAULT TRUE;

-- Complaints filed before deadlines existed: due from filing, as calendar hours (an approximation).
UPDATE complaints c SET response_due_at = c.created_at + make_interval(hours => r.response_hours),
                        resolution_due_at = c.created_at + make_interval(hours => r.resolution_hours)
  FROM complaint_deadline_rules r WHERE r.category = c.category AND r.priority IS NULL;

-- The overdue job's scan: open complaints not yet marked, by due time; then the marked ones still to escalate.
CREATE INDEX idx_complaints_open_due ON complaints(resolution_due_at)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন') AND overdue_at IS NULL;
CREATE INDEX idx_complaints_open_response_due ON complaints(response_due_at)
    WHERE status = 'জমা দেওয়া হয়েছে' AND overdue_at IS NULL;
CREATE INDEX idx_complaints_escalating ON complaints(overdue_at)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন') AND overdue_at IS NOT NULL AND escalation_level < 2;
-- The ward queue ordered by support.
CREATE INDEX idx_complaints_ward_support ON complaints(ward_number, support_count DESC, created_at DESC);

-- Timeline rows the system writes (overdue, escalations) have no author; event names them.
ALTER TABLE complaint_updates
    ALTER COLUMN updated_by DROP NOT NULL,
    ADD COLUMN event VARCHAR(30) CHECK (event IN ('overdue', 'escalated_zone', 'escalated_city'));
-- Each system step happens once per complaint, whichever instance runs the job.
CREATE UNIQUE INDEX uq_complaint_updates_event ON complaint_updates(complaint_id, event) WHERE event IS NOT NULL;

-- "Me too": one row per supporter; supporters follow the complaint's status changes.
CREATE TABLE complaint_supports (
    complaint_id UUID NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    user_id      UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (complaint_id, user_id)
);
CREATE INDEX idx_complaint_supports_user ON complaint_supports(user_id, created_at DESC);

-- A support, a deadline mark or an escalation is not an edit of the complaint: updated_at (Open311's
-- updated_datetime, "recently updated" lists) moves only when its content, handling or rating changes.
DROP TRIGGER update_complaints_updated_at ON complaints;
CREATE TRIGGER update_complaints_updated_at BEFORE UPDATE OF user_id, tracking_number, title, description, category, priority,
        status, location, latitude, longitude, ward_number, city_corporation, assigned_to, resolved_at, created_at,
        rating, rating_comment, rated_at, source ON complaints
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- The dashboard's most-supported open problems per ward.
CREATE INDEX idx_complaints_open_supported ON complaints(city_corporation, ward_number, support_count DESC)
    WHERE status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন') AND support_count > 0;
