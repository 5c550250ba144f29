-- Version 5: one weekly budget across plans. An archived plan keeps its
-- history but takes no study hours and drops out of the default plan list;
-- a plan with a higher priority takes its hours before the others.

ALTER TABLE plans ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
ALTER TABLE plans ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
