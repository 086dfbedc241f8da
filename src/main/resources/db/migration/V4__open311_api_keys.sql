-- Open311 (GeoReport v2) partners: civic apps that file complaints with an API key. Only the key's
-- SHA-256 is kept; the key itself is shown once, when a super admin issues it.
CREATE TABLE open311_api_keys (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    partner_name VARCHAR(100) NOT NULL,
    -- the key's first characters, so a partner and an admin can tell keys apart in lists
    key_prefix   VARCHAR(8) NOT NULL,
    key_hash     CHAR(64) NOT NULL UNIQUE,
    -- the account the partner's complaints are filed under
    user_id      UUID NOT NULL REFERENCES users(id),
    created_by   UUID NOT NULL REFERENCES users(id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX idx_open311_api_keys_created ON open311_api_keys(created_at DESC, id);
