package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// TestPlansShareTheWeek, on the fake and on SQLite: set-up says which plan
// already takes part of the week and the new plan fits around it (never
// more on a day than the learner's hours); Progress shows both on one
// timeline with this week's hours; archiving frees the hours and Bring back
// returns the plan.
func TestPlansShareTheWeek(t *testing.T) { onEachBackend(t, "2026-11-23", plansShareTheWeek) }

func plansShareTheWeek(t *testing.T, clk *clock, svc Services) {
	ctx := t.Context()
	week := planner.Even(planner.DefaultWeekHours)
	if _, err := svc.Plans.CreatePlan(ctx, "", planner.Input{Exam: "SAA-C03", Start: clk.day, Hours: week, Experience: planner.Some}); err != nil {
		t.Fatal(err)
	}
	app := startAppWith(t, svc, clk)
	app.planExam("DVA-C03")
	app.tasks.wait()
	setup := app.screens[ScreenSetup].(*setupScreen)
	wantContains(t, "set-up preview", setup.preview.shared.Text, "Sharing your week: ", " h a week already go to SAA-C03 until ")
	test.Tap(setup.create)
	app.tasks.wait()

	stored := allStored(t, svc)
	if len(stored) != 2 {
		t.Fatalf("%d plans stored, want 2", len(stored))
	}
	wantNoOverbooking(t, stored, week)

	progress := showScreen[*progressScreen](t, app, ScreenProgress)
	if len(progress.all.timeline.rows) != 0 {
		t.Errorf("the plans' timeline loaded before its tab was opened")
	}
	progress.tabs.SelectIndex(1) // All your plans: loaded when opened
	app.tasks.wait()
	all := progress.all
	if len(all.timeline.rows) != 2 {
		t.Fatalf("progress timeline has %d rows, want both plans", len(all.timeline.rows))
	}
	wantContains(t, "this week", all.week.Text, "This week: ", "SAA-C03 ", "DVA-C03 ")

	app.setArchived(app.planID, true)
	app.tasks.wait()
	if len(app.plans) != 1 || len(app.archived) != 1 {
		t.Fatalf("after archiving: %d active, %d archived plans, want 1 and 1", len(app.plans), len(app.archived))
	}
	if b, err := svc.Budget.Budget(ctx, 0, clk.day); err != nil || len(b.Shares) != 1 || b.Shares[0].PlanID != app.plans[0].ID {
		t.Fatalf("week budget after archiving = %+v (%v), want only the active plan's share", b.Shares, err)
	}
	app.show(ScreenProgress)
	app.tasks.wait()
	test.Tap(findButton(t, all.archived, "Bring back"))
	app.tasks.wait()
	if len(app.plans) != 2 || len(app.archived) != 0 {
		t.Errorf("after Bring back: %d active, %d archived plans, want 2 and 0", len(app.plans), len(app.archived))
	}
	wantNoOverbooking(t, allStored(t, svc), week)

	closeDialogs(app)
	app.onPrioritizePlan()
	app.tasks.wait()
	wantContains(t, "dialog", topDialogText(app), "now takes its study hours first")
	wantNoOverbooking(t, allStored(t, svc), week)
}

// wantNoOverbooking fails when the plans together put more on a day than
// the learner's hours for it.
func wantNoOverbooking(t *testing.T, plans []planner.Plan, week planner.Weekdays) {
	t.Helper()
	for d, h := range planner.TakenBy(plans, 0) {
		if h > week[d.MondayIndex()]+1e-6 {
			t.Errorf("on %s the plans hold %g h, more than the learner's %g", d, h, week[d.MondayIndex()])
		}
	}
}

// allStored loads every stored plan's schedule.
func allStored(t *testing.T, svc Services) []planner.Plan {
	t.Helper()
	ctx := t.Context()
	list, err := svc.Plans.Plans(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []planner.Plan
	for _, s := range list {
		p, err := svc.Plans.Plan(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p.Schedule)
	}
	return out
}

// TestPriorityDialogSaysAnotherPlanNoLongerFits (QA #6, on SQLite, which
// re-plans): giving one plan priority says in its dialog how another plan
// re-planned around it stands when it no longer fits.
func TestPriorityDialogSaysAnotherPlanNoLongerFits(t *testing.T) {
	clk := &clock{day: mustDate(t, "2026-12-02")}
	svc := backends["storage"](t, clk)
	week := planner.Even(8)
	mustCreatePlan(t, svc, planner.Input{Exam: "SAA-C03", Start: clk.day, Hours: week, Experience: planner.Some})
	mustCreatePlan(t, svc, planner.Input{Exam: "DVA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-03-15"),
		Hours: planner.Even(10), Experience: planner.Some})
	app := startAppWith(t, svc, clk)
	closeDialogs(app)
	app.onPrioritizePlan()
	app.tasks.wait()
	wantContains(t, "dialog", topDialogText(app), "now takes its study hours first", "SAA-C03: This plan does not fit before the exam")
}
