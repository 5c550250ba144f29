-- Version 3 is reserved for study items (issue #12), developed on another
-- branch. This placeholder keeps the versions contiguous until the branches
-- merge; the merge replaces it with the study-items step.
SELECT 1;
