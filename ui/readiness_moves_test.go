package ui

import (
	"strings"
	"testing"

	"certplan/planner"
)

// TestReadinessOfAFreshPlanAdvisesNoRebalance (QA): on a plan with nothing
// studied yet, a result below target says the weak domains' study is
// still to come, not "Rebalance to move time to them" (the rebalance then
// moved nothing); a domain left empty reads as estimated from the overall
// scores, and the note says why estimates sit below the scores typed.
func TestReadinessOfAFreshPlanAdvisesNoRebalance(t *testing.T) {
	app, _ := startWithScore(t, 62, map[int]float64{1: 70, 2: 55, 3: 60})
	got := showScreen[*progressScreen](t, app, ScreenProgress).scores.summary.Text
	wantContains(t, "readiness", got, "their study is still to come; review is added once studied",
		"4. ", "about 51 % ("+planner.FromOverallText+")", "sits below the scores you typed")
	if strings.Contains(got, "Rebalance") {
		t.Errorf("readiness of a plan with nothing studied advises a rebalance that moves nothing:\n%s", got)
	}
	if n := strings.Count(got, "below the scores you typed"); n != 1 {
		t.Errorf("the shrinkage is explained %d times, want once:\n%s", n, got)
	}
}

// TestRebalanceThatMovedNothingAdvisesNoRebalance (QA): the dialog after a
// rebalance that moved nothing offers moving the exam or adding hours,
// never the Rebalance just done.
func TestRebalanceThatMovedNothingAdvisesNoRebalance(t *testing.T) {
	for name, s := range map[string]planner.Standing{
		"outgrown": {State: planner.DoesNotFit, TotalHours: 108.42, TimeLeftHours: 93},
		"short":    {State: planner.DoesNotFit, TotalHours: 86.83, TimeLeftHours: 87},
		"behind":   {State: planner.Behind, TotalHours: 80, DoneHours: 2, PlannedHours: 6, AheadHours: -4},
		"on track": {State: planner.OnTrack, TotalHours: 80, DoneHours: 6, PlannedHours: 6},
	} {
		got := nothingMovedText(s)
		if strings.Contains(got, "Rebalance") || !strings.HasPrefix(got, "Nothing needed to move") {
			t.Errorf("%s: %q", name, got)
		}
		if s.State == planner.DoesNotFit {
			wantContains(t, name, got, "Move the exam or add hours.")
		}
	}
}

// TestRebalanceDialogOfAPlanThatStillDoesNotFit (QA): rebalancing a plan
// whose work has outgrown its days, when nothing moves, says to move the
// exam or add hours, not to rebalance.
func TestRebalanceDialogOfAPlanThatStillDoesNotFit(t *testing.T) {
	f := newFakeData(testCatalog(t))
	p := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-03-13")
	if s := standingOf(p, p.Schedule.Start); !s.Outgrown() {
		t.Fatalf("the plan's standing %+v: want work left beyond its time left", s)
	}
	app, _ := startApp(t, f, "2026-03-02")
	showScreen[*planScreen](t, app, ScreenPlan).onRebalance()
	app.tasks.wait()
	got := topDialogText(app)
	wantContains(t, "rebalance dialog", got, "Nothing needed to move", "still does not fit", "Move the exam or add hours.")
	if strings.Contains(got, "Rebalance,") || strings.Contains(got, "Rebalance to") {
		t.Errorf("the rebalance dialog advises a rebalance:\n%s", got)
	}
}
