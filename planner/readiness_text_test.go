package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestReadinessOverallText: the overall estimate reads rounded against the
// target, "below" it until ready and "at or above" it from then on.
func TestReadinessOverallText(t *testing.T) {
	for _, c := range []struct {
		name string
		r    planner.Readiness
		want string
	}{
		{"below target", planner.Readiness{Overall: 72.4, Target: 80}, "about 72 %, below your 80 % target"},
		{"at target", planner.Readiness{Overall: 80, Target: 80, Ready: true}, "about 80 %, at or above your 80 % target"},
		{"above target", planner.Readiness{Overall: 91.6, Target: 75, Ready: true}, "about 92 %, at or above your 75 % target"},
	} {
		if got := c.r.OverallText(); got != c.want {
			t.Errorf("%s: OverallText() = %q, want %q", c.name, got, c.want)
		}
	}
}
