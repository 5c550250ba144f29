package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

func TestDeletePlanAsksThenShowsWhatIsLeft(t *testing.T) {
	onEachBackend(t, "2026-11-23", func(t *testing.T, clk *clock, svc Services) {
		for _, code := range []string{"CLF-C02", "SAA-C03"} {
			in := planner.Input{Exam: code, Start: clk.day, Hours: planner.Even(10), Today: clk.day}
			mustCreatePlan(t, svc, in)
		}
		app := startAppWith(t, svc, clk)
		shown := app.planID

		app.onDeletePlan()
		test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "No"))
		app.tasks.wait()
		if len(app.plans) != 2 || app.planID != shown {
			t.Fatalf("No still deleted: %d plans, plan %d shown (was %d)", len(app.plans), app.planID, shown)
		}

		app.onDeletePlan()
		wantContains(t, "confirmation", topDialogText(app), "Delete the plan", "exam log and certifications stay")
		test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Yes"))
		app.tasks.wait()
		if len(app.plans) != 1 || app.planID == shown || app.planID == 0 {
			t.Fatalf("after deleting: %d plans, plan %d shown; want the other plan", len(app.plans), app.planID)
		}
		wantScreen(t, app, ScreenPlan)

		app.onDeletePlan()
		test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Yes"))
		app.tasks.wait()
		if len(app.plans) != 0 {
			t.Fatalf("%d plans left, want none", len(app.plans))
		}
		wantScreen(t, app, ScreenWelcome)
	})
}
