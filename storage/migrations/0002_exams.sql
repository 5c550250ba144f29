-- Version 2: exam attempts and the certifications they earn or renew.

CREATE TABLE attempts (
	id      INTEGER PRIMARY KEY,
	exam    TEXT NOT NULL,                     -- exam code, "SAA-C03"
	date    TEXT NOT NULL,                     -- civil date of the sitting
	status  TEXT NOT NULL CHECK (status IN ('booked', 'passed', 'failed', 'cancelled')),
	score   INTEGER CHECK (score IS NULL OR score BETWEEN 100 AND 1000),
	notes   TEXT NOT NULL DEFAULT '',
	created TEXT NOT NULL                      -- RFC 3339 UTC instant
);

CREATE INDEX attempts_by_date ON attempts (date, id);

-- Held certifications, one per certification key, derived from the passed
-- attempts (credential IDs are the learner's own).
CREATE TABLE certifications (
	key           TEXT PRIMARY KEY,            -- certification key, "SAA"
	exam          TEXT NOT NULL,               -- the exam that earned or last renewed it
	earned        TEXT NOT NULL,               -- civil date
	expiry        TEXT NOT NULL,               -- civil date
	renewed_on    TEXT,                        -- civil date of the latest renewal
	renewed_by    TEXT NOT NULL DEFAULT '',    -- exam code of the latest renewal
	credential_id TEXT NOT NULL DEFAULT ''
);
