-- Issue 11: re-opening a wrongly closed complaint, the "has it been fixed?" follow-up, and privacy
-- (hiding one's name on a public complaint, erasing an account).

-- A citizen who says "not fixed" re-opens a resolved complaint: the new status (English code reopened).
ALTER TABLE complaints DROP CONSTRAINT complaints_status_check;
ALTER TABLE complaints ADD CONSTRAINT complaints_status_check
    CHECK (status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'সমাধান হয়েছে', 'বাতিল', 'পুনরায় খোলা হয়েছে'));

-- Privacy by default: the public (tracking, Open311) sees "a citizen of ward 12" unless the citizen shows their name.
ALTER TABLE complaints ADD COLUMN hide_name BOOLEAN NOT NULL DEFAULT TRUE;

-- Every "not fixed": who said it, why, with which photo, and from where (the complaint page or the follow-up).
CREATE TABLE complaint_reopens (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    complaint_id     UUID NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    reopened_by      UUID REFERENCES users(id) ON DELETE SET NULL,
    via              VARCHAR(20) NOT NULL CHECK (via IN ('citizen', 'supporter', 'follow_up')),
    comment          TEXT,
    image_url        VARCHAR(500),
    -- the ward at the time, so the dashboard counts re-opens per ward without joining a million complaints
    city_corporation VARCHAR(10),
    ward_number      VARCHAR(10),
    resolved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reopened_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_complaint_reopens_complaint ON complaint_reopens(complaint_id, reopened_at);
CREATE INDEX idx_complaint_reopens_ward ON complaint_reopens(ward_number, reopened_at);
CREATE INDEX idx_complaint_reopens_by ON complaint_reopens(reopened_by);

-- "Has it been fixed?": one row per complaint ever asked (each complaint is asked once).
CREATE TABLE complaint_follow_ups (
    complaint_id     UUID PRIMARY KEY REFERENCES complaints(id) ON DELETE CASCADE,
    user_id          UUID REFERENCES users(id) ON DELETE SET NULL,
    city_corporation VARCHAR(10),
    ward_number      VARCHAR(10),
    asked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answer           VARCHAR(10) CHECK (answer IN ('yes', 'no', 'unknown')),
    answered_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_complaint_follow_ups_ward ON complaint_follow_ups(ward_number, asked_at);

-- The follow-up job looks for resolved complaints not yet asked; resolved ones are a minority of a million.
CREATE INDEX idx_complaints_resolved_at ON complaints(resolved_at) WHERE status = 'সমাধান হয়েছে';

-- An erased account keeps its id (complaints, payments and figures stay) but no personal data.
ALTER TABLE users ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

-- The read model counts a re-opened complaint as in progress: the ward has work to do again.
CREATE OR REPLACE FUNCTION complaint_stats_apply(c complaints, sign INTEGER) RETURNS VOID AS $$
DECLARE
    v_day   DATE := (c.created_at AT TIME ZONE 'Asia/Dhaka')::date;
    v_hours DOUBLE PRECISION;
    v_buckets INTEGER[] := array_fill(0, ARRAY[24]);
BEGIN
    IF c.status = 'সমাধান হয়েছে' AND c.resolved_at IS NOT NULL THEN
        v_hours := greatest(extract(epoch FROM c.resolved_at - c.created_at) / 3600.0, 0);
        v_buckets[resolution_bucket(v_hours)] := sign;
    END IF;
    INSERT INTO complaint_stats_daily AS s (day, city_corporation, ward_number, received, submitted, in_progress, resolved,
            cancelled, resolution_count, resolution_hours_sum, resolution_buckets, rating_count, rating_sum,
            rating_1, rating_2, rating_3, rating_4, rating_5)
    VALUES (v_day, coalesce(c.city_corporation, ''), coalesce(c.ward_number, ''), sign,
            CASE WHEN c.status = 'জমা দেওয়া হয়েছে' THEN sign ELSE 0 END,
            CASE WHEN c.status IN ('প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') THEN sign ELSE 0 END,
            CASE WHEN c.status = 'সমাধান হয়েছে' THEN sign ELSE 0 END,
            CASE WHEN c.status = 'বাতিল' THEN sign ELSE 0 END,
            CASE WHEN v_hours IS NULL THEN 0 ELSE sign END, coalesce(v_hours, 0) * sign, v_buckets,
            CASE WHEN c.rating IS NULL THEN 0 ELSE sign END, coalesce(c.rating, 0) * sign,
            CASE WHEN c.rating = 1 THEN sign ELSE 0 END, CASE WHEN c.rating = 2 THEN sign ELSE 0 END,
            CASE WHEN c.rating = 3 THEN sign ELSE 0 END, CASE WHEN c.rating = 4 THEN sign ELSE 0 END,
            CASE WHEN c.rating = 5 THEN sign ELSE 0 END)
    ON CONFLICT (day, city_corporation, ward_number) DO UPDATE SET
        received = s.received + EXCLUDED.received,
        submitted = s.submitted + EXCLUDED.submitted,
        in_progress = s.in_progress + EXCLUDED.in_progress,
        resolved = s.resolved + EXCLUDED.resolved,
        cancelled = s.cancelled + EXCLUDED.cancelled,
        resolution_count = s.resolution_count + EXCLUDED.resolution_count,
        resolution_hours_sum = s.resolution_hours_sum + EXCLUDED.resolution_hours_sum,
        resolution_buckets = CASE WHEN EXCLUDED.resolution_count = 0 THEN s.resolution_buckets
                                  ELSE int_array_add(s.resolution_buckets, EXCLUDED.resolution_buckets) END,
        rating_count = s.rating_count + EXCLUDED.rating_count,
        rating_sum = s.rating_sum + EXCLUDED.rating_sum,
        rating_1 = s.rating_1 + EXCLUDED.rating_1, rating_2 = s.rating_2 + EXCLUDED.rating_2,
        rating_3 = s.rating_3 + EXCLUDED.rating_3, rating_4 = s.rating_4 + EXCLUDED.rating_4,
        rating_5 = s.rating_5 + EXCLUDED.rating_5;

    INSERT INTO complaint_stats_monthly AS s (day, city_corporation, ward_number, received, submitted, in_progress, resolved,
            cancelled, resolution_count, resolution_hours_sum, resolution_buckets, rating_count, rating_sum,
            rating_1, rating_2, rating_3, rating_4, rating_5)
    VALUES (date_trunc('month', v_day)::date, coalesce(c.city_corporation, ''), coalesce(c.ward_number, ''), sign,
            CASE WHEN c.status = 'জমা দেওয়া হয়েছে' THEN sign ELSE 0 END,
            CASE WHEN c.status IN ('প্রক্রিয়াধীন', 'পুনরায় খোলা হয়েছে') THEN sign ELSE 0 END,
            CASE WHEN c.status = 'সমাধান হয়েছে' THEN sign ELSE 0 END,
            CASE WHEN c.status = 'বাতিল' THEN sign ELSE 0 END,
            CASE WHEN v_hours IS NULL THEN 0 ELSE sign END, coalesce(v_hours, 0) * sign, v_buckets,
            CASE WHEN c.rating IS NULL THEN 0 ELSE sign END, coalesce(c.rating, 0) * sign,
            CASE WHEN c.rating = 1 THEN sign ELSE 0 END, CASE WHEN c.rating = 2 THEN sign ELSE 0 END,
            CASE WHEN c.rating = 3 THEN sign ELSE 0 END, CASE WHEN c.rating = 4 THEN sign ELSE 0 END,
            CASE WHEN c.rating = 5 THEN sign ELSE 0 END)
    ON CONFLICT (day, city_corporation, ward_number) DO UPDATE SET
        received = s.received + EXCLUDED.received,
        submitted = s.submitted + EXCLUDED.submitted,
        in_progress = s.in_progress + EXCLUDED.in_progress,
        resolved = s.resolved + EXCLUDED.resolved,
        cancelled = s.cancelled + EXCLUDED.cancelled,
        resolution_count = s.resolution_count + EXCLUDED.resolution_count,
        resolution_hours_sum = s.resolution_hours_sum + EXCLUDED.resolution_hours_sum,
        resolution_buckets = CASE WHEN EXCLUDED.resolution_count = 0 THEN s.resolution_buckets
                                  ELSE int_array_add(s.resolution_buckets, EXCLUDED.resolution_buckets) END,
        rating_count = s.rating_count + EXCLUDED.rating_count,
        rating_sum = s.rating_sum + EXCLUDED.rating_sum,
        rating_1 = s.rating_1 + EXCLUDED.rating_1, rating_2 = s.rating_2 + EXCLUDED.rating_2,
        rating_3 = s.rating_3 + EXCLUDED.rating_3, rating_4 = s.rating_4 + EXCLUDED.rating_4,
        rating_5 = s.rating_5 + EXCLUDED.rating_5;

    INSERT INTO complaint_stats_mix AS m (day, category, priority, status, complaints, resolution_count, resolution_hours_sum)
    VALUES (v_day, c.category, c.priority, c.status, sign, CASE WHEN v_hours IS NULL THEN 0 ELSE sign END, coalesce(v_hours, 0) * sign)
    ON CONFLICT (day, category, priority, status) DO UPDATE SET
        complaints = m.complaints + EXCLUDED.complaints,
        resolution_count = m.resolution_count + EXCLUDED.resolution_count,
        resolution_hours_sum = m.resolution_hours_sum + EXCLUDED.resolution_hours_sum;
END;
$$ LANGUAGE plpgsql;
