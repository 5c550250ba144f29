package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestFitsBeside: a plan brought back beside a plan fitted around it still
// fits there, as it is; not when the others' hours and its own together
// overfill a day, nor when the learner is behind it.
func TestFitsBeside(t *testing.T) {
	start := day("2026-12-02")
	saa := planner.Input{Exam: "SAA-C03", Start: start, Today: start, ExamDate: day("2027-02-10"), Hours: planner.Even(10)}
	aif := planner.Input{Exam: "AIF-C01", Start: start, ExamDate: day("2027-04-01"), Hours: planner.Even(10)}
	prev := mustBuild(t, saa)
	aif.Taken = planner.TakenBy([]planner.Plan{prev}, start)
	beside := saa
	beside.Taken = planner.TakenBy([]planner.Plan{mustBuild(t, aif)}, start)
	if !planner.FitsBeside(prev, beside) {
		t.Error("the plan does not fit beside the plan fitted around it")
	}
	twice := saa
	twice.Taken = planner.TakenBy([]planner.Plan{prev}, start)
	if planner.FitsBeside(prev, twice) {
		t.Error("the plan fits beside a copy of itself: its days would hold twice its hours")
	}
	behind := beside
	behind.Today = start.AddDays(14)
	if planner.FitsBeside(prev, behind) {
		t.Error("two weeks on with nothing done, the plan is kept as it is")
	}
}
