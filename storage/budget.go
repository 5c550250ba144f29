package storage

import (
	"context"
	"encoding/json"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// activeSchedules returns the plans that are not archived and whose exam
// is not passed (planner.PlanSummary.Preparing), but plan self, highest
// priority first, then by plan ID: a plan whose exam the learner passed
// early is done and takes no more of the week.
func activeSchedules(ctx context.Context, tx *dbTx, self int64) ([]planner.StudyPlan, error) {
	return activePlans(ctx, tx, self, planner.StudyPlan{})
}

// takenByOthers is the study time the other active plans put on each day
// from from on: what a plan built now must leave alone.
func takenByOthers(ctx context.Context, tx *dbTx, self int64, from catalog.Date) (map[catalog.Date]float64, error) {
	others, err := activeSchedules(ctx, tx, self)
	if err != nil {
		return nil, err
	}
	return takenBy(others, from), nil
}

// takenBy is the study time plans put on each day from from on.
func takenBy(plans []planner.StudyPlan, from catalog.Date) map[catalog.Date]float64 {
	schedules := make([]planner.Plan, len(plans))
	for i, p := range plans {
		schedules[i] = p.Schedule
	}
	return planner.TakenBy(schedules, from)
}

// Budget returns the share of the week the active plans other than plan
// self (0 for none) take from today on, and the week each is planned
// within.
func (db *DB) Budget(ctx context.Context, self int64, today catalog.Date) (planner.WeekBudget, error) {
	var shared planner.SharedWeek
	all, err := readTx(ctx, db, func(tx *dbTx) ([]planner.StudyPlan, error) {
		all, err := activePlans(ctx, tx, 0, planner.StudyPlan{}) // read once: every other figure comes from them
		if err != nil {
			return nil, err
		}
		shared, err = db.sharedWeekOf(ctx, tx, all, self, db.dayOr(today))
		return all, err
	})
	if err != nil {
		return planner.WeekBudget{}, err
	}
	first, others := firstBefore(all, self)
	b := planner.WeekBudget{Taken: map[catalog.Date]float64{}, Weeks: map[int64]planner.LearnerWeek{}, Shared: shared}
	var schedules []planner.Plan
	for _, p := range others {
		schedules = append(schedules, p.Schedule)
		if !planner.ExamPassed(p.Schedule, today) {
			b.Weeks[p.ID] = p.Input.Week()
		}
		if c := planner.CommitmentOf(p.Schedule, today); c.HoursPerWeek > 0 {
			b.Shares = append(b.Shares, planner.PlanShare{PlanID: p.ID, Commitment: c, First: first[p.ID]})
		}
	}
	b.Taken = planner.TakenBy(schedules, today)
	return b, nil
}

// firstBefore splits the active plans, read in priority order
// (activePlans' order), into those before plan self, which take their
// hours first (none when self is not among them), and all but self.
func firstBefore(all []planner.StudyPlan, self int64) (map[int64]bool, []planner.StudyPlan) {
	first := map[int64]bool{}
	others := make([]planner.StudyPlan, 0, len(all))
	seen := false
	for _, p := range all {
		if p.ID == self {
			seen = true
			continue
		}
		if !seen {
			first[p.ID] = true
		}
		others = append(others, p)
	}
	if !seen {
		clear(first)
	}
	return first, others
}

// SetArchived archives a plan (it keeps its history and progress but
// takes no study hours and leaves the default plan list) or brings it
// back. A plan brought back is re-planned from today around the hours the
// other active plans take, as a new version, so the week is never
// double-booked; one the learner is on track with that still fits beside
// them within the learner's week is kept as it is (fitsBeside), so that
// archiving and bringing it back never changes its verdict. It returns
// the plan as stored now, for the caller to say how it stands.
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
	if kept, err := db.fitsBeside(ctx, tx, p, in, today); kept || err != nil {
		return err
	}
	next, err := db.rebalance(ctx, tx, p, in, today)
	if err != nil || (sameSchedule(next, p.Schedule) && planner.SameWeek(in, p.Input)) {
		return err
	}
	_, err = storeRefit(ctx, tx, p, in, planner.ReasonReplan, next)
	return err
}

