package planner_test

import (
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// The fixes of a plan that does not fit (the earliest exam date, the hours
// a week) are offered to a learner who has other active plans: applied
// around the hours those plans already take (Input.Taken), each must fit.

// sharedWeek returns SAA-C03 for 2026-12-20 at hours, built around a
// DVA-C03 plan for 2027-03-31 that was itself built around SAA-C03's first
// schedule: the learner's two plans of QA finding 2.
func sharedWeek(t *testing.T, hours planner.Weekdays) (planner.Input, planner.Plan) {
	t.Helper()
	start := day("2026-12-02")
	saa := planner.Input{Exam: "SAA-C03", Start: start, ExamDate: day("2026-12-20"), Hours: hours}
	dva := planner.Input{Exam: "DVA-C03", Start: start, ExamDate: day("2027-03-31"), Hours: hours}
	dva.Taken = planner.TakenBy([]planner.Plan{mustBuild(t, saa)}, start)
	saa.Taken = planner.TakenBy([]planner.Plan{mustBuild(t, dva)}, start)
	saa.ExamDate = day("2027-02-02") // the date SAA-C03 alone would fit by
	p := mustBuild(t, saa)
	if p.Feasible {
		t.Fatalf("the fixture fits at %v around the other plan: it should not", hours)
	}
	return saa, p
}

// TestFixesFitAroundOtherPlans: moving the exam to the earliest date, or
// studying the hours that fit, makes a plan that shares the week fit.
func TestFixesFitAroundOtherPlans(t *testing.T) {
	for _, hours := range []planner.Weekdays{planner.Even(10), {2, 2, 2, 2, 2, 4, 0}, planner.Even(5)} {
		in, p := sharedWeek(t, hours)
		at := in
		at.ExamDate = p.EarliestExam
		if q := mustBuild(t, at); p.EarliestExam.IsZero() || !q.Feasible {
			t.Errorf("%v: the exam moved to the earliest date %q is %s h short", hours, p.EarliestExam, planner.FormatHours(q.ShortfallHours))
		}
		more := in
		more.Hours = p.FitWeekdays
		if q := mustBuild(t, more); p.FitWeekdays.Total() == 0 || !q.Feasible {
			t.Errorf("%v: the hours that fit, %v, are %s h short", hours, p.FitWeekdays, planner.FormatHours(q.ShortfallHours))
		}
	}
}

// TestHoursPerWeekNeededAroundOtherPlansIsTight: the hours a week a plan
// that shares the week needs fit, and half an hour less does not: the
// other plans' hours make the need no larger than it is.
func TestHoursPerWeekNeededAroundOtherPlansIsTight(t *testing.T) {
	in, p := sharedWeek(t, planner.Even(10))
	need := p.HoursPerWeekNeeded
	at := func(perWeek float64) planner.Plan {
		q := in
		q.Hours = planner.Even(perWeek)
		return mustBuild(t, q)
	}
	if need == 0 || !at(need).Feasible {
		t.Fatalf("%s h a week needed, which do not fit", planner.FormatHours(need))
	}
	if at(need - 0.5).Feasible {
		t.Errorf("%s h a week needed, yet %s fit", planner.FormatHours(need), planner.FormatHours(need-0.5))
	}
}

// TestFixesFitAroundGeneratedPlans: the same for generated plans that do
// not fit, built around another generated plan's sessions.
func TestFixesFitAroundGeneratedPlans(t *testing.T) {
	g := newGenerator(t, 11)
	for x := range g.plansWhere(cases()/3, shortBeforeItsExam) {
		in := g.around(x.in)
		p := mustBuild(t, in)
		checkFix(t, x, "the earliest date", p.EarliestExam != 0, func(q *planner.Input) { q.ExamDate = p.EarliestExam }, in)
		checkFix(t, x, "the hours that fit", p.FitWeekdays.Total() > 0, func(q *planner.Input) { q.Hours = p.FitWeekdays }, in)
	}
}

// checkFix fails when a fix the plan offers (offered) does not fit once applied to in.
func checkFix(t *testing.T, x planCase, what string, offered bool, apply func(*planner.Input), in planner.Input) {
	t.Helper()
	if !offered {
		return
	}
	apply(&in)
	if q := mustBuild(t, in); !q.Feasible {
		t.Fatalf("%s: %s (exam %s, hours %v) around another plan is %s h short", describe(x.in, x.country), what,
			in.ExamDate, in.Hours, planner.FormatHours(q.ShortfallHours))
	}
}

// otherPlan is another generated input moved to start on start, as a
// second plan the learner made the same day.
func (g *generator) otherPlan(start catalog.Date) planner.Input {
	in, _ := g.input()
	if !in.ExamDate.IsZero() {
		in.ExamDate = start.AddDays(in.Start.DaysUntil(in.ExamDate))
	}
	in.Start, in.Today, in.Held, in.Progress = start, 0, nil, nil
	return in
}
