-- The complete schema of the system design's section 3, with its table and column names kept
-- (tools and benchmarks rely on them). Additions are marked "addition".

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- addition: Dhaka's two city corporations reuse ward numbers, so a ward is (city_corporation, ward_number).
CREATE TABLE city_corporations (
    code    VARCHAR(10) PRIMARY KEY,
    name_bn VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL
);

CREATE TABLE zones (
    city_corporation VARCHAR(10) NOT NULL REFERENCES city_corporations(code),
    zone_number      INTEGER NOT NULL,
    name_bn          VARCHAR(100) NOT NULL,
    name_en          VARCHAR(100) NOT NULL,
    PRIMARY KEY (city_corporation, zone_number)
);

CREATE TABLE wards (
    city_corporation VARCHAR(10) NOT NULL,
    ward_number      VARCHAR(10) NOT NULL,
    zone_number      INTEGER NOT NULL,
    name_bn          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    PRIMARY KEY (city_corporation, ward_number),
    FOREIGN KEY (city_corporation, zone_number) REFERENCES zones(city_corporation, zone_number)
);

CREATE TABLE users (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    phone VARCHAR(20) UNIQUE NOT NULL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    nid VARCHAR(20),
    address TEXT,
    ward_number VARCHAR(10),
    city_corporation VARCHAR(10),                                           -- addition
    profile_picture_url VARCHAR(500),
    user_type VARCHAR(20) DEFAULT 'citizen' CHECK (user_type IN ('citizen', 'admin', 'super_admin', 'service_provider')),
    is_active BOOLEAN DEFAULT TRUE,
    is_verified BOOLEAN DEFAULT FALSE,
    is_staff BOOLEAN DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    last_login TIMESTAMP WITH TIME ZONE,
    -- a NULL corporation (legacy rows) skips the check; the API always sets both.
    FOREIGN KEY (city_corporation, ward_number) REFERENCES wards(city_corporation, ward_number)
);

CREATE INDEX idx_users_phone ON users(phone);
CREATE INDEX idx_users_email ON users(email);
CREATE INDEX idx_users_ward ON users(ward_number);
CREATE INDEX idx_users_type ON users(user_type);
CREATE INDEX idx_users_created_at ON users(created_at DESC);
-- addition: the admin user list searches name/phone/email by substring.
CREATE INDEX idx_users_search_trgm ON users USING gin ((name || ' ' || phone || ' ' || coalesce(email, '')) gin_trgm_ops);

