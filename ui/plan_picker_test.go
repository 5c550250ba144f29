package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

// wantPlanLabels fails unless the sidebar's picker lists want, has the
// first selected, and the Plans menu names the plans the same way.
func wantPlanLabels(t *testing.T, app *App, want ...string) {
	t.Helper()
	if got := app.nav.plans.Options; !slices.Equal(got, want) {
		t.Fatalf("plan picker = %q, want %q", got, want)
	}
	if got := app.nav.plans.Selected; got != want[0] {
		t.Errorf("plan picker shows %q, want %q", got, want[0])
	}
	menu := app.win.MainMenu().Items[2]
	for i, w := range want {
		if got := menu.Items[i].Label; got != w {
			t.Errorf("Plans menu item %d = %q, want %q", i, got, w)
		}
	}
}

// TestMovedExamDateShowsInPickerAndMenu (QA #6): after "Change dates and
// hours" moves the exam, the sidebar's picker and the Plans menu name the
// plan by its new date at once, and an archived plan stays out of both.
func TestMovedExamDateShowsInPickerAndMenu(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	archived := newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-09-30")
	f.archived[archived.ID] = true
	app, _ := startApp(t, f, "2026-03-02")
	plan := app.screens[ScreenPlan].(*planScreen)
	wantPlanLabels(t, app, "CLF-C02 · 2026-05-29")

	test.Tap(plan.fit.change)
	dialogDate(t, app).SetText("2026-06-26")
	test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Re-plan"))
	app.tasks.wait()
	if got := plan.plan.Schedule.ExamDate.String(); got != "2026-06-26" {
		t.Fatalf("the plan's exam is on %s after the change, want 2026-06-26", got)
	}
	wantPlanLabels(t, app, "CLF-C02 · 2026-06-26")
}
