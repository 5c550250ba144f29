package planner_test

import (
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// TestRebalanceRefusesADayOnOrAfterTheExam: there is no day left to plan
// on or after the exam (QA: replan --today 2099-01-01 saved a plan with
// nothing in it); the day before is still planned.
func TestRebalanceRefusesADayOnOrAfterTheExam(t *testing.T) {
	c := catalogtest.Load(t)
	prev := mustBuild(t, saa())
	for _, today := range []string{"2027-03-01", "2027-06-01", "2099-01-01"} {
		in := saa()
		in.Today = day(today)
		_, err := planner.Rebalance(c, in, prev)
		if err == nil || !strings.Contains(err.Error(), "give a day before the exam") {
			t.Errorf("re-plan on %s: error %v, want one saying to give a day before the exam", today, err)
		}
		if !planner.ExamPassed(prev, in.Today) {
			t.Errorf("ExamPassed on %s of an exam on %s is false", today, prev.ExamDate)
		}
	}
	in := saa()
	in.Today = prev.ExamDate.AddDays(-1)
	if _, err := planner.Rebalance(c, in, prev); err != nil {
		t.Errorf("re-plan on the day before the exam: %v", err)
	}
	if planner.ExamPassed(prev, in.Today) {
		t.Error("ExamPassed the day before the exam is true")
	}
}
