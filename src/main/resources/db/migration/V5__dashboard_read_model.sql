-- The dashboard's read model: per creation day (Asia/Dhaka) and ward, the sums every dashboard figure
-- is made of, kept by a trigger in the same transaction as each complaint change. Dashboard queries
-- read at most a few tens of thousands of these rows instead of a million complaints.

-- Resolution hours are also counted in 24 log-spaced buckets, for medians over large scopes.
CREATE FUNCTION resolution_bucket(hours DOUBLE PRECISION) RETURNS INTEGER AS $$
    SELECT width_bucket(hours, ARRAY[1, 2, 3, 4, 6, 8, 12, 18, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720,
                                     1080, 1440, 2160, 4320]::DOUBLE PRECISION[]) + 1
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION int_array_add(a INTEGER[], b INTEGER[]) RETURNS INTEGER[] AS $$
    SELECT array_agg(coalesce(a[i], 0) + coalesce(b[i], 0) ORDER BY i)
      FROM generate_series(1, greatest(cardinality(a), cardinality(b))) AS i
$$ LANGUAGE sql IMMUTABLE;

CREATE TABLE complaint_stats_daily (
    day                  DATE NOT NULL,
    city_corporation     VARCHAR(10) NOT NULL DEFAULT '',
    ward_number          VARCHAR(10) NOT NULL DEFAULT '',
    received             INTEGER NOT NULL DEFAULT 0,
    submitted            INTEGER NOT NULL DEFAULT 0,
    in_progress          INTEGER NOT NULL DEFAULT 0,
    resolved             INTEGER NOT NULL DEFAULT 0,
    cancelled            INTEGER NOT NULL DEFAULT 0,
    resolution_count     INTEGER NOT NULL DEFAULT 0,
    resolution_hours_sum DOUBLE PRECISION NOT NULL DEFAULT 0,
    resolution_buckets   INTEGER[] NOT NULL DEFAULT array_fill(0, ARRAY[24]),
    rating_count         INTEGER NOT NULL DEFAULT 0,
    rating_sum           INTEGER NOT NULL DEFAULT 0,
    rating_1             INTEGER NOT NULL DEFAULT 0,
    rating_2             INTEGER NOT NULL DEFAULT 0,
    rating_3             INTEGER NOT NULL DEFAULT 0,
    rating_4             INTEGER NOT NULL DEFAULT 0,
    rating_5             INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, city_corporation, ward_number)
);
CREATE INDEX idx_complaint_stats_daily_ward ON complaint_stats_daily(ward_number, day);

-- The same per month (day = the month's first day): a year or all time is ~13 rows a ward, not ~365.
CREATE TABLE complaint_stats_monthly (LIKE complaint_stats_daily INCLUDING DEFAULTS);
ALTER TABLE complaint_stats_monthly ADD PRIMARY KEY (day, city_corporation, ward_number);

-- City-wide mix by category, priority and status, per day (at most 72 rows a day).
CREATE TABLE complaint_stats_mix (
    day                  DATE NOT NULL,
    category             VARCHAR(50) NOT NULL,
    priority             VARCHAR(20) NOT NULL,
    status               VARCHAR(30) NOT NULL,
    complaints           INTEGER NOT NULL DEFAULT 0,
    resolution_count     INTEGER NOT NULL DEFAULT 0,
    resolution_hours_sum DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (day, category, priority, status)
);

CREATE FUNCTION complaint_stats_apply(c complaints, sign INTEGER) RETURNS VOID AS $$
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
            CASE WHEN c.status = 'প্রক্রিয়াধীন' THEN sign ELSE 0 END,
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
            CASE WHEN c.status = 'প্রক্রিয়াধীন' THEN sign ELSE 0 END,
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

CREATE FUNCTION complaint_stats_track() RETURNS TRIGGER AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM complaint_stats_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM complaint_stats_apply(NEW, 1);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER complaint_stats_insert_delete AFTER INSERT OR DELETE ON complaints
    FOR EACH ROW EXECUTE FUNCTION complaint_stats_track();
-- Only changes that move a figure touch the read model.
CREATE TRIGGER complaint_stats_update AFTER UPDATE OF status, resolved_at, rating, ward_number, city_corporation,
        category, priority, created_at ON complaints
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at
        OR OLD.rating IS DISTINCT FROM NEW.rating OR OLD.ward_number IS DISTINCT FROM NEW.ward_number
        OR OLD.city_corporation IS DISTINCT FROM NEW.city_corporation OR OLD.category IS DISTINCT FROM NEW.category
        OR OLD.priority IS DISTINCT FROM NEW.priority OR OLD.created_at IS DISTINCT FROM NEW.created_at)
    EXECUTE FUNCTION complaint_stats_track();

