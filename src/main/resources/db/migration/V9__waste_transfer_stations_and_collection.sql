-- Waste management: secondary transfer stations (STS) with their load log, collection schedules per
-- ward and area, and the link from a missed collection to the complaint it became.

-- status holds what staff decide (operational or under maintenance); "full" is read from the load.
CREATE TABLE transfer_stations (
    id                       UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name                     VARCHAR(200) NOT NULL,
    name_en                  VARCHAR(200),
    city_corporation         VARCHAR(10) NOT NULL,
    ward_number              VARCHAR(10) NOT NULL,
    zone_number              INTEGER NOT NULL,
    location                 VARCHAR(255) NOT NULL,
    latitude                 DECIMAL(10, 8),
    longitude                DECIMAL(11, 8),
    capacity_tonnes          NUMERIC(8, 2) NOT NULL CHECK (capacity_tonnes > 0),
    -- kept by the load log in the same transaction as each entry (the row is locked while it changes)
    current_load_tonnes      NUMERIC(10, 2) NOT NULL DEFAULT 0 CHECK (current_load_tonnes >= 0),
    status                   VARCHAR(30) NOT NULL DEFAULT 'চালু' CHECK (status IN ('চালু', 'রক্ষণাবেক্ষণ')),
    opens_at                 TIME,
    closes_at                TIME,
    clearance_interval_hours INTEGER NOT NULL DEFAULT 24 CHECK (clearance_interval_hours BETWEEN 1 AND 168),
    -- clearance is due clearance_interval_hours after the later of these two while the station holds waste
    last_departure_at        TIMESTAMP WITH TIME ZONE,
    loaded_since             TIMESTAMP WITH TIME ZONE,
    created_by               UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    -- a removed station keeps its rows: its log stays behind the city's throughput figures
    deleted_at               TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (city_corporation, ward_number) REFERENCES wards(city_corporation, ward_number),
    FOREIGN KEY (city_corporation, zone_number) REFERENCES zones(city_corporation, zone_number),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK ((opens_at IS NULL) = (closes_at IS NULL))
);
CREATE INDEX idx_transfer_stations_ward ON transfer_stations(city_corporation, ward_number) WHERE deleted_at IS NULL;

CREATE TABLE transfer_station_loads (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    station_id        UUID NOT NULL REFERENCES transfer_stations(id) ON DELETE CASCADE,
    direction         VARCHAR(20) NOT NULL CHECK (direction IN ('আগমন', 'প্রস্থান')),
    vehicle_number    VARCHAR(30) NOT NULL,
    tonnes            NUMERIC(8, 2) NOT NULL CHECK (tonnes > 0),
    -- the station's load once this entry was taken in (entries are serialised per station)
    load_after_tonnes NUMERIC(10, 2) NOT NULL CHECK (load_after_tonnes >= 0),
    logged_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    logged_by         UUID REFERENCES users(id) ON DELETE SET NULL,
    note              TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    seq               BIGSERIAL
);
CREATE INDEX idx_transfer_station_loads_time ON transfer_station_loads(station_id, logged_at);
CREATE INDEX idx_transfer_station_loads_seq ON transfer_station_loads(station_id, seq DESC);

-- days_of_week: ISO numbers (1 Monday … 7 Sunday) of the days a window starts; a window may cross midnight.
CREATE TABLE collection_schedules (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    city_corporation VARCHAR(10) NOT NULL,
    ward_number      VARCHAR(10) NOT NULL,
    area             VARCHAR(200) NOT NULL,
    area_en          VARCHAR(200),
    days_of_week     SMALLINT[] NOT NULL CHECK (cardinality(days_of_week) BETWEEN 1 AND 7 AND days_of_week <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::SMALLINT[]),
    starts_at        TIME NOT NULL,
    ends_at          TIME NOT NULL CHECK (ends_at <> starts_at),
    waste_type       VARCHAR(50) NOT NULL CHECK (waste_type IN ('গৃহস্থালি বর্জ্য', 'মিশ্র বর্জ্য', 'জৈব বর্জ্য',
                                                                'পুনর্ব্যবহারযোগ্য বর্জ্য', 'চিকিৎসা বর্জ্য', 'নির্মাণ বর্জ্য')),
    is_active        BOOLEAN NOT NULL DEFAULT TRUE,
    notes            TEXT,
    created_by       UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    -- a removed schedule keeps its row: complaints about its missed collections still point at it
    deleted_at       TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (city_corporation, ward_number) REFERENCES wards(city_corporation, ward_number)
);
CREATE INDEX idx_collection_schedules_ward ON collection_schedules(city_corporation, ward_number, area) WHERE deleted_at IS NULL;

-- One report per citizen per missed collection (the schedule's window that ended on collection_date).
CREATE TABLE missed_collections (
    complaint_id    UUID PRIMARY KEY REFERENCES complaints(id) ON DELETE CASCADE,
    schedule_id     UUID NOT NULL REFERENCES collection_schedules(id),
    reported_by     UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    collection_date DATE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    UNIQUE (schedule_id, reported_by, collection_date)
);
