package storage

import (
	"context"

	"certplan/catalog"
	"certplan/planner"
)

// sharedWeek is what plan self, not archived, shares the learner's week
// with on today: the active plans ahead of it, in priority order, whose
// exam is still to come, each with the input refitWith plans it again
// with (planner.SharedWeek). A new plan (self 0) comes after all of them.
func (db *DB) sharedWeek(ctx context.Context, tx *dbTx, self int64, today catalog.Date) (planner.SharedWeek, error) {
	plans, err := activePlans(ctx, tx, 0, planner.StudyPlan{})
	if err != nil {
		return planner.SharedWeek{}, err
	}
	return db.sharedWeekOf(ctx, tx, plans, self, today)
}

// sharedWeekOf is sharedWeek from the active plans already read, in
// priority order (activePlans with self 0).
func (db *DB) sharedWeekOf(ctx context.Context, tx *dbTx, plans []planner.StudyPlan, self int64, today catalog.Date) (planner.SharedWeek, error) {
	var s planner.SharedWeek
	scored, err := plansScored(ctx, tx)
	if err != nil {
		return s, err
	}
	for _, p := range plans {
		if p.ID == self {
			return s, nil
		}
		if planner.ExamPassed(p.Schedule, today) {
			continue // refitWith leaves it alone: it takes no day
		}
		in, err := plannerInput(p.Input, p.PlannerProgress(), today)
		if err != nil {
			return s, err
		}
		if scored[p.ID] { // else it has no readiness (loggedReadiness), and needs no query
			if in.Readiness, err = loggedReadiness(ctx, tx, db.cat, p, today); err != nil {
				return s, err
			}
		}
		s.Ahead = append(s.Ahead, planner.SharedPlan{Input: in, Plan: p.Schedule})
	}
	if self == 0 {
		return s, nil
	}
	return planner.SharedWeek{}, nil // self is archived or passed: applying a week re-plans none around it
}

// plansScored is the plans with a practice result logged, in one query:
// only their readiness is to be read (loggedReadiness).
func plansScored(ctx context.Context, tx *dbTx) (map[int64]bool, error) {
	ids, err := queryAll(ctx, tx, scanValue[int64], "SELECT DISTINCT plan_id FROM scores")
	if err != nil {
		return nil, classifyf(err, "list the plans with practice results")
	}
	out := make(map[int64]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}
