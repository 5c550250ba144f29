package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// TestOneWeekForAllPlans (QA #10), on the fake and on SQLite: set-up starts
// from the learner's week and says nothing of changing it; other hours say,
// before Create, that they change the week for the other plan, and Create
// re-fits it within them. "Change dates and hours" to other hours says the
// new week after the edit, and the other plan takes it.
func TestOneWeekForAllPlans(t *testing.T) { onEachBackend(t, "2026-12-02", oneWeekForAllPlans) }

func oneWeekForAllPlans(t *testing.T, clk *clock, svc Services) {
	mustCreatePlan(t, svc, planner.Input{Exam: "SAA-C03", Start: clk.day, Hours: planner.Even(8), Country: "DE", Experience: planner.Some})
	app := startAppWith(t, svc, clk)
	app.planExam("DVA-C03")
	app.tasks.wait()
	setup := app.screens[ScreenSetup].(*setupScreen)
	if strings.Contains(setup.preview.shared.Text, "changes your week") {
		t.Errorf("set-up within the learner's week says it changes it: %q", setup.preview.shared.Text)
	}
	setup.hours.set(planner.Even(6))
	setup.onEdited()
	app.tasks.wait()
	wantContains(t, "set-up preview", setup.preview.shared.Text, "Creating this plan changes your week for 1 other plan")
	test.Tap(setup.create)
	app.tasks.wait()
	wantWeekOfAll(t, svc, planner.LearnerWeek{Hours: planner.Even(6), Country: "DE"})

	closeDialogs(app)
	form, monday := openChangeForm(t, app)
	monday.SetText("3")
	test.Tap(findButton(t, form, "Re-plan"))
	app.tasks.wait()
	wantContains(t, "after the edit", topDialogText(app), "Your week is now 7:48 h (Mon 3 h, Tue–Fri 1:12 h), holidays of DE, for all your plans")
	wantWeekOfAll(t, svc, planner.LearnerWeek{Hours: planner.Weekdays{3, 1.2, 1.2, 1.2, 1.2}, Country: "DE"})
}

// wantWeekOfAll fails unless every stored plan, and the settings, have week.
func wantWeekOfAll(t *testing.T, svc Services, week planner.LearnerWeek) {
	t.Helper()
	list, err := svc.Plans.Plans(t.Context())
	if err != nil || len(list) != 2 {
		t.Fatalf("%d plans stored (%v), want 2", len(list), err)
	}
	for _, s := range list {
		if p, err := svc.Plans.Plan(t.Context(), s.ID); err != nil || p.Input.Week() != week {
			t.Errorf("%s is planned within %v (%v), want %v", s.Exam, p.Input.Week(), err, week)
		}
	}
	if st, _, err := svc.Settings.Settings(t.Context()); err != nil || st.Week() != week {
		t.Errorf("settings' week = %v (%v), want %v", st.Week(), err, week)
	}
}