CREATE TABLE otp_verifications (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    phone VARCHAR(20) NOT NULL,
    -- holds an HMAC-SHA256 of the code, never the code itself (hence wider than the seed's 6).
    otp_code VARCHAR(128) NOT NULL,
    purpose VARCHAR(50) NOT NULL CHECK (purpose IN ('registration', 'login', 'password_reset')),
    is_verified BOOLEAN DEFAULT FALSE,
    failed_attempts INTEGER NOT NULL DEFAULT 0,                             -- addition
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_otp_phone ON otp_verifications(phone);
CREATE INDEX idx_otp_expires ON otp_verifications(expires_at);
CREATE INDEX idx_otp_latest ON otp_verifications(phone, purpose, created_at DESC);

CREATE TABLE complaints (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tracking_number VARCHAR(20) UNIQUE NOT NULL,
    title VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    category VARCHAR(50) NOT NULL CHECK (category IN ('পরিচ্ছন্নতা', 'বর্জ্য ব্যবস্থাপনা', 'পানি সরবরাহ', 'রাস্তাঘাট', 'বিদ্যুৎ', 'অন্যান্য')),
    priority VARCHAR(20) NOT NULL CHECK (priority IN ('উচ্চ', 'মধ্যম', 'নিম্ন')),
    status VARCHAR(30) DEFAULT 'জমা দেওয়া হয়েছে' CHECK (status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'সমাধান হয়েছে', 'বাতিল')),
    location VARCHAR(255) NOT NULL,
    latitude DECIMAL(10, 8),
    longitude DECIMAL(11, 8),
    ward_number VARCHAR(10),
    city_corporation VARCHAR(10),                                           -- addition
    assigned_to UUID REFERENCES users(id),
    resolved_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    FOREIGN KEY (city_corporation, ward_number) REFERENCES wards(city_corporation, ward_number)
);

CREATE INDEX idx_complaints_user_id ON complaints(user_id);
CREATE INDEX idx_complaints_tracking ON complaints(tracking_number);
CREATE INDEX idx_complaints_status ON complaints(status);
CREATE INDEX idx_complaints_category ON complaints(category);
CREATE INDEX idx_complaints_ward ON complaints(ward_number);
CREATE INDEX idx_complaints_assigned ON complaints(assigned_to);
CREATE INDEX idx_complaints_created_at ON complaints(created_at DESC);

CREATE TABLE complaint_images (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    complaint_id UUID NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    image_url VARCHAR(500) NOT NULL,
    image_name VARCHAR(255),
    file_size INTEGER,
    uploaded_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_complaint_images_complaint_id ON complaint_images(complaint_id);

CREATE TABLE complaint_updates (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    complaint_id UUID NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
    updated_by UUID NOT NULL REFERENCES users(id),
    old_status VARCHAR(30),
    new_status VARCHAR(30) NOT NULL,
    comment TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_complaint_updates_complaint_id ON complaint_updates(complaint_id);
CREATE INDEX idx_complaint_updates_created_at ON complaint_updates(created_at DESC);

CREATE TABLE payments (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    service_type VARCHAR(50) NOT NULL,
    amount DECIMAL(10,2) NOT NULL,
    payment_method VARCHAR(20) NOT NULL CHECK (payment_method IN ('bkash', 'nagad', 'rocket', 'upay', 'card', 'bank')),
    phone_number VARCHAR(20) NOT NULL,
    transaction_id VARCHAR(100) UNIQUE,
    gateway_transaction_id VARCHAR(100),
    status VARCHAR(20) DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled', 'refunded')),
    gateway_response JSONB,
    failure_reason TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    completed_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX idx_payments_user_id ON payments(user_id);
CREATE INDEX idx_payments_status ON payments(status);
CREATE INDEX idx_payments_transaction_id ON payments(transaction_id);
CREATE INDEX idx_payments_created_at ON payments(created_at DESC);

CREATE TABLE donations (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    project_name VARCHAR(200) NOT NULL,
    amount DECIMAL(10,2) NOT NULL,
    payment_method VARCHAR(20) NOT NULL,
    transaction_id VARCHAR(100) UNIQUE,
    receipt_number VARCHAR(50) UNIQUE NOT NULL,
    status VARCHAR(20) DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'failed')),
    message TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_donations_user_id ON donations(user_id);
CREATE INDEX idx_donations_project ON donations(project_name);
CREATE INDEX idx_donations_created_at ON donations(created_at DESC);

CREATE TABLE emergency_requests (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    emergency_type VARCHAR(50) NOT NULL CHECK (emergency_type IN ('অগ্নিকাণ্ড', 'চিকিৎসা জরুরি', 'পুলিশ', 'প্রাকৃতিক দুর্যোগ', 'অন্যান্য')),
    description TEXT NOT NULL,
    location VARCHAR(255) NOT NULL,
    latitude DECIMAL(10, 8),
    longitude DECIMAL(11, 8),
    status VARCHAR(30) DEFAULT 'জমা দেওয়া হয়েছে' CHECK (status IN ('জমা দেওয়া হয়েছে', 'প্রক্রিয়াধীন', 'সমাধান হয়েছে')),
    priority VARCHAR(20) DEFAULT 'উচ্চ',
    assigned_to UUID REFERENCES users(id),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    responded_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX idx_emergency_user_id ON emergency_requests(user_id);
CREATE INDEX idx_emergency_status ON emergency_requests(status);
CREATE INDEX idx_emergency_created_at ON emergency_requests(created_at DESC);

CREATE TABLE notices (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    title VARCHAR(200) NOT NULL,
    content TEXT NOT NULL,
    category VARCHAR(50) NOT NULL,
    priority VARCHAR(20) DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    is_active BOOLEAN DEFAULT TRUE,
    is_urgent BOOLEAN DEFAULT FALSE,
    target_wards TEXT[],
    -- addition: the corporation the target wards belong to; NULL with empty target_wards means city-wide.
    city_corporation VARCHAR(10) REFERENCES city_corporations(code),
    published_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    expires_at TIMESTAMP WITH TIME ZONE,
    created_by UUID REFERENCES users(id),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_notices_active ON notices(is_active);
CREATE INDEX idx_notices_priority ON notices(priority);
CREATE INDEX idx_notices_published_at ON notices(published_at DESC);

CREATE TABLE chat_messages (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    sender_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    receiver_id UUID REFERENCES users(id) ON DELETE CASCADE,
    room_id VARCHAR(100) NOT NULL,
    message TEXT NOT NULL,
    message_type VARCHAR(20) DEFAULT 'text' CHECK (message_type IN ('text', 'image', 'file')),
    file_url VARCHAR(500),
    is_read BOOLEAN DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_chat_sender_id ON chat_messages(sender_id);
CREATE INDEX idx_chat_receiver_id ON chat_messages(receiver_id);
CREATE INDEX idx_chat_room_id ON chat_messages(room_id);
CREATE INDEX idx_chat_created_at ON chat_messages(created_at DESC);

CREATE TABLE admin_permissions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    admin_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    permission_type VARCHAR(50) NOT NULL,
    resource_type VARCHAR(50),
    ward_numbers TEXT[],
    city_corporation VARCHAR(10) REFERENCES city_corporations(code),       -- addition
    can_create BOOLEAN DEFAULT FALSE,
    can_read BOOLEAN DEFAULT TRUE,
    can_update BOOLEAN DEFAULT FALSE,
    can_delete BOOLEAN DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_admin_permissions_admin_id ON admin_permissions(admin_id);
CREATE INDEX idx_admin_permissions_type ON admin_permissions(permission_type);

CREATE TABLE activity_logs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID REFERENCES users(id) ON DELETE SET NULL,
    action VARCHAR(100) NOT NULL,
    resource_type VARCHAR(50),
    resource_id UUID,
    ip_address INET,
    user_agent TEXT,
    details JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_activity_logs_user_id ON activity_logs(user_id);
CREATE INDEX idx_activity_logs_action ON activity_logs(action);
CREATE INDEX idx_activity_logs_created_at ON activity_logs(created_at DESC);

-- Section 3.2: updated_at maintained by the database.
CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = NOW();
    RETURN NEW;
END;
$$ language 'plpgsql';

CREATE TRIGGER update_users_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
CREATE TRIGGER update_complaints_updated_at BEFORE UPDATE ON complaints
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
CREATE TRIGGER update_payments_updated_at BEFORE UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
CREATE TRIGGER update_notices_updated_at BEFORE UPDATE ON notices
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
CREATE TRIGGER update_admin_permissions_updated_at BEFORE UPDATE ON admin_permissions
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- Tracking numbers: CC + Asia/Dhaka date + a per-day counter of at least 4 digits.
-- The seed's COUNT(*)+1 races and repeats after deletes; a counter row per day, incremented
-- under its row lock in the inserting transaction, is unique and gap-free (a rollback returns the number).
CREATE TABLE tracking_counters (
    day        DATE PRIMARY KEY,
    last_value INTEGER NOT NULL
);

CREATE OR REPLACE FUNCTION generate_tracking_number(for_day DATE DEFAULT (NOW() AT TIME ZONE 'Asia/Dhaka')::date)
RETURNS TEXT AS $$
DECLARE
    prefix TEXT := 'CC' || TO_CHAR(for_day, 'YYYYMMDD');
    next_value INTEGER;
BEGIN
    UPDATE tracking_counters SET last_value = last_value + 1 WHERE day = for_day RETURNING last_value INTO next_value;
    IF NOT FOUND THEN
        -- first number of the day: continue after rows loaded without the counter (imports, bulk fills).
        INSERT INTO tracking_counters (day, last_value)
        SELECT for_day, COALESCE(MAX(SUBSTRING(tracking_number FROM 11)::INTEGER), 0) + 1
          FROM complaints
         WHERE tracking_number LIKE prefix || '%' AND SUBSTRING(tracking_number FROM 11) ~ '^[0-9]+$'
        ON CONFLICT (day) DO UPDATE SET last_value = tracking_counters.last_value + 1
        RETURNING last_value INTO next_value;
    END IF;
    -- at least 4 digits; LPAD alone would cut the 10,000th number of a day to 4 digits
    RETURN prefix || CASE WHEN next_value < 1000 THEN LPAD(next_value::TEXT, 4, '0') ELSE next_value::TEXT END;
END;
$$ LANGUAGE plpgsql;

-- addition: refresh tokens, one row per issued pair; rotation keeps the family, reuse revokes it.
CREATE TABLE refresh_tokens (
    jti               UUID PRIMARY KEY,
    family_id         UUID NOT NULL,
    user_id           UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    access_jti        UUID NOT NULL,
    access_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at           TIMESTAMP WITH TIME ZONE,
    revoked_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX idx_refresh_tokens_family ON refresh_tokens(family_id);
CREATE INDEX idx_refresh_tokens_user ON refresh_tokens(user_id);
CREATE INDEX idx_refresh_tokens_access ON refresh_tokens(access_jti);
CREATE INDEX idx_refresh_tokens_expires ON refresh_tokens(expires_at);

-- addition: Spring Modulith's event publication registry (its PostgreSQL schema v2).
CREATE TABLE event_publication (
    id                     UUID NOT NULL,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
