package planner_test

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestLessRoomNeverGivesAnEarlierDate: the hours another plan takes only
// take room away, so the earliest exam date around them is never before
// the earliest date alone.
func TestLessRoomNeverGivesAnEarlierDate(t *testing.T) {
	g := newGenerator(t, 12)
	for x := range g.plans(cases()) {
		if x.p.EarliestExam.IsZero() || x.p.RequiredHours == 0 {
			continue
		}
		in := g.around(x.in)
		if p := mustBuild(t, in); !p.EarliestExam.IsZero() && p.EarliestExam.Before(x.p.EarliestExam) {
			t.Fatalf("%s: around another plan the earliest date is %s, before %s alone", describe(x.in, x.country), p.EarliestExam, x.p.EarliestExam)
		}
	}
}

// TestNoFitMeansNoEarlierDate: a plan that does not fit by its exam date
// never names an earliest date on or before it; one that fits names one
// (when the learner can sit the exam on its date).
// The first case is QA's: SAA-C03 built around a plan that was fitted
// around it used to be short by its exam, yet fit by the day before.
func TestNoFitMeansNoEarlierDate(t *testing.T) {
	start := day("2026-12-02")
	saa := planner.Input{Exam: "SAA-C03", Start: start, ExamDate: day("2027-02-10"), Hours: planner.Even(10)}
	aif := planner.Input{Exam: "AIF-C01", Start: start, ExamDate: day("2027-04-01"), Hours: planner.Even(10)}
	aif.Taken = planner.TakenBy([]planner.Plan{mustBuild(t, saa)}, start)
	saa.Taken = planner.TakenBy([]planner.Plan{mustBuild(t, aif)}, start)
	checkNoEarlierDate(t, planCase{in: saa}, saa)
	g := newGenerator(t, 13)
	for x := range g.plansWhere(cases(), func(x planCase) bool { return !x.in.ExamDate.IsZero() }) {
		for _, in := range []planner.Input{x.in, g.around(x.in)} {
			checkNoEarlierDate(t, x, in)
		}
	}
}

// checkNoEarlierDate fails when the plan built from in fits by its exam
// date and names no earliest date by then, or the other way round.
func checkNoEarlierDate(t *testing.T, x planCase, in planner.Input) {
	t.Helper()
	p := mustBuild(t, in)
	earliest := max(p.EarliestExam, p.FitsAfterLastDay) // the one set, past a last day or not
	early := !earliest.IsZero() && !earliest.After(p.ExamDate)
	e, _ := catalogtest.Load(t).Exam(in.Exam)
	if p.Feasible && !early && planner.ExamDayWhy(e, in, p.ExamDate) != "" {
		return // the earliest date is an exam day: none may come by a day the exam cannot be sat
	}
	if p.Feasible != early && p.RequiredHours > 0 {
		t.Fatalf("%s (taken %v): fits %v by %s, yet the earliest date is %s", describe(in, x.country), in.Taken != nil, p.Feasible, p.ExamDate, earliest)
	}
}

// around is in built around another generated plan's sessions.
func (g *generator) around(in planner.Input) planner.Input {
	in.Taken = planner.TakenBy([]planner.Plan{mustBuild(g.tb, g.otherPlan(in.Start))}, in.Start)
	return in
}
