-- A client's retry of "file a complaint" (a lost answer, the offline queue sending again, a double tap)
-- carries the same Idempotency-Key and gets the first complaint back instead of filing it twice.
ALTER TABLE complaints ADD COLUMN idempotency_key VARCHAR(100);
CREATE UNIQUE INDEX uq_complaints_idempotency ON complaints(user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
