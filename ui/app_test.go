package ui

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestFirstRunShowsWelcome: with no plan, the app opens on the welcome,
// whatever screen was last used, and "My plan" leads there too.
func TestFirstRunShowsWelcome(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, _ := startApp(t, f, "2026-03-02")
	wantScreen(t, app, ScreenWelcome)
	app.show(ScreenPlan)
	wantScreen(t, app, ScreenWelcome)
	app.show(ScreenProgress)
	wantScreen(t, app, ScreenWelcome)
	test.Tap(app.screens[ScreenWelcome].(*welcomeScreen).held)
	wantScreen(t, app, ScreenCerts)
}

// TestOpenFailureSaysWhatToDo shows why the data could not be opened.
func TestOpenFailureSaysWhatToDo(t *testing.T) {
	a := test.NewTempApp(t)
	app := New(a, Config{Catalog: testCatalog(t), Open: func() (Services, error) {
		return Services{}, errors.New("certplan is already open: switch to the open window (or close it) and try again")
	}})
	app.tasks.queueResults()
	app.Start()
	app.tasks.wait()
	wantContains(t, "window", boxText(app.content), "could not open your data", "already open", "start certplan again")
}

// TestSwitchPlans switches between two plans from the sidebar and from
// the Plans menu, and remembers the last one and the last screen.
func TestSwitchPlans(t *testing.T) {
	f := newFakeData(testCatalog(t))
	newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-09-30")
	app, _ := startApp(t, f, "2026-03-02")
	wantScreen(t, app, ScreenPlan)
	plan := app.screens[ScreenPlan].(*planScreen)
	if plan.plan.Schedule.Exam != "SAA-C03" {
		t.Fatalf("first plan shown = %s, want the newest, SAA-C03", plan.plan.Schedule.Exam)
	}
	app.nav.plans.SetSelectedIndex(1)
	app.tasks.wait()
	if plan.plan.Schedule.Exam != "CLF-C02" || app.prefs.LastPlan() != 1 {
		t.Fatalf("after switching: %s shown, last plan %d; want CLF-C02 and 1", plan.plan.Schedule.Exam,
			app.prefs.LastPlan())
	}
	app.buildMenu().Items[2].Items[0].Action()
	app.tasks.wait()
	if plan.plan.Schedule.Exam != "SAA-C03" {
		t.Fatalf("Plans menu shows %s, want SAA-C03", plan.plan.Schedule.Exam)
	}
	app.show(ScreenProgress)
	app.tasks.wait()
	if app.prefs.LastScreen() != ScreenProgress {
		t.Errorf("last screen = %q, want progress", app.prefs.LastScreen())
	}
}

// TestWindowSizeRemembered stores the window size when it closes.
func TestWindowSizeRemembered(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, _ := startApp(t, f, "2026-03-02")
	app.win.Resize(fyne.NewSize(900, 640))
	app.onClose()
	if got := app.prefs.WindowSize(); got != fyne.NewSize(900, 640) {
		t.Fatalf("remembered size = %v, want 900x640", got)
	}
}

// TestTickFailureIsUndone shows a failed save as an error and unticks.
func TestTickFailureIsUndone(t *testing.T) {
	f, app := startWithPlan(t, "2026-03-02")
	plan := app.screens[ScreenPlan].(*planScreen)
	f.fail["Tick"] = errors.New("the disk is full: free some space and try again")
	topic, check := firstCheck(t, plan)
	test.Tap(check)
	app.tasks.wait()
	if check.Checked || plan.plan.Progress[topic].Done {
		t.Fatal("a tick that was not saved still shows")
	}
	wantContains(t, "dialog", topDialogText(app), "Could not save the tick", "The disk is full")
}

// TestShortcutsReachEveryScreen runs the Ctrl+1..6 shortcuts; the
// advisor's is Ctrl+6, each digit used once.
func TestShortcutsReachEveryScreen(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
	all := app.shortcuts()
	if k := all[string(ScreenAdvisor)].key; k != fyne.Key6 {
		t.Errorf("the advisor's shortcut is Ctrl+%s, want Ctrl+6", k)
	}
	digits := map[fyne.KeyName]bool{}
	for _, it := range navItems {
		digits[all[string(it.screen)].key] = true
	}
	if len(digits) != len(navItems) {
		t.Errorf("%d screens share %d shortcut keys", len(navItems), len(digits))
	}
	for _, it := range navItems {
		all[string(it.screen)].do()
		app.tasks.wait()
		wantScreen(t, app, it.screen)
	}
	all["new"].do()
	wantScreen(t, app, ScreenCatalog)
}