// fitsBeside reports whether plan p, within the learner's week (in), is
// to be kept as stored rather than re-planned from today: the other active
// plans were fitted around it before it was archived, and while it still
// fits beside them as they are (planner.FitsBeside), re-placing its work
// in what they leave could only turn a plan that fits into one that does
// not.
func (db *DB) fitsBeside(ctx context.Context, tx *dbTx, p planner.StudyPlan, in planner.Input, today catalog.Date) (bool, error) {
	if !planner.SameWeek(in, p.Input) {
		return false, nil
	}
	today = db.dayOr(today)
	taken, err := takenByOthers(ctx, tx, p.ID, today)
	if err != nil {
		return false, err
	}
	pin, err := plannerInput(in, p.PlannerProgress(), today)
	pin.Taken = taken
	return err == nil && planner.FitsBeside(p.Schedule, pin), err
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
	f, err := db.refitWith(ctx, tx, today, refit{})
	return f.changed, err
}

// refitted is what refitWith did: the plans it stored as a new version, and
// every active plan as stored now, each in priority order.
type refitted struct {
	changed, active []planner.StudyPlan
}

// refitWith re-plans every active plan whose exam is still to come from
// today in priority order, each around the ones before it, as r says, and
// stores as a new version those whose schedule or week changed, and the
// plan edited. Each plan's schedule is read once.
func (db *DB) refitWith(ctx context.Context, tx *dbTx, today catalog.Date, r refit) (refitted, error) {
	plans, err := activePlans(ctx, tx, 0, r.read)
	if err != nil {
		return refitted{}, err
	}
	var fitted []planner.Plan
	f := refitted{active: plans}
	for i, p := range plans {
		if planner.ExamPassed(p.Schedule, db.dayOr(today)) {
			continue // its exam has come: no day is left to plan, and it takes none
		}
		in, why := r.input(p)
		next, err := db.refitOne(ctx, tx, p, in, today, fitted)
		if err != nil {
			return refitted{}, err
		}
		// The week first: comparing the schedules encodes both.
		if why == planner.ReasonEdit || !planner.SameWeek(in, p.Input) || !sameSchedule(next, p.Schedule) {
			if plans[i], err = storeRefit(ctx, tx, p, in, why, next); err != nil {
				return refitted{}, err
			}
			f.changed = append(f.changed, plans[i])
		}
		fitted = append(fitted, next)
	}
	return f, nil
}

// plan is plan id as stored now: as the re-fit stored it, or read.
func (f *refitted) plan(ctx context.Context, tx *dbTx, id int64) (planner.StudyPlan, error) {
	for _, p := range f.changed {
		if p.ID == id {
			return p, nil
		}
	}
	return loadPlan(ctx, tx, id)
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
// version for reason why, and returns the plan as stored now. p must have
// been read in this transaction: the plan returned is built from it and
// from what was stored, as loadPlan would read it back, without reading
// the schedule again.
func storeRefit(ctx context.Context, tx *dbTx, p planner.StudyPlan, in planner.Input, why planner.Reason, next planner.Plan) (planner.StudyPlan, error) {
	v, err := writeVersion(ctx, tx, p.ID, p.Version+1, why, storedInput(in), next, hasRow(p))
	if err != nil {
		return p, classify(fmt.Errorf("re-plan plan %d: %w", p.ID, err))
	}
	return storedAs(ctx, tx, p, why, v)
}

// hasRow reports whether plan p, as read, has a progress row for a topic
// or study item.
func hasRow(p planner.StudyPlan) func(string) bool {
	return func(id string) bool {
		_, task := p.Progress[id]
		_, item := p.Items[id]
		return task || item
	}
}

// storedAs is plan p, read in this transaction, as loadPlan reads it after
// version v was stored for reason why: its schedule read from the JSON
// just stored, and its progress read again only when rows were added.
func storedAs(ctx context.Context, tx *dbTx, p planner.StudyPlan, why planner.Reason, v version) (planner.StudyPlan, error) {
	s := planner.StudyPlan{ID: p.ID, Name: p.Name, Exam: p.Exam, Created: p.Created, Version: p.Version + 1,
		Reason: why, Archived: p.Archived, Progress: p.Progress, Items: p.Items}
	var err error
	if s.Updated, err = parseStamp(v.stamp); err == nil {
		err = json.Unmarshal(v.input, &s.Input)
	}
	if err == nil {
		s.Schedule, err = readSchedule(v.schedule)
	}
	if err != nil {
		return s, classify(fmt.Errorf("load plan %d: %w", p.ID, err))
	}
	if v.newRows {
		all, err := loadProgress(ctx, tx, p.ID)
		s.Progress, s.Items = splitItems(all)
		return s, err
	}
	return s, nil
}
