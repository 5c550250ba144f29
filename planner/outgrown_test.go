package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestOutgrownIsWorkLeftBeyondTheTimeLeft: a standing has outgrown its
// plan when the work left needs more than the study time left, beyond the
// tolerance, and not otherwise.
func TestOutgrownIsWorkLeftBeyondTheTimeLeft(t *testing.T) {
	cases := []struct {
		name       string
		total      float64
		done, left float64
		want       bool
	}{
		{"work less than the time", 86.83, 0, 87, false},
		{"within the tolerance", 10, 0, 10 - planner.Tolerance, false},
		{"beyond the tolerance", 10, 0, 9.5, true},
		{"done work counts", 90, 31, 60, false},
	}
	for _, c := range cases {
		s := planner.Standing{TotalHours: c.total, DoneHours: c.done, TimeLeftHours: c.left}
		if got := s.Outgrown(); got != c.want {
			t.Errorf("%s: Outgrown() = %v, want %v", c.name, got, c.want)
		}
	}
}
