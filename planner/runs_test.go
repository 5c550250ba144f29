package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestWeekdayRunsJoinDaysWithTheSameHours: days in a row with the same hours
// are written once as a range, so the hours fix fits a small window and the
// learner's week reads in one line.
func TestWeekdayRunsJoinDaysWithTheSameHours(t *testing.T) {
	cases := []struct {
		name string
		week planner.Weekdays
		unit string
		want string
	}{
		{"four equal days then a shorter one", planner.Weekdays{1.75, 1.75, 1.75, 1.75, 1.5, 0, 0}, "", "Mon–Thu 1.75, Fri 1.5"},
		{"every day different", planner.Weekdays{1, 2, 3, 0, 0, 0, 0}, "", "Mon 1, Tue 2, Wed 3"},
		{"a free day splits a run", planner.Weekdays{2, 2, 0, 2, 2, 0, 0}, "", "Mon–Tue 2, Thu–Fri 2"},
		{"the whole week", planner.Weekdays{2, 2, 2, 2, 2, 2, 2}, "", "Mon–Sun 2"},
		{"only Sunday, with the unit", planner.Weekdays{0, 0, 0, 0, 0, 0, 3}, " h", "Sun 3 h"},
		{"no study day", planner.Weekdays{}, " h", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.week.Runs(c.unit); got != c.want {
				t.Fatalf("%v.Runs(%q) = %q, want %q", c.week, c.unit, got, c.want)
			}
		})
	}
}
