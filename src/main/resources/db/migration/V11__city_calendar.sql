-- The city calendar: events, holidays, collection days and campaigns, targeted at wards, published as
-- JSON and as iCalendar feeds that phone calendars subscribe to.
CREATE TABLE calendar_events (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    title            VARCHAR(255) NOT NULL,
    title_en         VARCHAR(255),
    description      TEXT,
    category         VARCHAR(50) NOT NULL
                     CHECK (category IN ('অনুষ্ঠান', 'ছুটির দিন', 'বর্জ্য সংগ্রহের দিন', 'প্রচারাভিযান', 'সভা')),
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- exclusive for all-day events (the next Dhaka midnight), as iCalendar's DTEND is
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    all_day          BOOLEAN NOT NULL DEFAULT FALSE,
    location         VARCHAR(255),
    -- NULL: both corporations (national holidays); no target wards: the whole corporation
    city_corporation VARCHAR(10) REFERENCES city_corporations(code),
    target_wards     TEXT[] NOT NULL DEFAULT '{}',
    is_published     BOOLEAN NOT NULL DEFAULT FALSE,
    -- cancelled events stay in the feeds (STATUS:CANCELLED) so subscribed phones drop them
    is_cancelled     BOOLEAN NOT NULL DEFAULT FALSE,
    -- iCalendar SEQUENCE: bumped on every change so calendars take the newer copy
    sequence         INTEGER NOT NULL DEFAULT 0,
    created_by       UUID REFERENCES users(id) ON DELETE SET NULL,
    updated_by       UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CONSTRAINT calendar_events_order CHECK (ends_at >= starts_at),
    CONSTRAINT calendar_events_wards CHECK (city_corporation IS NOT NULL OR cardinality(target_wards) = 0)
);

-- Windows ask for events ending after their start: ends_at leads because past events pile up year after
-- year while future ones stay few.
CREATE INDEX idx_calendar_events_window ON calendar_events (ends_at, starts_at) WHERE is_published;
