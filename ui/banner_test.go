package ui

import (
	"strings"
	"testing"

	"certplan/planner"
)

// TestBannerOfAPlanShortWhenPlannedGivesNoContradiction: a plan that does
// not fit although its work left is less than its study time left (its
// days hold the work only in pieces under a quarter hour) says that some
// work has no place, not "86:50 h of work left, 87 h of study time left";
// a plan whose work has outgrown its time gives the two figures.
func TestBannerOfAPlanShortWhenPlannedGivesNoContradiction(t *testing.T) {
	short := planner.Standing{State: planner.DoesNotFit, TotalHours: 86.83, TimeLeftHours: 87}
	got := bannerText(short)
	wantContains(t, "banner", got, "does not fit", "no place in its days")
	if strings.Contains(got, "study time left") {
		t.Errorf("banner %q sets 86:50 h of work against 87 h of time as if it did not fit", got)
	}
	outgrown := planner.Standing{State: planner.DoesNotFit, TotalHours: 90, DoneHours: 2, TimeLeftHours: 60}
	wantContains(t, "banner", bannerText(outgrown), "88 h of work left, 60 h of study time left", "Move the exam or add hours")
	if got := bannerText(outgrown); strings.Contains(got, "Rebalance") {
		t.Errorf("a plan that never fitted holds what fits already, yet its banner advises a rebalance: %q", got)
	}
	outgrown.Fitted = true
	wantContains(t, "banner", bannerText(outgrown), "88 h of work left", "Rebalance, move the exam or add hours")
}
