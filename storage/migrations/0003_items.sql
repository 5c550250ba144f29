-- Version 3: progress per study item.
--
-- An item's progress is a row of progress like a task's, keyed by the item
-- ID ("SAA-C03:1.1.3"), with task naming the task's topic ID ("SAA-C03:1.1");
-- a task's own row (and review and practice) has task ''. Item rows are made
-- when a schedule listing items is stored, with the task's state at that
-- moment: a task ticked before items existed has all its items done. Their
-- history goes to progress_log like a task's.

ALTER TABLE progress ADD COLUMN task TEXT NOT NULL DEFAULT '';

CREATE INDEX progress_by_task ON progress (plan_id, task);
