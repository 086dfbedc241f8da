-- Issue 11, alerts: a citizen follows a ward or a circle around a point, for chosen categories, and
-- hears of new complaints and/or status changes there (in the app, by push, optionally one SMS a day).

CREATE TABLE alert_subscriptions (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- either a ward ...
    city_corporation VARCHAR(10),
    ward_number      VARCHAR(10),
    -- ... or a circle (metres) around a point
    latitude         DECIMAL(10, 8),
    longitude        DECIMAL(11, 8),
    radius_m         INTEGER CHECK (radius_m BETWEEN 100 AND 5000),
    -- the complaint categories' English codes; empty means every category
    categories       VARCHAR(30)[] NOT NULL DEFAULT '{}',
    notify_new       BOOLEAN NOT NULL,
    notify_status    BOOLEAN NOT NULL,
    sms_digest       BOOLEAN NOT NULL DEFAULT FALSE,
    -- the Dhaka day of the last SMS digest: at most one a day per subscription
    last_digest_on   DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (city_corporation, ward_number) REFERENCES wards(city_corporation, ward_number),
    CHECK (notify_new OR notify_status),
    CHECK ((ward_number IS NOT NULL AND city_corporation IS NOT NULL AND latitude IS NULL AND longitude IS NULL AND radius_m IS NULL)
        OR (ward_number IS NULL AND city_corporation IS NULL AND latitude IS NOT NULL AND longitude IS NOT NULL AND radius_m IS NOT NULL))
);
CREATE INDEX idx_alert_subscriptions_user ON alert_subscriptions(user_id, created_at);
-- fan-out: a complaint's ward, or a box around its position (then the exact distance)
CREATE INDEX idx_alert_subscriptions_ward ON alert_subscriptions(city_corporation, ward_number, user_id) WHERE ward_number IS NOT NULL;
CREATE INDEX idx_alert_subscriptions_position ON alert_subscriptions(latitude, longitude) WHERE latitude IS NOT NULL;

-- What the next SMS digest of a subscription will tell: one row per complaint and kind, the latest status.
CREATE TABLE alert_digest_items (
    subscription_id UUID NOT NULL REFERENCES alert_subscriptions(id) ON DELETE CASCADE,
    complaint_id    UUID NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    kind            VARCHAR(10) NOT NULL CHECK (kind IN ('new', 'status')),
    tracking_number VARCHAR(20) NOT NULL,
    happened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subscription_id, complaint_id, kind)
);
CREATE INDEX idx_alert_digest_items_complaint ON alert_digest_items(complaint_id);
