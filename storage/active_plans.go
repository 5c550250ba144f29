package storage

import (
	"context"
	"database/sql"
	"fmt"

	"certplan/planner"
)

// activeRows selects the current version of every plan that is not
// archived and whose exam is not passed, but plan ?, highest priority
// first, then by plan ID: loadPlan's columns, for all of them at once.
const activeRows = `SELECT p.id, p.name, p.exam, p.created, v.version, v.created, v.reason, v.input, v.schedule
		FROM plans p JOIN plan_versions v ON v.plan_id = p.id
		WHERE p.archived = 0 AND p.id != ? AND ` + planPassed + ` IS NULL
		AND v.version = (SELECT max(version) FROM plan_versions WHERE plan_id = p.id)
		ORDER BY p.priority DESC, p.id`

// storedPlan is a row of activeRows: a plan as stored, its schedule not
// yet decoded.
type storedPlan struct {
	p                       planner.StudyPlan
	created, updated, input string
	blob                    []byte
}

// scanStoredPlan reads a row of activeRows.
func scanStoredPlan(rows *sql.Rows) (storedPlan, error) {
	var s storedPlan
	err := rows.Scan(&s.p.ID, &s.p.Name, &s.p.Exam, &s.created, &s.p.Version, &s.updated, &s.p.Reason, &s.input, &s.blob)
	return s, err
}

// activePlans is activeSchedules, taking plan read, when it is one of
// them, as read in this transaction rather than reading it again. It
// reads each plan as loadPlan does, with two queries in all rather than
// two a plan: the plan and Progress screens read the active plans beside
// the one they show each time they show it.
func activePlans(ctx context.Context, tx *dbTx, self int64, read planner.StudyPlan) ([]planner.StudyPlan, error) {
	stored, err := queryAll(ctx, tx, scanStoredPlan, activeRows, self)
	if err != nil {
		return nil, classifyf(err, "list active plans")
	}
	progress, err := activeProgress(ctx, tx, self)
	if err != nil {
		return nil, err
	}
	out := make([]planner.StudyPlan, len(stored))
	for i, s := range stored {
		if s.p.ID == read.ID {
			out[i] = read
			continue
		}
		p := s.p
		if err := decodePlan(&p, s.created, s.updated, s.input, s.blob); err != nil {
			return nil, classify(fmt.Errorf("load plan %d: %w", p.ID, err))
		}
		p.Progress, p.Items = splitItems(progress[p.ID])
		out[i] = p
	}
	return out, nil
}

// activeProgress is the progress of the plans activeRows lists, by plan
// and topic, as loadProgress reads it but for when each row was updated,
// which a plan read does not keep.
func activeProgress(ctx context.Context, tx *dbTx, self int64) (map[int64]map[string]ProgressRow, error) {
	type planRow struct {
		plan int64
		row  ProgressRow
	}
	scan := func(rows *sql.Rows) (planRow, error) {
		var r planRow
		var doneOn sql.NullString
		f := fields{err: rows.Scan(&r.plan, &r.row.Topic, &r.row.Done, &doneOn, &r.row.Hours, &r.row.Task)}
		r.row.DoneOn = f.date(doneOn)
		return r, f.err
	}
	rows, err := queryAll(ctx, tx, scan, `SELECT g.plan_id, g.topic, g.done, g.done_on, g.hours, g.task
		FROM progress g JOIN plans p ON p.id = g.plan_id
		WHERE p.archived = 0 AND p.id != ? AND `+planPassed+` IS NULL`, self)
	if err != nil {
		return nil, classifyf(err, "load progress of the active plans")
	}
	out := map[int64]map[string]ProgressRow{}
	for _, r := range rows {
		if out[r.plan] == nil {
			out[r.plan] = map[string]ProgressRow{}
		}
		out[r.plan][r.row.Topic] = r.row
	}
	return out, nil
}
