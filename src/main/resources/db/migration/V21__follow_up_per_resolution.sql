-- "Has it been fixed?" is asked after every resolution: a complaint re-opened and resolved again is
-- asked again, once per deadline round (V18). Each question gets its own id, which its link carries;
-- the questions already asked take their complaint's id, so the links already sent keep working.
ALTER TABLE complaint_follow_ups ADD COLUMN id UUID, ADD COLUMN deadline_round SMALLINT NOT NULL DEFAULT 0;
UPDATE complaint_follow_ups SET id = complaint_id;
ALTER TABLE complaint_follow_ups ALTER COLUMN id SET NOT NULL, ALTER COLUMN id SET DEFAULT gen_random_uuid();
ALTER TABLE complaint_follow_ups DROP CONSTRAINT complaint_follow_ups_pkey;
ALTER TABLE complaint_follow_ups ADD PRIMARY KEY (id);
CREATE UNIQUE INDEX uq_complaint_follow_ups_round ON complaint_follow_ups(complaint_id, deadline_round);
