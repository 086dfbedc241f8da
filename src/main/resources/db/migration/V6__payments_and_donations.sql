-- Payments and donations (seed §3, §5): the catalogue of payable city services, the payment's full
-- history of transitions, idempotent requests, refunds, donation projects and receipts.

CREATE TABLE payable_services (
    code         VARCHAR(50) PRIMARY KEY,
    name_bn      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    description  TEXT,
    -- fixed: exactly fixed_amount; range: any amount between min_amount and max_amount
    amount_rule  VARCHAR(10) NOT NULL CHECK (amount_rule IN ('fixed', 'range')),
    fixed_amount NUMERIC(10, 2),
    min_amount   NUMERIC(10, 2),
    max_amount   NUMERIC(10, 2),
    is_active    BOOLEAN NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CHECK ((amount_rule = 'fixed' AND fixed_amount > 0) OR (amount_rule = 'range' AND min_amount > 0 AND max_amount >= min_amount))
);
CREATE TRIGGER update_payable_services_updated_at BEFORE UPDATE ON payable_services
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

INSERT INTO payable_services (code, name_bn, name_en, description, amount_rule, fixed_amount, min_amount, max_amount) VALUES
    ('holding_tax', 'হোল্ডিং ট্যাক্স', 'Holding tax', 'বাড়ি/স্থাপনার বার্ষিক কর', 'range', NULL, 100.00, 1000000.00),
    ('trade_licence', 'ট্রেড লাইসেন্স ফি', 'Trade licence fee', 'ট্রেড লাইসেন্স নবায়ন ও নতুন', 'range', NULL, 500.00, 100000.00),
    ('waste_collection', 'বর্জ্য সংগ্রহ ফি', 'Waste collection fee', 'মাসিক বাসাবাড়ির বর্জ্য সংগ্রহ', 'range', NULL, 50.00, 2000.00),
    ('birth_certificate', 'জন্ম নিবন্ধন সনদ ফি', 'Birth certificate fee', 'সনদের অনুলিপি', 'fixed', 50.00, NULL, NULL),
    ('death_certificate', 'মৃত্যু নিবন্ধন সনদ ফি', 'Death certificate fee', 'সনদের অনুলিপি', 'fixed', 50.00, NULL, NULL),
    ('donation', 'অনুদান', 'Donation', 'নগর প্রকল্পে অনুদান', 'range', NULL, 10.00, 1000000.00);

ALTER TABLE payments
    ADD COLUMN gateway VARCHAR(20),
    -- the provider's final transaction id (bKash trxID, SSLCommerz bank_tran_id, Nagad issuer reference);
    -- gateway_transaction_id keeps, as in the seed, the provider's payment handle (bKash paymentID)
    ADD COLUMN gateway_trx_id VARCHAR(100),
    ADD COLUMN redirect_url VARCHAR(1000),
    ADD COLUMN idempotency_key VARCHAR(100),
    ADD COLUMN refunded_amount NUMERIC(10, 2) NOT NULL DEFAULT 0,
    ADD COLUMN receipt_number VARCHAR(30) UNIQUE,
    ADD COLUMN city_corporation VARCHAR(10),
    ADD COLUMN ward_number VARCHAR(10),
    ADD COLUMN description VARCHAR(300),
    ADD CONSTRAINT payments_amount_positive CHECK (amount > 0),
    ADD CONSTRAINT payments_refund_bounded CHECK (refunded_amount >= 0 AND refunded_amount <= amount);

CREATE UNIQUE INDEX idx_payments_idempotency ON payments(user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX idx_payments_gateway_handle ON payments(gateway, gateway_transaction_id);
CREATE INDEX idx_payments_user_created ON payments(user_id, created_at DESC);
CREATE INDEX idx_payments_processing ON payments(updated_at) WHERE status IN ('pending', 'processing');
CREATE INDEX idx_payments_ward ON payments(ward_number, created_at DESC);

-- Every transition, with what the gateway said.
CREATE TABLE payment_events (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    payment_id       UUID NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20) NOT NULL,
    gateway_response JSONB,
    note             TEXT,
    actor_id         UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    seq              BIGSERIAL
);
CREATE INDEX idx_payment_events_payment ON payment_events(payment_id, created_at);

CREATE SEQUENCE payment_receipt_seq;
CREATE SEQUENCE donation_receipt_seq;

CREATE TABLE refunds (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    payment_id        UUID NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
    requested_by      UUID REFERENCES users(id) ON DELETE SET NULL,
    amount            NUMERIC(10, 2) NOT NULL CHECK (amount > 0),
    reason            TEXT,
    status            VARCHAR(20) NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'rejected', 'completed', 'failed')),
    decided_by        UUID REFERENCES users(id) ON DELETE SET NULL,
    gateway_refund_id VARCHAR(100),
    gateway_response  JSONB,
    note              TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    decided_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_refunds_payment ON refunds(payment_id);
CREATE INDEX idx_refunds_status ON refunds(status, created_at);

CREATE TABLE donation_projects (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    title          VARCHAR(200) NOT NULL,
    title_en       VARCHAR(200),
    description    TEXT NOT NULL,
    target_amount  NUMERIC(12, 2) NOT NULL CHECK (target_amount > 0),
    raised_amount  NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (raised_amount >= 0),
    donor_count    INTEGER NOT NULL DEFAULT 0,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE,
    is_active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_by     UUID REFERENCES users(id) ON DELETE SET NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
CREATE TRIGGER update_donation_projects_updated_at BEFORE UPDATE ON donation_projects
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

ALTER TABLE donations
    ADD COLUMN project_id UUID REFERENCES donation_projects(id),
    ADD COLUMN payment_id UUID REFERENCES payments(id),
    ADD COLUMN is_anonymous BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX idx_donations_payment ON donations(payment_id);
CREATE INDEX idx_donations_project_status ON donations(project_id, status);

-- The local sandbox gateway's own record (dev and demo): what the citizen chose on its page.
CREATE TABLE sandbox_payments (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    transaction_id VARCHAR(100) NOT NULL UNIQUE,
    amount         NUMERIC(10, 2) NOT NULL,
    description    VARCHAR(300),
    callback_url   VARCHAR(1000) NOT NULL,
    status         VARCHAR(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'cancelled', 'refunded')),
    refunded       NUMERIC(10, 2) NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);
