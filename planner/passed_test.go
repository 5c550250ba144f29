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

// TestEarliestReplanDay: a re-plan starts no earlier than the day the
// current version was planned from, or today when that is earlier, and
// never before the plan starts (QA: replan --today 2026-10-01 said it
// re-planned from that day while the plan still started on its first day).
func TestEarliestReplanDay(t *testing.T) {
	p := planner.Plan{Start: day("2026-12-02"), Today: day("2026-12-10")}
	cases := []struct {
		name        string
		plan        planner.Plan
		today, want string
	}{
		{"the version's day, today after it", p, "2026-12-20", "2026-12-10"},
		{"today, before a version planned from a later day", p, "2026-12-05", "2026-12-05"},
		{"the start, today before a plan that has not begun", p, "2026-11-01", "2026-12-02"},
		{"the start, a version with no day", planner.Plan{Start: day("2026-12-02")}, "2026-12-20", "2026-12-02"},
	}
	for _, c := range cases {
		if got := planner.EarliestReplanDay(c.plan, day(c.today)); got != day(c.want) {
			t.Errorf("%s: EarliestReplanDay on %s = %s, want %s", c.name, c.today, got, c.want)
		}
	}
}
