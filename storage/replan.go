package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// Replan rebalances a plan's remaining work from today on (planner.Rebalance)
// and stores the result as a new version. Sessions before today and done
// topics stay as they were. A plan the learner is on track with is left
// alone: the bool reports whether a new version was made.
func (db *DB) Replan(ctx context.Context, id int64, today catalog.Date) (planner.StudyPlan, bool, error) {
	if err := catalog.CheckRange(today); err != nil {
		return planner.StudyPlan{}, false, invalid("Today %s.", err)
	}
	changed := false
	p, err := writeTx(ctx, db, func(tx *dbTx) (planner.StudyPlan, error) {
		p, err := loadPlanToChange(ctx, tx, id)
		if err != nil {
			return p, err
		}
		p, changed, err = db.replan(ctx, tx, p, today)
		return p, err
	})
	return p, changed, err
}

// replan rebalances p from today and stores the result as its next
// version, and reports whether the schedule changed; when it did not,
// the write ends without a commit.
func (db *DB) replan(ctx context.Context, tx *dbTx, p planner.StudyPlan, today catalog.Date) (planner.StudyPlan, bool, error) {
	next, err := db.rebalance(ctx, tx, p, p.Input, today)
	if err != nil {
		return p, false, err
	}
	if sameSchedule(next, p.Schedule) {
		return p, false, nil
	}
	if err := addVersion(ctx, tx, p.ID, p.Version+1, planner.ReasonReplan, p.Input, next); err != nil {
		return p, false, classify(fmt.Errorf("replan plan %d: %w", p.ID, err))
	}
	p, err = loadPlan(ctx, tx, p.ID)
	return p, err == nil, err
}

// loadPlanToChange reads plan id to re-plan or edit it, refusing it once
// its exam was passed: the plan is done (planner.PassedText), as the
// desktop shows it with no Rebalance and no date to change; archiving it
// stays allowed.
func loadPlanToChange(ctx context.Context, tx *dbTx, id int64) (planner.StudyPlan, error) {
	p, err := loadPlan(ctx, tx, id)
	if err == nil && !p.Passed.IsZero() {
		err = invalid("Plan %d's exam was passed on %s: it is done; start a new plan to study again.", p.ID, p.Passed)
	}
	return p, err
}

// EditPlan changes a plan's inputs (hours, exam date, time off...) and
// stores the re-planned schedule as a new version, keeping the sessions
// before today and all progress. The exam cannot change: make a new plan.
// New hours or holidays become the learner's week, as EditPlanInWeek says.
func (db *DB) EditPlan(ctx context.Context, id int64, in planner.Input) (planner.StudyPlan, error) {
	p, _, err := db.EditPlanInWeek(ctx, id, in)
	return p, err
}

// EditPlanInWeek is EditPlan, and says what the edit did to the other
// plans: an active plan edited to other hours or holidays makes them the
// learner's week (the settings take it) and, when another active plan is
// planned within another week, every active plan is re-fitted within it in
// priority order, the edited one at its place, in the same transaction.
func (db *DB) EditPlanInWeek(ctx context.Context, id int64, in planner.Input) (planner.StudyPlan, planner.WeekChange, error) {
	return db.editPlan(ctx, id, in, false)
}

// EditPlanWithWeek is EditPlanInWeek for an edit that names the plan's
// week (hours or holidays) itself: that week becomes the learner's, and
// the other plans are re-fitted within it as EditPlanInWeek says, even
// when it is the plan's own. A plan planned within another week than the
// learner's, edited to its own hours, would otherwise stay outside it.
func (db *DB) EditPlanWithWeek(ctx context.Context, id int64, in planner.Input) (planner.StudyPlan, planner.WeekChange, error) {
	return db.editPlan(ctx, id, in, true)
}

// editPlan is EditPlanInWeek, or EditPlanWithWeek when named is set.
func (db *DB) editPlan(ctx context.Context, id int64, in planner.Input, named bool) (planner.StudyPlan, planner.WeekChange, error) {
	stored := storedInput(in)
	if err := validateInput(db.cat, stored); err != nil {
		return planner.StudyPlan{}, planner.WeekChange{}, err
	}
	var change planner.WeekChange
	p, err := writeTx(ctx, db, func(tx *dbTx) (planner.StudyPlan, error) {
		p, err := loadPlanToChange(ctx, tx, id)
		if err != nil {
			return p, err
		}
		if stored.Exam != p.Input.Exam {
			return p, invalid("Plan %d is for %s: make a new plan to study for %s.", id, p.Input.Exam, stored.Exam)
		}
		p, change, err = db.edit(ctx, tx, p, stored, in.Today, named)
		return p, err
	})
	return p, change, err
}

