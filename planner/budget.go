package planner

import (
	"fmt"
	"math"

	"certplan/catalog"
)

// One weekly budget: a learner with several active plans has one week of
// study hours, not one per plan. A plan is built around the sessions the
// others already hold (Input.Taken), so together they never put more on a
// day than the learner's hours for it.

// TakenBy adds up, per day from from on, the hours the plans' sessions put
// on it: what a new or re-planned plan must leave alone. Sessions are whole
// minutes written to two decimals (85 minutes as 1.42 h), so each is read
// back as its whole minutes before adding.
func TakenBy(plans []Plan, from catalog.Date) map[catalog.Date]float64 {
	out := map[catalog.Date]float64{}
	for _, p := range plans {
		for _, w := range p.Weeks {
			for _, s := range w.Sessions {
				if !s.Date.Before(from) {
					out[s.Date] += math.Round(s.Hours*60) / 60
				}
			}
		}
	}
	return out
}

// Commitment is the share of the learner's week an active plan takes from
// today on: its hours a week on average until its last study day.
type Commitment struct {
	Exam         string
	HoursPerWeek float64
	From         catalog.Date // the plan's first study day from today on
	Until        catalog.Date // the plan's last study day
}

// CommitmentOf is plan p's share of the week from today on; zero hours
// when it has no session left.
func CommitmentOf(p Plan, today catalog.Date) Commitment {
	c := Commitment{Exam: p.Exam}
	total := 0.0
	first := catalog.Date(0)
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Date.Before(today) || s.Hours <= 0 {
				continue
			}
			if first.IsZero() {
				first = s.Date
			}
			total += s.Hours
			c.Until = max(c.Until, s.Date)
		}
	}
	if total == 0 {
		return c
	}
	c.From = first
	weeks := math.Ceil(float64(first.WeekStart().DaysUntil(c.Until.WeekStart())+7) / 7)
	c.HoursPerWeek = math.Round(total/weeks*4) / 4
	return c
}

// String says it in the learner's words: "4 h a week already go to DVA-C03
// until 2027-03-01".
func (c Commitment) String() string {
	return fmt.Sprintf("%s h a week already go to %s until %s", FormatHours(c.HoursPerWeek), c.Exam, c.Until)
}

// FitsBeside reports whether Rebalance may leave prev as it is for in
// although the other plans' hours (in.Taken) changed its frame: the
// learner is on track with it, topic by topic, and from in.Today on its
// sessions and the others' together stay within in.Hours on every day.
// Re-placing work that is still well placed in what the others leave can
// only lose: the others were fitted around prev, so what they leave holds
// prev exactly, while a fresh placement in those fragments may not.
func FitsBeside(prev Plan, in Input) bool {
	if StandingOf(prev, in.Progress, in.Today).State != OnTrack || !matchesTopics(prev, in.Progress, in.Today) {
		return false
	}
	for d, h := range TakenBy([]Plan{prev}, in.Today) {
		if hoursToMinutes(h+in.Taken[d]) > hoursToMinutes(in.Hours[d.MondayIndex()]) {
			return false
		}
	}
	return true
}

// PriorityText says which of two plans that share the learner's week has
// priority, for the plan the budget was asked about: "4 h a week go to
// DVA-C03 until 2027-03-01, which has priority: this plan takes what it
// leaves" or "…: this plan has priority, and it is planned around it".
func (s PlanShare) PriorityText() string {
	week := fmt.Sprintf("%s h a week go to %s until %s", FormatHours(s.HoursPerWeek), s.Exam, s.Until)
	if s.First {
		return week + ", which has priority: this plan takes only the hours it leaves"
	}
	return week + ": this plan has priority, and " + s.Exam + " takes only the hours it leaves"
}

// Sharing is the shares of the plans whose study, from their first day to
// their last from today on, falls between from and until: the plans that
// take part of those days' hours.
func (b WeekBudget) Sharing(from, until catalog.Date) []PlanShare {
	var out []PlanShare
	for _, s := range b.Shares {
		if !s.From.After(until) && !s.Until.Before(from) {
			out = append(out, s)
		}
	}
	return out
}

// SharingPlan is the shares of the plans that take part of plan p's days
// from today to its last week's end: the plans it competes with for the
// learner's hours.
func (b WeekBudget) SharingPlan(p Plan, today catalog.Date) []PlanShare {
	if len(p.Weeks) == 0 {
		return nil
	}
	return b.Sharing(today, p.Weeks[len(p.Weeks)-1].End)
}
