package ui

import (
	"context"

	"certplan/catalog"
	"certplan/planner"
)

// EditPlanInWeek changes the plan's inputs and re-plans it with the
// planner; new hours or holidays become the learner's week, as storage
// does it: the settings take it and, when another active plan is planned
// within another week, every active plan is re-fitted within it, by ID.
func (f *fakeData) EditPlanInWeek(_ context.Context, planID int64, in planner.Input) (planner.StudyPlan, planner.WeekChange, error) {
	return f.editPlan(planID, in, false)
}

// EditPlanWithWeek is EditPlanInWeek for an edit that names the plan's
// week: it becomes the learner's even when it is the plan's own.
func (f *fakeData) EditPlanWithWeek(_ context.Context, planID int64, in planner.Input) (planner.StudyPlan, planner.WeekChange, error) {
	return f.editPlan(planID, in, true)
}

// editPlan is EditPlanInWeek, or EditPlanWithWeek when named is set.
func (f *fakeData) editPlan(planID int64, in planner.Input, named bool) (planner.StudyPlan, planner.WeekChange, error) {
	today := in.Today
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.find(planID)
	if err != nil {
		return planner.StudyPlan{}, planner.WeekChange{}, err
	}
	if err := f.failing("EditPlan"); err != nil {
		return planner.StudyPlan{}, planner.WeekChange{}, err
	}
	change := planner.WeekChange{Week: in.Week()}
	if !f.archived[planID] && (named || !planner.SameWeek(in, p.Input)) {
		f.settings = f.settings.WithWeek(in.Week())
		if f.inOtherWeek(planID, in.Week(), today) {
			change.Refitted, err = f.refitWithin(planID, in, today)
			return clonePlan(*p), change, err
		}
	}
	next, err := planner.Rebalance(f.cat, f.planningInput(p, in, today), p.Schedule)
	if err != nil {
		return planner.StudyPlan{}, change, err
	}
	p.Input, p.Schedule = in, next
	return clonePlan(*p), change, nil
}

// inOtherWeek reports whether an active plan but self, whose exam is still
// to come, is planned within another week than week.
func (f *fakeData) inOtherWeek(self int64, week planner.LearnerWeek, today catalog.Date) bool {
	for _, p := range f.plans {
		if p.ID != self && !f.archived[p.ID] && !planner.ExamPassed(p.Schedule, today) && p.Input.Week() != week {
			return true
		}
	}
	return false
}

// refitWithin re-plans every active plan whose exam is still to come within
// edited's week, by ID, each around the ones before it, plan self with
// edited; it returns the others re-fitted.
func (f *fakeData) refitWithin(self int64, edited planner.Input, today catalog.Date) ([]planner.StudyPlan, error) {
	var fitted []planner.Plan
	var out []planner.StudyPlan
	for i := range f.plans {
		p := &f.plans[i]
		if f.archived[p.ID] || planner.ExamPassed(p.Schedule, today) {
			continue
		}
		in := p.Input.InWeek(edited.Week())
		if p.ID == self {
			in = edited
		}
		pin := in
		pin.Today, pin.Progress, pin.Taken = today, p.PlannerProgress(), planner.TakenBy(fitted, today)
		next, err := planner.Rebalance(f.cat, pin, p.Schedule)
		if err != nil {
			return nil, err
		}
		p.Input, p.Schedule = in, next
		fitted = append(fitted, next)
		if p.ID != self {
			out = append(out, clonePlan(*p))
		}
	}
	return out, nil
}

// weeksOf is the week each active plan but except, whose exam is still to
// come on today, is planned within, as storage's Budget gives it.
func (f *fakeData) weeksOf(except int64, today catalog.Date) map[int64]planner.LearnerWeek {
	out := map[int64]planner.LearnerWeek{}
	for _, p := range f.plans {
		if p.ID != except && !f.archived[p.ID] && !planner.ExamPassed(p.Schedule, today) {
			out[p.ID] = p.Input.Week()
		}
	}
	return out
}

// SaveSettingsInWeek keeps the settings; their week is the learner's, as
// storage does it: when an active plan is planned within another week,
// every active plan is re-fitted within it, by ID, and the settings are
// kept only when all were.
func (f *fakeData) SaveSettingsInWeek(_ context.Context, s planner.Settings, today catalog.Date) (planner.WeekChange, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	change := planner.WeekChange{Week: s.Week()}
	if err := f.failing("SaveSettings"); err != nil {
		return planner.WeekChange{}, err
	}
	if f.inOtherWeek(0, s.Week(), today) {
		var err error
		if change.Refitted, err = f.refitWithin(0, planner.Input{}.InWeek(s.Week()), today); err != nil {
			return planner.WeekChange{}, err
		}
	}
	f.settings = s
	return change, nil
}

// OutsideWeek is the settings' week and the active plans not planned
// within it, as storage gives them.
func (f *fakeData) OutsideWeek(_ context.Context, today catalog.Date) (planner.LearnerWeek, []planner.StudyPlan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var plans []planner.StudyPlan
	for _, p := range f.plans {
		p = clonePlan(p)
		p.Archived = f.archived[p.ID]
		plans = append(plans, p)
	}
	week := f.settings.Week()
	return week, planner.OutsideWeek(plans, week, today), f.failing("OutsideWeek")
}

// RefitToWeek re-fits every active plan within the settings' week, by ID,
// when one is planned within another, as storage does it.
func (f *fakeData) RefitToWeek(_ context.Context, today catalog.Date) (planner.WeekChange, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	change := planner.WeekChange{Week: f.settings.Week()}
	if err := f.failing("RefitToWeek"); err != nil {
		return change, err
	}
	if !f.inOtherWeek(0, change.Week, today) {
		return change, nil
	}
	var err error
	change.Refitted, err = f.refitWithin(0, planner.Input{}.InWeek(change.Week), today)
	return change, err
}
