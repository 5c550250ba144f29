package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// passedPlan saves on svc, on clk's day 2027-01-04, a SAA-C03 plan for
// 2027-03-12 on an hour a week (it does not fit, and by the day of the
// pass nothing is ticked), then, on 2027-02-10, logs a pass of SAA-C03
// dated passedOn through the services. It returns the plan.
func passedPlan(t *testing.T, svc Services, clk *clock, passedOn string) planner.StudyPlan {
	t.Helper()
	clk.day = mustDate(t, "2027-01-04")
	p := mustCreatePlan(t, svc, planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-03-12"),
		Hours: planner.Weekdays{1, 0, 0, 0, 0, 0, 0}})
	clk.day = mustDate(t, "2027-02-10")
	a := planner.Attempt{Exam: "SAA-C03", Date: mustDate(t, passedOn), Status: planner.Passed, Score: 800}
	if _, err := svc.Records.SaveAttempt(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPassedPlanIsDoneOnEveryScreen: a plan whose exam was logged as
// passed (on or after the day it was made, storage's rule) says so on the
// plan screen's banner and countdown, with no rebalance, fix, change of
// dates or warning; the picker and the Plans menu say "passed"; Progress
// says it is done on both tabs. A pass logged before the plan was made
// (the certification it renews) leaves it a plan in progress.
func TestPassedPlanIsDoneOnEveryScreen(t *testing.T) {
	onEachBackend(t, "2027-01-04", func(t *testing.T, clk *clock, svc Services) {
		passedPlan(t, svc, clk, "2027-02-09")
		app := startAppWith(t, svc, clk)
		plan := showScreen[*planScreen](t, app, ScreenPlan)
		atWindowSizes(app, func(fyne.Size) {
			wantPassedPlanScreen(t, plan)
		})
		wantPlanLabels(t, app, "SAA-C03 · passed")

		progress := showScreen[*progressScreen](t, app, ScreenProgress)
		wantContains(t, "Progress summary", progress.summary.Text, "SAA-C03 · Passed on 9 Feb 2027: this plan is done")
		progress.tabs.SelectIndex(1)
		app.tasks.wait()
		rows := progress.all.timeline.rows
		if len(rows) != 1 || rows[0].Caption != "Passed on 9 Feb 2027 · done" || rows[0].Label != "SAA-C03 · passed" ||
			rows[0].To != mustDate(t, "2027-02-09") {
			t.Errorf("All your plans rows = %+v, want the plan passed and done, its bar to the pass day", rows)
		}
		wantContains(t, "this week", progress.all.week.Text, "SAA-C03 · passed: done")
	})
}

// wantPassedPlanScreen fails unless the plan screen says the plan passed
// on 9 Feb 2027 is done, and offers nothing to do about its standing.
func wantPassedPlanScreen(t *testing.T, plan *planScreen) {
	t.Helper()
	if want := "Passed on 9 Feb 2027: this plan is done, with nothing left to study for its exam."; plan.banner.Text != want {
		t.Errorf("banner = %q, want %q", plan.banner.Text, want)
	}
	if !plan.bannerOK {
		t.Error("the banner of a passed plan is tinted as a warning")
	}
	if got := plan.countdown.Text; got != "SAA-C03 passed. Well done!" {
		t.Errorf("countdown = %q", got)
	}
	for name, hidden := range map[string]bool{"Rebalance": plan.rebalance.Hidden,
		"Change dates and hours": plan.fit.change.Hidden, "the fixes": plan.fit.main.Hidden,
		"the fit's note": plan.fit.more.Hidden, "the warnings": plan.warnings.box.Hidden} {
		if !hidden {
			t.Errorf("a passed plan shows %s", name)
		}
	}
}

// TestPassBeforeThePlanLeavesItInProgress is the negative control: a pass
// dated before the plan was made does not make it done.
func TestPassBeforeThePlanLeavesItInProgress(t *testing.T) {
	onEachBackend(t, "2027-01-04", func(t *testing.T, clk *clock, svc Services) {
		passedPlan(t, svc, clk, "2027-01-02")
		app := startAppWith(t, svc, clk)
		plan := showScreen[*planScreen](t, app, ScreenPlan)
		if strings.Contains(plan.banner.Text, "Passed") || plan.rebalance.Hidden || plan.fit.main.Hidden {
			t.Errorf("a plan made after its exam's pass reads as done: banner %q, Rebalance hidden %v, fixes hidden %v",
				plan.banner.Text, plan.rebalance.Hidden, plan.fit.main.Hidden)
		}
		wantPlanLabels(t, app, "SAA-C03 · 2027-03-12")
	})
}

// TestPassLoggedInTheAppMakesThePlanDone: a pass logged on the
// Certifications screen names the plan passed in the picker at once, and
// the plan screen says it is done when shown again.
func TestPassLoggedInTheAppMakesThePlanDone(t *testing.T) {
	onEachBackend(t, "2027-01-04", func(t *testing.T, clk *clock, svc Services) {
		clk.day = mustDate(t, "2027-01-04")
		mustCreatePlan(t, svc, planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-03-12"),
			Hours: planner.Weekdays{1, 0, 0, 0, 0, 0, 0}})
		clk.day = mustDate(t, "2027-02-10")
		app := startAppWith(t, svc, clk)
		plan := showScreen[*planScreen](t, app, ScreenPlan)
		if strings.Contains(plan.banner.Text, "Passed") {
			t.Fatalf("banner before the pass = %q", plan.banner.Text)
		}
		certs := showScreen[*certsScreen](t, app, ScreenCerts)
		certs.save(planner.Attempt{Exam: "SAA-C03", Date: mustDate(t, "2027-02-09"), Status: planner.Passed, Score: 800})
		app.tasks.wait()
		closeDialogs(app)
		wantPlanLabels(t, app, "SAA-C03 · passed")
		showScreen[*planScreen](t, app, ScreenPlan)
		wantPassedPlanScreen(t, plan)
	})
}

// TestHiddenHeaderBoxTakesNoRoom: the warnings' and the fit's boxes,
// hidden (a plan that is done, or has no warnings), leave no blank band
// in the plan screen's header (seen at 1100x720 under Xvfb: 40 px).
func TestHiddenHeaderBoxTakesNoRoom(t *testing.T) {
	box := container.NewVBox(widget.NewLabel("a warning"))
	watch := roomWatch{fit: func(float32) {}}
	if h := watch.MinSize([]fyne.CanvasObject{box}).Height; h == 0 {
		t.Fatal("a box shown takes no room")
	}
	box.Hide()
	if h := watch.MinSize([]fyne.CanvasObject{box}).Height; h != 0 {
		t.Errorf("a hidden box takes %v px of the header", h)
	}
}
