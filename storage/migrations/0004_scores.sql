-- Version 4: practice results per plan, and each plan's readiness target.

CREATE TABLE scores (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
	taken   TEXT NOT NULL,                            -- civil date the practice test was taken
	overall REAL NOT NULL CHECK (overall BETWEEN 0 AND 100),  -- percent correct
	domains TEXT NOT NULL DEFAULT '{}',               -- JSON: domain number -> percent correct
	source  TEXT NOT NULL DEFAULT '',                 -- where the result came from, the learner's words
	created TEXT NOT NULL                             -- RFC 3339 UTC instant
);

CREATE INDEX scores_by_plan ON scores (plan_id, taken, id);

CREATE TABLE readiness_targets (
	plan_id INTEGER PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
	target  REAL NOT NULL CHECK (target > 0 AND target <= 100)  -- percent
);
