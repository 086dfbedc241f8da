-- A read-only role for reporting and analysts (seed §9): it can read every table the reports use and
-- change nothing. Run as a superuser once per database, after the application's migrations:
--   psql "$ADMIN_DATABASE_URL" -v password="'…'" -f deploy/sql/reporting-role.sql
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cleancare_reporting') THEN
        CREATE ROLE cleancare_reporting LOGIN;
    END IF;
END $$;
ALTER ROLE cleancare_reporting PASSWORD :password;
ALTER ROLE cleancare_reporting SET default_transaction_read_only = on;
ALTER ROLE cleancare_reporting SET statement_timeout = '60s';
DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO cleancare_reporting', current_database()); END $$;
GRANT USAGE ON SCHEMA public TO cleancare_reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO cleancare_reporting;
-- Secrets stay out of reach even for reading: password hashes, OTP hashes, refresh tokens, partner keys.
REVOKE SELECT ON users, otp_verifications, refresh_tokens, open311_api_keys FROM cleancare_reporting;
GRANT SELECT (id, user_type, city_corporation, ward_number, is_active, is_verified, created_at, last_login, language)
    ON users TO cleancare_reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO cleancare_reporting;