-- Existing complaints (an upgrade, or data loaded before this migration).
INSERT INTO complaint_stats_daily (day, city_corporation, ward_number, received, submitted, in_progress, resolved, cancelled,
        resolution_count, resolution_hours_sum, rating_count, rating_sum, rating_1, rating_2, rating_3, rating_4, rating_5)
SELECT (created_at AT TIME ZONE 'Asia/Dhaka')::date, coalesce(city_corporation, ''), coalesce(ward_number, ''), count(*),
       count(*) FILTER (WHERE status = 'জমা দেওয়া হয়েছে'), count(*) FILTER (WHERE status = 'প্রক্রিয়াধীন'),
       count(*) FILTER (WHERE status = 'সমাধান হয়েছে'), count(*) FILTER (WHERE status = 'বাতিল'),
       count(*) FILTER (WHERE status = 'সমাধান হয়েছে' AND resolved_at IS NOT NULL),
       coalesce(sum(greatest(extract(epoch FROM resolved_at - created_at) / 3600.0, 0))
                FILTER (WHERE status = 'সমাধান হয়েছে' AND resolved_at IS NOT NULL), 0),
       count(rating), coalesce(sum(rating), 0), count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2),
       count(*) FILTER (WHERE rating = 3), count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5)
  FROM complaints GROUP BY 1, 2, 3;

UPDATE complaint_stats_daily s SET resolution_buckets = b.buckets
  FROM (SELECT day, cc, ward, array_agg(n ORDER BY bucket) AS buckets
          FROM (SELECT d.day, d.cc, d.ward, g.bucket, count(c.bucket) AS n
                  FROM (SELECT DISTINCT (created_at AT TIME ZONE 'Asia/Dhaka')::date AS day, coalesce(city_corporation, '') AS cc,
                               coalesce(ward_number, '') AS ward FROM complaints) d
                 CROSS JOIN generate_series(1, 24) AS g(bucket)
                 LEFT JOIN (SELECT (created_at AT TIME ZONE 'Asia/Dhaka')::date AS day, coalesce(city_corporation, '') AS cc,
                                   coalesce(ward_number, '') AS ward,
                                   resolution_bucket(greatest(extract(epoch FROM resolved_at - created_at) / 3600.0, 0)) AS bucket
                              FROM complaints WHERE status = 'সমাধান হয়েছে' AND resolved_at IS NOT NULL) c
                        ON c.day = d.day AND c.cc = d.cc AND c.ward = d.ward AND c.bucket = g.bucket
                 GROUP BY 1, 2, 3, 4) per_bucket
         GROUP BY 1, 2, 3) b
 WHERE s.day = b.day AND s.city_corporation = b.cc AND s.ward_number = b.ward;

INSERT INTO complaint_stats_monthly (day, city_corporation, ward_number, received, submitted, in_progress, resolved, cancelled,
        resolution_count, resolution_hours_sum, resolution_buckets, rating_count, rating_sum, rating_1, rating_2, rating_3, rating_4, rating_5)
SELECT date_trunc('month', day)::date, city_corporation, ward_number, sum(received), sum(submitted), sum(in_progress), sum(resolved),
       sum(cancelled), sum(resolution_count), sum(resolution_hours_sum),
       array_fill(0, ARRAY[24]),
       sum(rating_count), sum(rating_sum), sum(rating_1), sum(rating_2), sum(rating_3), sum(rating_4), sum(rating_5)
  FROM complaint_stats_daily GROUP BY 1, 2, 3;

UPDATE complaint_stats_monthly s SET resolution_buckets = b.buckets
  FROM (SELECT day, cc, ward, array_agg(n ORDER BY bucket) AS buckets
          FROM (SELECT m.day, m.city_corporation AS cc, m.ward_number AS ward, g.bucket, count(c.bucket) AS n
                  FROM complaint_stats_monthly m
                 CROSS JOIN generate_series(1, 24) AS g(bucket)
                  LEFT JOIN (SELECT date_trunc('month', (created_at AT TIME ZONE 'Asia/Dhaka'))::date AS day,
                                    coalesce(city_corporation, '') AS cc, coalesce(ward_number, '') AS ward,
                                    resolution_bucket(greatest(extract(epoch FROM resolved_at - created_at) / 3600.0, 0)) AS bucket
                               FROM complaints WHERE status = 'সমাধান হয়েছে' AND resolved_at IS NOT NULL) c
                         ON c.day = m.day AND c.cc = m.city_corporation AND c.ward = m.ward_number AND c.bucket = g.bucket
                 GROUP BY 1, 2, 3, 4) per_bucket
         GROUP BY 1, 2, 3) b
 WHERE s.day = b.day AND s.city_corporation = b.cc AND s.ward_number = b.ward;

