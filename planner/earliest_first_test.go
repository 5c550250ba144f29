package planner_test

import (
	"reflect"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// The earliest exam date a plan names is the first day that fits with the
// same inputs: the work fits by it, and by no day before it. Neither
// flattering (a date that does not fit) nor understating (a later date
// than one that fits).

// daysBeforeChecked bounds how many days before a named earliest date the
// properties below build a plan for: the fit is not monotone in the exam
// date in general (the review and final week change shape with the
// plan's length), so every one of them is checked, not only the day before.
const daysBeforeChecked = 14

// TestEarliestDateOfQAsPlanIsTheFirstThatFits is QA's finding: SAA-C03 at
// 10 h a week from 2026-12-02 for 2027-01-20 named 2027-02-03, yet
// 2027-02-02 fitted. Both dates were right, each for its own first day:
// planned from 2026-12-02 the first date that fits is 2027-02-02, and
// planned a day later (a run without --today, on 2026-12-03) it is
// 2027-02-03, as the Wednesday's two hours are gone and 2027-02-02 is short.
func TestEarliestDateOfQAsPlanIsTheFirstThatFits(t *testing.T) {
	in := planner.Input{Exam: "SAA-C03", Start: day("2026-12-02"), ExamDate: day("2027-01-20"), Hours: planner.Even(10)}
	p := mustBuild(t, in)
	if p.Feasible || p.EarliestExam.IsZero() {
		t.Fatalf("fits %v, earliest %q: the fixture should not fit by its exam and name a date", p.Feasible, p.EarliestExam)
	}
	checkFirstFit(t, "QA's plan", in, p.EarliestExam, buildAt(t, in))
	dayLater := in
	dayLater.Today = in.Start.AddDays(1)
	q := mustBuild(t, dayLater)
	checkFirstFit(t, "QA's plan a day later", dayLater, q.EarliestExam, buildAt(t, dayLater))
	if q.EarliestExam.Before(p.EarliestExam) {
		t.Errorf("planned a day later the earliest date is %s, before %s", q.EarliestExam, p.EarliestExam)
	}
}

// TestNoDayBeforeTheEarliestDateFits: for generated plans, alone and
// around another plan's sessions, the earliest date fits and none of the
// days before it does.
func TestNoDayBeforeTheEarliestDateFits(t *testing.T) {
	g := newGenerator(t, 21)
	for x := range g.plans(cases() / 4) {
		for _, in := range []planner.Input{x.in, g.around(x.in)} {
			p := mustBuild(t, in)
			if p.RequiredHours > 0 {
				checkFirstFit(t, describe(in, x.country), in, p.EarliestExam, buildAt(t, in))
			}
		}
	}
}

// TestNoDayBeforeTheEarliestRebalancedDateFits: the same for a plan
// re-planned from a later day (what the desktop and `certplan show` offer
// as the fix of a saved plan), with the re-plan moved to each earlier day.
// A plan the learner is on track with comes back as it was, with the
// dates it was planned with, and claims nothing about today.
func TestNoDayBeforeTheEarliestRebalancedDateFits(t *testing.T) {
	g := newGenerator(t, 22)
	for rc := range g.rebalanceCases(cases() / 4) {
		in := rc.in
		if in.Progress = rc.onTrack; g.r.IntN(2) == 0 {
			in.Progress = drift(g, rc.prev, rc.onTrack)
		}
		p := rc.mustRebalance(t, in)
		if p.RequiredHours > 0 && !reflect.DeepEqual(p, rc.prev) {
			at := func(d catalog.Date) planner.Plan { moved := in; moved.ExamDate = d; return rc.mustRebalance(t, moved) }
			checkFirstFit(t, describe(in, rc.country), in, p.EarliestExam, at)
		}
	}
}

// buildAt builds in with its exam moved to a day.
func buildAt(t *testing.T, in planner.Input) func(catalog.Date) planner.Plan {
	return func(d catalog.Date) planner.Plan {
		in.ExamDate = d
		return mustBuild(t, in)
	}
}

// checkFirstFit fails when the plan at earliest (built by at) does not
// fit, or is no day the learner can sit the exam (planner.ExamDayWhy), or
// when a plan at one of the daysBeforeChecked days before it, after the
// first study day, on which the learner can sit the exam, does. A zero
// earliest date claims nothing.
func checkFirstFit(t *testing.T, what string, in planner.Input, earliest catalog.Date, at func(catalog.Date) planner.Plan) {
	t.Helper()
	if earliest.IsZero() {
		return
	}
	e, _ := catalogtest.Load(t).Exam(in.Exam)
	if why := planner.ExamDayWhy(e, in, earliest); why != "" {
		t.Fatalf("%s: the earliest exam date %s is no exam day: %s", what, earliest, why)
	}
	if p := at(earliest); !p.Feasible {
		t.Fatalf("%s: the earliest exam date %s does not fit (%s h short)", what, earliest, planner.FormatHours(p.ShortfallHours))
	}
	for d := earliest.AddDays(-1); d.After(firstDay(in)) && d.DaysUntil(earliest) <= daysBeforeChecked; d = d.AddDays(-1) {
		if planner.ExamDayWhy(e, in, d) == "" && at(d).Feasible {
			t.Fatalf("%s: the earliest exam date is %s, yet %s fits", what, earliest, d)
		}
	}
}
