-- Chat (seed §6), live notifications' device tokens, and emergency requests (seed §3) with ward routing.

-- The assistant (is_bot) answers when no ward staff is online; it is nobody's account, so it has no sender_id.
ALTER TABLE chat_messages
    ADD COLUMN is_bot BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN seq BIGSERIAL,
    ALTER COLUMN sender_id DROP NOT NULL,
    ADD CONSTRAINT chat_messages_sender CHECK (sender_id IS NOT NULL OR is_bot);
CREATE UNIQUE INDEX idx_chat_room_seq ON chat_messages(room_id, seq);

-- How far each member has read each room: unread counts for rooms with many members.
CREATE TABLE chat_reads (
    room_id       VARCHAR(100) NOT NULL,
    user_id       UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_read_seq BIGINT NOT NULL DEFAULT 0,
    read_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (room_id, user_id)
);

CREATE TABLE chat_auto_replies (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    keywords   TEXT[] NOT NULL,
    reply_bn   TEXT NOT NULL,
    reply_en   TEXT NOT NULL,
    is_active  BOOLEAN NOT NULL DEFAULT TRUE,
    created_by UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
INSERT INTO chat_auto_replies (keywords, reply_bn, reply_en) VALUES
    (ARRAY['ময়লা', 'বর্জ্য', 'garbage', 'waste'], 'বর্জ্য সংগ্রহের সময়সূচি অ্যাপের "সংগ্রহের সময়" অংশে দেখুন। না এলে অভিযোগ করুন; ওয়ার্ড অফিস অফিস সময়ে উত্তর দেবে।',
     'See the collection schedule in the app. If collection was missed, file a complaint; the ward office answers during office hours.'),
    (ARRAY['পানি', 'water'], 'পানি সরবরাহের সমস্যা হলে "পানি সরবরাহ" বিভাগে অভিযোগ করুন। জরুরি হলে জরুরি সহায়তা বোতাম চাপুন।',
     'For water supply problems file a complaint under "water supply". If it is urgent, use the emergency button.'),
    (ARRAY['ট্যাক্স', 'কর', 'tax', 'fee', 'ফি'], 'হোল্ডিং ট্যাক্স ও অন্যান্য ফি অ্যাপের "পরিশোধ" অংশ থেকে বিকাশ বা নগদে দিতে পারেন।',
     'Holding tax and other fees can be paid in the app under "payments" with bKash or Nagad.');

CREATE TABLE device_tokens (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token        VARCHAR(500) NOT NULL UNIQUE,
    platform     VARCHAR(20) NOT NULL DEFAULT 'android' CHECK (platform IN ('android', 'ios', 'web')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_device_tokens_user ON device_tokens(user_id);

ALTER TABLE emergency_requests
    ADD COLUMN city_corporation VARCHAR(10),
    ADD COLUMN ward_number VARCHAR(10),
    ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    ADD CONSTRAINT emergency_ward FOREIGN KEY (city_corporation, ward_number) REFERENCES wards(city_corporation, ward_number);
CREATE INDEX idx_emergency_ward_status ON emergency_requests(ward_number, status, created_at DESC);

CREATE TABLE emergency_updates (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    emergency_id UUID NOT NULL REFERENCES emergency_requests(id) ON DELETE CASCADE,
    updated_by   UUID NOT NULL REFERENCES users(id),
    old_status   VARCHAR(30),
    new_status   VARCHAR(30) NOT NULL,
    note         TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    seq          BIGSERIAL
);
CREATE INDEX idx_emergency_updates ON emergency_updates(emergency_id, seq);

-- The number a ward office answers around the clock; new emergencies are texted to it.
CREATE TABLE ward_contacts (
    city_corporation VARCHAR(10) NOT NULL,
    ward_number      VARCHAR(10) NOT NULL,
    on_duty_phone    VARCHAR(20) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (city_corporation, ward_number),
    FOREIGN KEY (city_corporation, ward_number) REFERENCES wards(city_corporation, ward_number)
);
