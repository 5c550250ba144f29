-- Version 1: learner settings, plans with their versions, and progress.

CREATE TABLE settings (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	hours      TEXT NOT NULL,                  -- JSON array of 7 numbers, Monday first
	country    TEXT NOT NULL DEFAULT '',       -- ISO 3166 code for public holidays
	experience TEXT NOT NULL DEFAULT 'some' CHECK (experience IN ('new', 'some', 'experienced')),
	study_time TEXT NOT NULL DEFAULT '' CHECK (study_time IN ('', 'morning', 'afternoon', 'evening'))
);

CREATE TABLE plans (
	id      INTEGER PRIMARY KEY,
	name    TEXT NOT NULL,
	exam    TEXT NOT NULL,
	created TEXT NOT NULL                      -- RFC 3339 UTC instant
);

-- Every schedule a plan has had; the highest version is the current one.
CREATE TABLE plan_versions (
	id        INTEGER PRIMARY KEY,
	plan_id   INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
	version   INTEGER NOT NULL CHECK (version >= 1),
	created   TEXT NOT NULL,                   -- RFC 3339 UTC instant
	reason    TEXT NOT NULL CHECK (reason IN ('new', 'replan', 'edit')),
	today     TEXT NOT NULL,                   -- civil date the schedule was made on
	exam_date TEXT,                            -- the schedule's exam date, for lists
	input     TEXT NOT NULL,                   -- JSON: the planner input, with the country code
	schedule  BLOB NOT NULL,                   -- JSON of planner.Plan, gzip-compressed
	UNIQUE (plan_id, version)
);

-- The current state of each topic of a plan.
CREATE TABLE progress (
	plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
	topic   TEXT NOT NULL,
	done    INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
	done_on TEXT,                              -- civil date ticked, NULL when not done
	hours   REAL NOT NULL DEFAULT 0 CHECK (hours >= 0 AND hours <= 5000),
	updated TEXT NOT NULL,                     -- RFC 3339 UTC instant
	PRIMARY KEY (plan_id, topic)
);

-- Every change to progress, newest last: the state a topic was left in.
CREATE TABLE progress_log (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
	topic   TEXT NOT NULL,
	action  TEXT NOT NULL CHECK (action IN ('tick', 'untick', 'hours')),
	at      TEXT NOT NULL,                     -- RFC 3339 UTC instant
	done    INTEGER NOT NULL CHECK (done IN (0, 1)),
	done_on TEXT,
	hours   REAL NOT NULL
);

CREATE INDEX progress_log_by_topic ON progress_log (plan_id, topic, id);