// edit stores plan p, read in this transaction, re-planned with input
// stored from today as its next version, and returns it as stored now;
// when the edit gives an active plan another week, or names its week
// (named), that week becomes the learner's (shareWeek).
func (db *DB) edit(ctx context.Context, tx *dbTx, p planner.StudyPlan, stored planner.Input, today catalog.Date, named bool) (planner.StudyPlan, planner.WeekChange, error) {
	if !p.Archived && !planner.ExamPassed(p.Schedule, db.dayOr(today)) && (named || !planner.SameWeek(stored, p.Input)) {
		change, f, err := db.shareWeek(ctx, tx, p.ID, stored.Week(), today, refit{edit: p.ID, in: stored, read: p})
		if err != nil {
			return p, change, err
		}
		if f != nil {
			p, err := f.plan(ctx, tx, p.ID)
			return p, change, err
		}
	}
	next, err := db.rebalance(ctx, tx, p, stored, today)
	if err != nil {
		return p, planner.WeekChange{}, err
	}
	v, err := writeVersion(ctx, tx, p.ID, p.Version+1, planner.ReasonEdit, stored, next, hasRow(p))
	if err != nil {
		return p, planner.WeekChange{}, classify(fmt.Errorf("edit plan %d: %w", p.ID, err))
	}
	p, err = storedAs(ctx, tx, p, planner.ReasonEdit, v)
	return p, planner.WeekChange{Week: stored.Week()}, err
}

// FitNow returns plan id re-planned from today (the clock's date when
// zero) around the hours the other active plans take now, without storing
// it: the fixes it names (planner.Plan.WithFixesOf) fit if applied today,
// whereas the stored plan's were worked out around the other plans as they
// were when it was planned. Its hours that fit are tried in the shared
// week (planner.SharedWeek): applied, they become every plan's week and
// the plans ahead of it take their share of them first. A plan whose exam
// has come is returned as stored.
func (db *DB) FitNow(ctx context.Context, id int64, today catalog.Date) (planner.Plan, error) {
	return readTx(ctx, db, func(tx *dbTx) (planner.Plan, error) {
		today := db.dayOr(today)
		p, err := loadPlan(ctx, tx, id)
		if err != nil || planner.ExamPassed(p.Schedule, today) {
			return p.Schedule, err
		}
		now, err := db.rebalance(ctx, tx, p, p.Input, today)
		if err != nil || now.Feasible || p.Archived {
			return now, err
		}
		shared, err := db.sharedWeek(ctx, tx, id, today)
		if err != nil {
			return now, err
		}
		in, err := plannerInput(p.Input, p.PlannerProgress(), today)
		if err != nil {
			return now, err
		}
		if in.Readiness, err = loggedReadiness(ctx, tx, db.cat, p, today); err != nil {
			return now, err
		}
		return shared.Fix(db.cat, in, p.Schedule, now), nil
	})
}

// rebalance re-plans p with input in from today (the clock's date when
// zero), around the hours the other active plans already take, moving
// review toward weak domains when practice results were logged.
func (db *DB) rebalance(ctx context.Context, tx *dbTx, p planner.StudyPlan, in planner.Input, today catalog.Date) (planner.Plan, error) {
	today = db.dayOr(today)
	taken, err := takenByOthers(ctx, tx, p.ID, today)
	if err != nil {
		return planner.Plan{}, err
	}
	r, err := loggedReadiness(ctx, tx, db.cat, p, today)
	if err != nil {
		return planner.Plan{}, err
	}
	return db.rebalanceAround(p, in, today, taken, r)
}

// rebalanceAround re-plans p with input in from today, leaving the hours
// in taken alone and moving review toward weak domains by r when not nil.
func (db *DB) rebalanceAround(p planner.StudyPlan, in planner.Input, today catalog.Date, taken map[catalog.Date]float64, r *planner.Readiness) (planner.Plan, error) {
	pin, err := plannerInput(in, p.PlannerProgress(), today)
	if err != nil {
		return planner.Plan{}, err
	}
	pin.Taken, pin.Readiness = taken, r
	next, err := planner.Rebalance(db.cat, pin, p.Schedule)
	if err != nil {
		return next, errorf(CodeInvalid, capitalise(err.Error())+".", err)
	}
	return next, nil
}

// dayOr is today, or the clock's date when today is zero.
func (db *DB) dayOr(today catalog.Date) catalog.Date {
	if today.IsZero() {
		return catalog.DateFromTime(db.opts.Now())
	}
	return today
}

// loggedReadiness is p's readiness on today when practice results were
// logged, or nil: without results the estimate rests on study alone and
// moves nothing.
func loggedReadiness(ctx context.Context, tx *dbTx, cat *catalog.Catalog, p planner.StudyPlan, today catalog.Date) (*planner.Readiness, error) {
	recs, err := loadScores(ctx, tx, p.ID)
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	r, err := readinessOf(ctx, tx, cat, p, today)
	return &r, err
}

// sameSchedule reports whether two schedules are the same, as stored.
func sameSchedule(a, b planner.Plan) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

// RenamePlan changes a plan's name.
func (db *DB) RenamePlan(ctx context.Context, id int64, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return invalid("A plan needs a name.")
	}
	if err := checkName("A plan's name", name); err != nil {
		return err
	}
	return db.write(ctx, func(tx *dbTx) error { return execOne(ctx, tx, id, "UPDATE plans SET name = ? WHERE id = ?", name, id) })
}

// DeletePlan removes a plan with its versions and progress.
func (db *DB) DeletePlan(ctx context.Context, id int64) error {
	return db.write(ctx, func(tx *dbTx) error { return execOne(ctx, tx, id, "DELETE FROM plans WHERE id = ?", id) })
}

// execOne runs a statement that must change exactly one row of plan id.
func execOne(ctx context.Context, tx *dbTx, id int64, query string, args ...any) error {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return classify(fmt.Errorf("plan %d: %w", id, err))
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return planNotFound(id)
	}
	return nil
}
