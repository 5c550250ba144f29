package storage

import (
	"context"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// activeSchedules returns the plans that are not archived, but plan self,
// highest priority first, then by plan ID.
func activeSchedules(ctx context.Context, tx *dbTx, self int64) ([]planner.StudyPlan, error) {
	ids, err := queryAll(ctx, tx, scanValue[int64], "SELECT id FROM plans WHERE archived = 0 AND id != ? ORDER BY priority DESC, id", self)
	if err != nil {
		return nil, classifyf(err, "list active plans")
	}
	var out []planner.StudyPlan
	for _, id := range ids {
		p, err := loadPlan(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// takenByOthers is the study time the other active plans put on each day
// from from on: what a plan built now must leave alone.
func takenByOthers(ctx context.Context, tx *dbTx, self int64, from catalog.Date) (map[catalog.Date]float64, error) {
	others, err := activeSchedules(ctx, tx, self)
	if err != nil {
		return nil, err
	}
	schedules := make([]planner.Plan, len(others))
	for i, p := range others {
		schedules[i] = p.Schedule
	}
	return planner.TakenBy(schedules, from), nil
}

// Budget returns the share of the week the active plans other than plan
// self (0 for none) take from today on, and the week each is planned
// within.
func (db *DB) Budget(ctx context.Context, self int64, today catalog.Date) (planner.WeekBudget, error) {
	others, err := readTx(ctx, db, func(tx *dbTx) ([]planner.StudyPlan, error) { return activeSchedules(ctx, tx, self) })
	if err != nil {
		return planner.WeekBudget{}, err
	}
	b := planner.WeekBudget{Taken: map[catalog.Date]float64{}, Weeks: map[int64]planner.LearnerWeek{}}
	var schedules []planner.Plan
	for _, p := range others {
		schedules = append(schedules, p.Schedule)
		if !planner.ExamPassed(p.Schedule, today) {
			b.Weeks[p.ID] = p.Input.Week()
		}
		if c := planner.CommitmentOf(p.Schedule, today); c.HoursPerWeek > 0 {
			b.Shares = append(b.Shares, planner.PlanShare{PlanID: p.ID, Commitment: c})
		}
	}
	b.Taken = planner.TakenBy(schedules, today)
	return b, nil
}

// SetArchived archives a plan (it keeps its history and progress but
// takes no study hours and leaves the default plan list) or brings it
// back. A plan brought back is re-planned from today around the hours the
// other active plans take, as a new version, so the week is never
// double-booked. It returns the plan as stored now, for the caller to say
// how it stands.
func (db *DB) SetArchived(ctx context.Context, id int64, archived bool, today catalog.Date) (planner.StudyPlan, error) {
	return writeTx(ctx, db, func(tx *dbTx) (planner.StudyPlan, error) {
		if err := execOne(ctx, tx, id, "UPDATE plans SET archived = ? WHERE id = ?", archived, id); err != nil {
			return planner.StudyPlan{}, err
		}
		if !archived {
			if err := db.fitAround(ctx, tx, id, today); err != nil {
				return planner.StudyPlan{}, err
			}
		}
		return loadPlan(ctx, tx, id)
	})
}

// fitAround re-plans plan id from today within the learner's week (its
// input adopts it) around the other active plans, storing a new version
// when its schedule or week changes.
func (db *DB) fitAround(ctx context.Context, tx *dbTx, id int64, today catalog.Date) error {
	p, err := loadPlan(ctx, tx, id)
	if err != nil {
		return err
	}
	if planner.ExamPassed(p.Schedule, db.dayOr(today)) {
		return nil // its exam has come: no day is left to plan, and it takes none
	}
	in, err := learnersWeek(ctx, tx, p.Input)
	if err != nil {
		return err
	}
	next, err := db.rebalance(ctx, tx, p, in, today)
	if err != nil || (sameSchedule(next, p.Schedule) && planner.SameWeek(in, p.Input)) {
		return err
	}
	_, err = storeRefit(ctx, tx, p, in, planner.ReasonReplan, next, nil)
	return err
}

// Prioritize gives plan id priority over every other plan: it takes its
// hours first, from today on, and the other active plans are re-planned
// around it (and each other, in their order), each as a new version when
// its schedule changes. Archived plans are left alone. It returns the
// plans re-planned, plan id among them when its schedule changed, in
// priority order, as stored now, for the caller to say how each stands.
func (db *DB) Prioritize(ctx context.Context, id int64, today catalog.Date) ([]planner.StudyPlan, error) {
	return writeTx(ctx, db, func(tx *dbTx) ([]planner.StudyPlan, error) {
		if err := execOne(ctx, tx, id, `UPDATE plans SET priority = (SELECT coalesce(max(priority), 0) + 1 FROM plans), archived = 0
			WHERE id = ?`, id); err != nil {
			return nil, err
		}
		return db.refitAll(ctx, tx, today)
	})
}

// refitAll re-plans every active plan from today in priority order, each
// around the ones before it, and returns those whose schedule changed.
func (db *DB) refitAll(ctx context.Context, tx *dbTx, today catalog.Date) ([]planner.StudyPlan, error) {
	return db.refitWith(ctx, tx, today, refit{})
}

// refitWith re-plans every active plan whose exam is still to come from
// today in priority order, each around the ones before it, as r says, and
// returns those stored as a new version: whose schedule or week changed,
// and the plan edited.
func (db *DB) refitWith(ctx context.Context, tx *dbTx, today catalog.Date, r refit) ([]planner.StudyPlan, error) {
	plans, err := activeSchedules(ctx, tx, 0)
	if err != nil {
		return nil, err
	}
	var fitted []planner.Plan
	var changed []planner.StudyPlan
	for _, p := range plans {
		if planner.ExamPassed(p.Schedule, db.dayOr(today)) {
			continue // its exam has come: no day is left to plan, and it takes none
		}
		in, why := r.input(p)
		next, err := db.refitOne(ctx, tx, p, in, today, fitted)
		if err != nil {
			return nil, err
		}
		// The week first: comparing the schedules encodes both.
		if why == planner.ReasonEdit || !planner.SameWeek(in, p.Input) || !sameSchedule(next, p.Schedule) {
			if changed, err = storeRefit(ctx, tx, p, in, why, next, changed); err != nil {
				return nil, err
			}
		}
		fitted = append(fitted, next)
	}
	return changed, nil
}

// refitOne re-plans p with input in from today around the schedules fitted
// before it.
func (db *DB) refitOne(ctx context.Context, tx *dbTx, p planner.StudyPlan, in planner.Input, today catalog.Date, fitted []planner.Plan) (planner.Plan, error) {
	r, err := loggedReadiness(ctx, tx, db.cat, p, db.dayOr(today))
	if err != nil {
		return planner.Plan{}, err
	}
	return db.rebalanceAround(p, in, today, planner.TakenBy(fitted, db.dayOr(today)), r)
}

// storeRefit stores schedule next, planned with input in, as plan p's next
// version for reason why, and appends the plan as stored now to changed.
func storeRefit(ctx context.Context, tx *dbTx, p planner.StudyPlan, in planner.Input, why planner.Reason, next planner.Plan, changed []planner.StudyPlan) ([]planner.StudyPlan, error) {
	if err := addVersion(ctx, tx, p.ID, p.Version+1, why, storedInput(in), next); err != nil {
		return nil, classify(fmt.Errorf("re-plan plan %d: %w", p.ID, err))
	}
	stored, err := loadPlan(ctx, tx, p.ID)
	if err != nil {
		return nil, err
	}
	return append(changed, stored), nil
}
