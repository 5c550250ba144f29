package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/catalog"
	"certplan/planner"
	"certplan/ui/uitest"
)

// TestSecondCopyShowsOnlyTheMessage opens a data folder another desktop
// window holds (the command line may share it; a second window may not):
// the window is the message and a Close button, small, with no
// sidebar or menu; the per-person window size is left alone.
func TestSecondCopyShowsOnlyTheMessage(t *testing.T) {
	dir := t.TempDir()
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	first, err := uitest.OpenDesktopDB(dir, testCatalog(t), clk.now) // another desktop window
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()

	a := test.NewTempApp(t)
	app := New(a, Config{Catalog: testCatalog(t), Now: clk.now, Open: openStored(dir, clk)})
	app.tasks.queueResults()
	app.Start()
	app.tasks.wait()

	wantContains(t, "window", boxText(app.win.Content()), "already open")
	findButton(t, app.win.Content(), "Close")
	if _, ok := app.win.Content().(*fyne.Container); ok {
		if _, side := app.win.Content().(*fyne.Container).Layout.(*sidebarLayout); side {
			t.Fatal("the second copy shows the sidebar")
		}
	}
	if app.win.MainMenu() != nil {
		t.Error("the second copy shows the menus")
	}
	if s := app.win.Canvas().Size(); s.Width > 500 || s.Height > 200 {
		t.Errorf("the second copy's window is %v, want a small message", s)
	}
	if a.Preferences().FloatWithFallback(prefWindowWidth, -1) != -1 {
		t.Error("the second copy wrote the window size")
	}
}

// TestLastPlanIsPerDataFolder: the last plan shown is kept in the data
// folder, not in the person's preferences, so another folder starts
// without it.
func TestLastPlanIsPerDataFolder(t *testing.T) {
	dir := t.TempDir()
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	db := uitest.MustOpenDB(t, dir, testCatalog(t), clk.now)
	defer db.Close()
	app := startAppWith(t, ServicesOf(db, db.Startup().Notice()), clk)
	app.prefs.SetLastPlan(7)
	app.prefs.SetLastScreen(ScreenProgress)
	if got := db.DesktopState(); got.LastPlan != 7 || got.LastScreen != string(ScreenProgress) {
		t.Fatalf("data folder state = %+v, want plan 7 and progress", got)
	}
	if v := app.fyne.Preferences().IntWithFallback("plan.last", -1); v != -1 {
		t.Errorf("the person's preferences hold last plan %d", v)
	}
}

// TestReopenShowsThePlanNotTheCatalog: a learner who last looked at the
// catalog or the set-up (on the way to a plan) reopens on the plan, this
// week's list headed at today's session; one who last looked at another
// screen of this data folder reopens there.
func TestReopenShowsThePlanNotTheCatalog(t *testing.T) {
	for last, want := range map[Screen]Screen{ScreenCatalog: ScreenPlan, ScreenSetup: ScreenPlan,
		ScreenProgress: ScreenProgress, ScreenAdvisor: ScreenAdvisor, "": ScreenPlan} {
		dir := t.TempDir()
		clk := &clock{day: catalog.DateOf(2026, 3, 2)}
		db := uitest.MustOpenDB(t, dir, testCatalog(t), clk.now)
		svc := ServicesOf(db, db.Startup().Notice())
		in := planner.Input{Exam: "CLF-C02", Start: clk.day, ExamDate: clk.day.AddDays(60), Hours: planner.Even(10)}
		mustCreatePlan(t, svc, in)
		if err := db.SaveDesktopState(planner.DesktopState{LastScreen: string(last)}); err != nil {
			t.Fatal(err)
		}
		app := startAppWith(t, svc, clk)
		if app.current != want {
			t.Errorf("last screen %q: reopened on %q, want %q", last, app.current, want)
		}
		if want == ScreenPlan {
			if w := app.screens[ScreenPlan].(*planScreen).week; w.today == nil || !strings.HasPrefix(w.today.Text, "Today · ") {
				t.Errorf("last screen %q: the plan has no heading for today's session", last)
			}
		}
		db.Close()
	}
}
