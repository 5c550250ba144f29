package ui

import (
	"context"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestReadinessSaysHowItIsEstimated (QA #12): where readiness figures are
// shown, under the readiness on the Progress screen and in the rebalance
// dialog that moves time by them, one line says how they are estimated,
// so figures other than those entered do not go unexplained.
func TestReadinessSaysHowItIsEstimated(t *testing.T) {
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	svc := backends["storage"](t, clk)
	mustCreatePlan(t, svc, planner.Input{Exam: "CLF-C02", Start: clk.day, Hours: planner.Even(10), Today: clk.day})
	app := startAppWith(t, svc, clk)
	if _, err := svc.Scores.AddScore(context.Background(), app.planID,
		planner.Score{Date: clk.day, Overall: 40, Domains: map[int]float64{1: 30}}); err != nil {
		t.Fatal(err)
	}
	v := showScreen[*progressScreen](t, app, ScreenProgress).scores
	wantContains(t, "readiness", v.summary.Text, "Readiness about", readinessNote)

	clk.day = clk.day.AddDays(14)
	plan := showScreen[*planScreen](t, app, ScreenPlan)
	plan.onRebalance()
	app.tasks.wait()
	got := topDialogText(app)
	wantContains(t, "rebalance dialog", got, "target", readinessNote)
}
