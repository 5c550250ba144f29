package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestContentsSaysWhatACopyHolds: one wording of what a copy of the data
// holds, singular for one, for the command line and the desktop alike.
func TestContentsSaysWhatACopyHolds(t *testing.T) {
	cases := map[planner.Contents]string{
		{}: "0 plans, 0 exam attempts, 0 certifications",
		{Plans: 1, Attempts: 2, Certifications: 1}: "1 plan, 2 exam attempts, 1 certification",
	}
	for c, want := range cases {
		if got := c.String(); got != want {
			t.Errorf("%+v says %q, want %q", c, got, want)
		}
	}
}
