package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/catalog"
	"certplan/planner"
	"certplan/ui/uitest"
)

// enterForeground does what Fyne does when the window comes back to the
// foreground, then waits for the loads it starts.
func enterForeground(t *testing.T, app *App) {
	t.Helper()
	l, ok := app.fyne.Lifecycle().(interface{ OnEnteredForeground() func() })
	if !ok || l.OnEnteredForeground() == nil {
		t.Fatal("the app does not watch for the window coming back to the foreground")
	}
	l.OnEnteredForeground()()
	app.tasks.wait()
}

// laterTopic is a topic of plan p not studied in the week holding today.
func laterTopic(t *testing.T, p planner.StudyPlan, today catalog.Date) string {
	t.Helper()
	this, _ := shownWeek(p.Schedule, today)
	for wi := len(p.Schedule.Weeks) - 1; wi > this; wi-- {
		for _, it := range p.Schedule.Weeks[wi].Items {
			if it.Topic != "" {
				return it.Topic
			}
		}
	}
	t.Fatal("the plan has no topic after this week")
	return ""
}

// TestCommandLineChangesShowOnComingBack: the command line (a second
// handle on the data folder) ticks a topic and later logs a pass while the
// window is open; neither shows until the window comes back to the
// foreground, and then both do, with the learner's place kept: the whole
// plan at the same row, this week's scroll, and the hours typed beside a
// tick, still focused. Coming back with nothing changed leaves every
// widget as it was.
func TestCommandLineChangesShowOnComingBack(t *testing.T) {
	clk, cli, p, app := windowBesideCommandLine(t)
	plan := showScreen[*planScreen](t, app, ScreenPlan)

	firstRow := plan.week.box.Objects[0]
	enterForeground(t, app)
	if plan.week.box.Objects[0] != firstRow {
		t.Error("coming back with nothing changed built this week again")
	}

	hours := firstSessionCheck(t, plan).hours
	hours.SetText("2.5")
	app.win.Canvas().Focus(hours)
	plan.all.list.ScrollTo(12)
	place := plan.all.topRow()
	plan.week.scroll.ScrollToOffset(fyne.NewPos(0, 30))
	weekAt := plan.week.scroll.Offset
	if weekAt.Y == 0 {
		t.Fatal("this week does not scroll: the test cannot tell its scroll is kept")
	}

	topic := laterTopic(t, p, clk.day)
	if err := cli.Plans.Tick(t.Context(), p.ID, topic, clk.day, 1); err != nil {
		t.Fatal(err)
	}
	if plan.plan.Progress[topic].Done {
		t.Fatal("the tick showed before the window came back")
	}
	enterForeground(t, app)
	if !plan.plan.Progress[topic].Done || plan.all.rows[0].week != doneWeek {
		t.Errorf("the command line's tick of %s does not show after coming back", topic)
	}
	wantPlaceKept(t, plan, place, weekAt)

	pass := planner.Attempt{Exam: "SAA-C03", Date: clk.day, Status: planner.Passed, Score: 800}
	if _, err := cli.Records.SaveAttempt(t.Context(), pass); err != nil {
		t.Fatal(err)
	}
	enterForeground(t, app)
	wantPlanLabels(t, app, "SAA-C03 · passed")
	wantContains(t, "banner", plan.banner.Text, "Passed on 2 Mar 2026: this plan is done")
}

// wantPlaceKept fails unless the plan screen still shows the whole plan
// from the row of place, this week scrolled to weekAt, and "2.5" typed and
// focused beside this week's first tick.
func wantPlaceKept(t *testing.T, plan *planScreen, place listPlace, weekAt fyne.Position) {
	t.Helper()
	if got := plan.all.topRow(); got.row != place.row {
		t.Errorf("the whole plan shows row %+v at its top after coming back, want %+v", got.row, place.row)
	}
	if got := plan.week.scroll.Offset; got != weekAt {
		t.Errorf("this week is scrolled to %v after coming back, want %v", got, weekAt)
	}
	hours := firstSessionCheck(t, plan).hours
	if hours.Text != "2.5" {
		t.Errorf("the hours typed beside the first tick read %q after coming back, want 2.5", hours.Text)
	}
	if plan.win.Canvas().Focused() != hours {
		t.Error("the field the learner was typing in lost the focus on coming back")
	}
}