INSERT INTO complaint_stats_mix (day, category, priority, status, complaints, resolution_count, resolution_hours_sum)
SELECT (created_at AT TIME ZONE 'Asia/Dhaka')::date, category, priority, status, count(*),
       count(*) FILTER (WHERE status = 'সমাধান হয়েছে' AND resolved_at IS NOT NULL),
       coalesce(sum(greatest(extract(epoch FROM resolved_at - created_at) / 3600.0, 0))
                FILTER (WHERE status = 'সমাধান হয়েছে' AND resolved_at IS NOT NULL), 0)
  FROM complaints GROUP BY 1, 2, 3, 4;

-- Activity log filters.
CREATE INDEX idx_activity_logs_user_created ON activity_logs(user_id, created_at DESC);
CREATE INDEX idx_activity_logs_resource ON activity_logs(resource_type, resource_id);

-- A persistent job queue: jobs survive restarts, run on one instance (claimed with SKIP LOCKED and a
-- lease), and are retried with back-off until max_attempts.
CREATE TABLE jobs (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    kind         VARCHAR(50) NOT NULL,
    payload      JSONB NOT NULL,
    status       VARCHAR(20) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 5,
    run_after    TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    last_error   TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    finished_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_jobs_due ON jobs(run_after) WHERE status IN ('queued', 'running');

-- Generated reports (POST /dashboard/reports/generate/): the request, its job's outcome and the file.
CREATE TABLE reports (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    requested_by     UUID REFERENCES users(id) ON DELETE SET NULL,
    report_type      VARCHAR(20) NOT NULL CHECK (report_type IN ('daily', 'weekly', 'monthly', 'quarterly', 'yearly')),
    format           VARCHAR(10) NOT NULL CHECK (format IN ('pdf', 'excel')),
    city_corporation VARCHAR(10),
    ward_number      VARCHAR(10),
    period_from      DATE NOT NULL,
    period_to        DATE NOT NULL,
    status           VARCHAR(20) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'processing', 'completed', 'failed')),
    file_url         VARCHAR(500),
    file_size        INTEGER,
    error            TEXT,
    job_id           UUID REFERENCES jobs(id) ON DELETE SET NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    completed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_reports_requested_by ON reports(requested_by, created_at DESC);

-- Users by type, verification and ward, kept by a trigger: the KPI's user figures without counting users.
CREATE TABLE user_counts (
    user_type        VARCHAR(20) NOT NULL,
    is_verified      BOOLEAN NOT NULL,
    city_corporation VARCHAR(10) NOT NULL DEFAULT '',
    ward_number      VARCHAR(10) NOT NULL DEFAULT '',
    users            INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_type, is_verified, city_corporation, ward_number)
);

CREATE FUNCTION user_counts_apply(u users, sign INTEGER) RETURNS VOID AS $$
    INSERT INTO user_counts AS t (user_type, is_verified, city_corporation, ward_number, users)
    VALUES (coalesce(u.user_type, 'citizen'), coalesce(u.is_verified, FALSE), coalesce(u.city_corporation, ''),
            coalesce(u.ward_number, ''), sign)
    ON CONFLICT (user_type, is_verified, city_corporation, ward_number) DO UPDATE SET users = t.users + EXCLUDED.users
$$ LANGUAGE sql;

CREATE FUNCTION user_counts_track() RETURNS TRIGGER AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM user_counts_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM user_counts_apply(NEW, 1);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER user_counts_insert_delete AFTER INSERT OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION user_counts_track();
CREATE TRIGGER user_counts_update AFTER UPDATE OF user_type, is_verified, city_corporation, ward_number ON users
    FOR EACH ROW WHEN (OLD.user_type IS DISTINCT FROM NEW.user_type OR OLD.is_verified IS DISTINCT FROM NEW.is_verified
        OR OLD.city_corporation IS DISTINCT FROM NEW.city_corporation OR OLD.ward_number IS DISTINCT FROM NEW.ward_number)
    EXECUTE FUNCTION user_counts_track();

INSERT INTO user_counts (user_type, is_verified, city_corporation, ward_number, users)
SELECT coalesce(user_type, 'citizen'), coalesce(is_verified, FALSE), coalesce(city_corporation, ''), coalesce(ward_number, ''), count(*)
  FROM users GROUP BY 1, 2, 3, 4;
