-- Gallery (seed apps/gallery): albums of city works and events, ordered by hand, hidden from the public until published.

CREATE TABLE gallery_albums (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    title            VARCHAR(200) NOT NULL,
    title_en         VARCHAR(200),
    description      TEXT,
    city_corporation VARCHAR(10) NOT NULL REFERENCES city_corporations(code),
    ward_number      VARCHAR(10),                                           -- NULL: the whole city corporation
    cover_photo_id   UUID,
    position         INTEGER NOT NULL,
    is_published     BOOLEAN NOT NULL DEFAULT FALSE,
    published_at     TIMESTAMP WITH TIME ZONE,
    created_by       UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    FOREIGN KEY (city_corporation, ward_number) REFERENCES wards(city_corporation, ward_number),
    -- Each ward has its own order (the corporation-wide albums one more). Deferrable: a reordering
    -- statement swaps positions and is checked once it has finished, not row by row.
    CONSTRAINT gallery_album_position UNIQUE NULLS NOT DISTINCT (city_corporation, ward_number, position) DEFERRABLE
);
CREATE INDEX idx_gallery_albums_published ON gallery_albums(position, created_at DESC) WHERE is_published;

CREATE TABLE gallery_photos (
    id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    album_id      UUID NOT NULL REFERENCES gallery_albums(id) ON DELETE CASCADE,
    image_url     VARCHAR(500) NOT NULL,
    thumbnail_url VARCHAR(500) NOT NULL,
    caption       VARCHAR(500),
    caption_en    VARCHAR(500),
    position      INTEGER NOT NULL,
    is_published  BOOLEAN NOT NULL DEFAULT TRUE,
    kind          VARCHAR(10) NOT NULL DEFAULT 'general' CHECK (kind IN ('general', 'before', 'after')),
    -- The resolved complaint a before/after pair shows; the gallery keeps its own copies, so the photos outlive it.
    complaint_id  UUID REFERENCES complaints(id) ON DELETE SET NULL,
    width         INTEGER,
    height        INTEGER,
    taken_at      TIMESTAMP WITH TIME ZONE,
    uploaded_by   UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CONSTRAINT gallery_photo_position UNIQUE (album_id, position) DEFERRABLE,
    CONSTRAINT gallery_photo_general CHECK (kind <> 'general' OR complaint_id IS NULL)
);
CREATE INDEX idx_gallery_photos_complaint ON gallery_photos(complaint_id) WHERE complaint_id IS NOT NULL;

ALTER TABLE gallery_albums
    ADD CONSTRAINT gallery_album_cover FOREIGN KEY (cover_photo_id) REFERENCES gallery_photos(id) ON DELETE SET NULL;