// TestComingBackLeavesFormsAlone: on the set-up, what was typed stays;
// the plan list still reloads, so that a plan the command line deleted
// leaves the picker.
func TestComingBackLeavesFormsAlone(t *testing.T) {
	onEachBackend(t, "2026-03-02", func(t *testing.T, clk *clock, svc Services) {
		in := planner.Input{Exam: "CLF-C02", Start: clk.day, ExamDate: catalog.DateOf(2026, 5, 29),
			Hours: planner.Weekdays{2, 2, 2, 2, 2, 0, 0}}
		gone := mustCreatePlan(t, svc, in)
		mustCreatePlan(t, svc, in)
		app := startAppWith(t, svc, clk)
		setup := showScreen[*setupScreen](t, app, ScreenSetup)
		setup.override.SetText("A typed note")
		if err := svc.Plans.DeletePlan(t.Context(), gone.ID); err != nil {
			t.Fatal(err)
		}
		enterForeground(t, app)
		wantScreen(t, app, ScreenSetup)
		if setup.override.Text != "A typed note" {
			t.Errorf("coming back replaced what was typed in the set-up with %q", setup.override.Text)
		}
		if got := app.nav.plans.Options; len(got) != 1 || slices.Contains(app.nav.planIDs, gone.ID) {
			t.Errorf("the picker lists %q after the plan was deleted elsewhere", got)
		}
	})
}

// TestMovingScreensReloadsThePlans: the command line ticks a topic while
// the window is open; moving to another screen and back to the plan loads
// the plan list again, so the sidebar's figures count the tick (they kept
// the figures from the start before).
func TestMovingScreensReloadsThePlans(t *testing.T) {
	clk, cli, p, app := windowBesideCommandLine(t)
	if len(app.plans) != 1 || app.plans[0].TopicsDone != 0 {
		t.Fatalf("plans at the start = %+v, want one with nothing done", app.plans)
	}
	if err := cli.Plans.Tick(t.Context(), p.ID, laterTopic(t, p, clk.day), clk.day, 1); err != nil {
		t.Fatal(err)
	}
	app.show(ScreenCerts)
	app.tasks.wait()
	app.show(ScreenPlan)
	app.tasks.wait()
	if got := app.plans[0].TopicsDone; got != 1 {
		t.Errorf("after moving screens the plan list counts %d topics done, want 1", got)
	}
}

// windowBesideCommandLine opens a data folder as the command line does
// (cli, its services), saves an SAA-C03 plan through it (p), and starts the desktop on
// the same folder at 1100x720, on 2 March 2026.
func windowBesideCommandLine(t *testing.T) (*clock, Services, planner.StudyPlan, *App) {
	t.Helper()
	dir := t.TempDir()
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	cli := ServicesOf(uitest.MustOpenDB(t, dir, testCatalog(t), clk.now), "")
	p := mustCreatePlan(t, cli, planner.Input{Exam: "SAA-C03", Start: clk.day,
		ExamDate: catalog.DateOf(2026, 6, 26), Hours: planner.Weekdays{2, 2, 2, 2, 2, 3, 0}})
	app := New(test.NewTempApp(t), Config{Catalog: testCatalog(t), Now: clk.now, Open: openStored(dir, clk)})
	app.win.Resize(fyne.NewSize(1100, 720))
	app.tasks.queueResults()
	app.Start()
	app.tasks.wait()
	t.Cleanup(func() { app.svc.Close() })
	return clk, cli, p, app
}
