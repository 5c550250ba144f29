package planner

import (
	"cmp"
	"math"

	"certplan/catalog"
)

// The hours a week that fit are a week the learner applies: it becomes the
// week of every active plan, and they are all planned again within it in
// their priority order, each around the ones before it. The plans ahead of
// a plan may then take more of each day than they took before (a plan that
// had too few hours takes the new ones too), so hours that fit around the
// others' sessions as they are need not fit once applied. SharedWeek tries
// each week offered against the plans ahead as they would be planned in it.

// SharedWeek is the learner's week as a plan shares it: the active plans
// whose exam is still to come that take their hours before it, in
// priority order.
type SharedWeek struct {
	Ahead []SharedPlan
}

// SharedPlan is one plan ahead: the input it is planned again with (its
// progress, today and readiness given; its week is the one tried) and its
// schedule as stored.
type SharedPlan struct {
	Input Input
	Plan  Plan
}

// Fix returns now, plan prev made again with input in around the other
// plans' sessions as they are, with fixes of the hours a week (FitWeekdays,
// HoursPerWeekNeeded) that fit once applied to the shared week: with the
// plans ahead planned again within the hours offered, plan prev planned
// around them within those hours fits. A fix that no week within the day
// limit makes fit is dropped (zero). now is returned as it is when it fits
// or no plan is ahead: the plans after it are planned around it. prev is
// the zero Plan for a plan still to be made (a preview).
func (s SharedWeek) Fix(c *catalog.Catalog, in Input, prev, now Plan) Plan {
	if now.Feasible || len(s.Ahead) == 0 {
		return now
	}
	if now.FitWeekdays.Total() > 0 {
		limit := DayLimit(in.Hours)
		now.FitWeekdays = s.first(c, in, prev, now.FitWeekdays.Total(), 7*limit, func(perWeek float64) Weekdays {
			return SpreadHours(in.Hours, perWeek)
		})
	}
	if now.HoursPerWeekNeeded > 0 {
		pattern := in.Hours
		if pattern.Total() == 0 {
			pattern = Even(5)
		}
		most := MaxHoursPerDay * pattern.Total() / maxDay(pattern)
		at := func(perWeek float64) Weekdays { return scale(pattern, perWeek/pattern.Total()) }
		now.HoursPerWeekNeeded = s.first(c, in, prev, now.HoursPerWeekNeeded, most, at).Total()
	}
	return now
}

// first is the week at(perWeek) for the fewest perWeek from from to most,
// in half hours, in which the plan fits in the shared week (FitsIn); the
// zero week when none does.
func (s SharedWeek) first(c *catalog.Catalog, in Input, prev Plan, from, most float64, at func(float64) Weekdays) Weekdays {
	for perWeek := math.Ceil(from*2) / 2; perWeek <= most+1e-9; perWeek += 0.5 {
		if w := at(perWeek); w.Total() > 0 && s.FitsIn(c, in, prev, w) {
			return w
		}
	}
	return Weekdays{}
}

// FitsIn reports whether plan prev, planned again with input in within
// the hours of week hours, fits once the plans ahead are planned again
// within them, in their order, each around the ones before it, as applying
// a week does.
func (s SharedWeek) FitsIn(c *catalog.Catalog, in Input, prev Plan, hours Weekdays) bool {
	week := LearnerWeek{Hours: hours, Country: in.Country}
	today := cmp.Or(in.Today, in.Start)
	var fitted []Plan
	for _, a := range s.Ahead {
		ain := a.Input.InWeek(week)
		ain.Today, ain.Taken = today, TakenBy(fitted, today)
		next, err := Rebalance(c, ain, a.Plan)
		if err != nil {
			return false
		}
		fitted = append(fitted, next)
	}
	tin := in.InWeek(week)
	tin.Taken = TakenBy(fitted, today)
	if len(prev.Topics) == 0 { // a plan still to be made
		p, err := Build(c, tin)
		return err == nil && p.Feasible
	}
	p, err := Rebalance(c, tin, prev)
	return err == nil && p.Feasible
}
