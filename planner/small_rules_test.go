package planner_test

import (
	"strings"
	"testing"

	"certplan/planner"
)

// TestLearnerWeekCheck: a week with no study hours is refused in one line
// saying what to change, a day over the limit names its day, and a week
// with any hours passes.
func TestLearnerWeekCheck(t *testing.T) {
	if err := (planner.LearnerWeek{}).Check(); err == nil || !strings.Contains(err.Error(), "give at least one day some hours") {
		t.Errorf("a week of 0 h: %v, want it refused with what to change", err)
	}
	over := planner.LearnerWeek{Hours: planner.Weekdays{5: planner.MaxHoursPerDay + 1}}
	if err := over.Check(); err == nil || !strings.Contains(err.Error(), planner.DayName(5)) {
		t.Errorf("a Saturday over the limit: %v, want it refused naming %s", err, planner.DayName(5))
	}
	if err := (planner.LearnerWeek{Hours: planner.Weekdays{6: 0.25}}).Check(); err != nil {
		t.Errorf("a week of a quarter hour on Sunday is refused: %v", err)
	}
	if got := planner.DayName(0); got != "Monday" {
		t.Errorf("day 0 is %q, want Monday", got)
	}
}

// TestBackupCountsSayWhatIsLost: a backup lacks what it holds fewer of
// than the data, and the work since it counts ticks and practice results
// in words, nothing when there was none.
func TestBackupCountsSayWhatIsLost(t *testing.T) {
	now := planner.Contents{Plans: 2, Attempts: 1, Certifications: 1}
	for _, c := range []struct {
		backup planner.Contents
		lacks  bool
	}{
		{now, false},
		{planner.Contents{Plans: 3, Attempts: 1, Certifications: 1}, false},
		{planner.Contents{Plans: 2, Attempts: 0, Certifications: 1}, true},
		{planner.Contents{Plans: 2, Attempts: 1}, true},
	} {
		if got := c.backup.Lacks(now); got != c.lacks {
			t.Errorf("%v over %v: lacks %v, want %v", c.backup, now, got, c.lacks)
		}
	}
	for _, c := range []struct {
		w    planner.WorkSince
		want string
	}{
		{planner.WorkSince{}, ""},
		{planner.WorkSince{Ticks: 1}, "1 tick"},
		{planner.WorkSince{Ticks: 3, Scores: 1}, "3 ticks and 1 practice result"},
		{planner.WorkSince{Scores: 2}, "2 practice results"},
	} {
		if got := c.w.String(); got != c.want {
			t.Errorf("%+v says %q, want %q", c.w, got, c.want)
		}
		if c.w.IsZero() != (c.want == "") {
			t.Errorf("%+v: IsZero %v", c.w, c.w.IsZero())
		}
	}
}

// TestPassedTextSaysThePlanIsDone: the one wording of a passed plan names
// its pass day and says nothing is left to study.
func TestPassedTextSaysThePlanIsDone(t *testing.T) {
	got := planner.PassedText("3 Dec 2026")
	for _, want := range []string{"Passed on 3 Dec 2026", "this plan is done", "nothing left to study"} {
		if !strings.Contains(got, want) {
			t.Errorf("PassedText = %q, lacks %q", got, want)
		}
	}
}
