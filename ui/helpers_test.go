package ui

import (
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/ui/uitest"
)

// TestMain keeps the errors the screens log (on purpose, in tests of
// failures) out of the test output.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	os.Exit(m.Run())
}

// testCatalog is the embedded catalog with the fixture study items
// (SAA-C03 published, CLF-C02 not), loaded once for all tests.
var testCatalog = catalogtest.Load

// clock is a settable clock for the app under test.
type clock struct{ day catalog.Date }

// now is nine in the morning of the clock's day.
func (c *clock) now() time.Time { return c.day.Time().Add(9 * time.Hour) }

// startApp builds the app on a test driver with fake data, opens it on
// day today and waits until the first screen shows.
func startApp(t testing.TB, f *fakeData, today string) (*App, *clock) {
	t.Helper()
	clk := &clock{day: mustDate(t, today)}
	return startAppWith(t, f.services(), clk), clk
}

// backend opens the services a test runs against.
type backend func(t testing.TB, clk *clock) Services

// backends are the fake and SQLite storage in a temporary folder.
var backends = map[string]backend{
	"fake": func(t testing.TB, _ *clock) Services { return newFakeData(testCatalog(t)).services() },
	"storage": func(t testing.TB, clk *clock) Services {
		db := uitest.MustOpenDB(t, t.TempDir(), testCatalog(t), clk.now)
		return ServicesOf(db, db.Startup().Notice())
	},
}

// openStored is a Config.Open on the data in dir, as main.go's.
func openStored(dir string, clk *clock) func() (Services, error) {
	return func() (Services, error) {
		cat, err := catalogtest.Catalog()
		if err != nil {
			return Services{}, err
		}
		db, err := uitest.OpenDesktopDB(dir, cat, clk.now)
		if err != nil {
			return Services{}, err
		}
		return ServicesOf(db, db.Startup().Notice()), nil
	}
}

// startAppWith builds the app on a test driver with svc and clk and waits
// until the first screen shows.
func startAppWith(t testing.TB, svc Services, clk *clock) *App {
	t.Helper()
	a := test.NewTempApp(t)
	app := New(a, Config{Catalog: testCatalog(t), Now: clk.now,
		Open: func() (Services, error) { return svc, nil }})
	app.win.Resize(fyne.NewSize(1100, 720))
	app.tasks.queueResults()
	app.Start()
	app.tasks.wait()
	return app
}

// showScreen shows screen id, waits for its data and returns it as a T.
func showScreen[T any](t testing.TB, app *App, id Screen) T {
	t.Helper()
	app.show(id)
	app.tasks.wait()
	s, ok := app.screens[id].(T)
	if !ok {
		t.Fatalf("screen %q is a %T", id, app.screens[id])
	}
	return s
}

// windowSizes are the window sizes the screens are checked at: the one
// the app opens at, 1100x720, and the smallest it allows, 800x600.
var windowSizes = []fyne.Size{{Width: 1100, Height: 720}, {Width: 800, Height: 600}}

// atWindowSizes sizes app's window to each of windowSizes, a pixel wider
// first so that it lays out again once text wraps, and calls check there.
func atWindowSizes(app *App, check func(size fyne.Size)) {
	for _, size := range windowSizes {
		app.win.Resize(size.AddWidthHeight(1, 0))
		app.win.Resize(size)
		check(size)
	}
}

// onEachBackend runs run on the fake and on SQLite, each on a clock set
// to day.
func onEachBackend(t *testing.T, day string, run func(t *testing.T, clk *clock, svc Services)) {
	t.Helper()
	for name, open := range backends {
		t.Run(name, func(t *testing.T) {
			clk := &clock{day: mustDate(t, day)}
			run(t, clk, open(t, clk))
		})
	}
}

// mustCreatePlan saves a plan for in through svc or fails the test.
func mustCreatePlan(t testing.TB, svc Services, in planner.Input) planner.StudyPlan {
	t.Helper()
	p, err := svc.Plans.CreatePlan(t.Context(), "", in)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// showSavedPlan saves a plan for in through svc, starts the app on clk's
// day and shows the plan.
func showSavedPlan(t testing.TB, svc Services, clk *clock, in planner.Input) (*App, *planScreen) {
	t.Helper()
	p := mustCreatePlan(t, svc, in)
	app := startAppWith(t, svc, clk)
	app.openPlan(p.ID)
	app.tasks.wait()
	return app, app.screens[ScreenPlan].(*planScreen)
}

// showFakePlan saves on the fake a plan of exam from today to examDay at
// hours a week, starts the app on today and shows the plan.
func showFakePlan(t testing.TB, exam, today, examDay string, hours planner.Weekdays) (*App, *planScreen) {
	t.Helper()
	clk := &clock{day: mustDate(t, today)}
	in := planner.Input{Exam: exam, Start: clk.day, ExamDate: mustDate(t, examDay), Hours: hours}
	return showSavedPlan(t, newFakeData(testCatalog(t)).services(), clk, in)
}

// at800x600 resizes the window to 800x600 and lays it out again once the
// labels have wrapped to the new width.
func at800x600(app *App) {
	app.win.Resize(fyne.NewSize(801, 600))
	app.win.Resize(fyne.NewSize(800, 600))
}

// wantScreen fails unless screen s shows.
func wantScreen(t testing.TB, app *App, s Screen) {
	t.Helper()
	if app.current != s {
		t.Fatalf("screen = %q, want %q", app.current, s)
	}
}

// wantContains fails unless got contains every one of want.
func wantContains(t testing.TB, what, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s = %q, want it to contain %q", what, got, w)
		}
	}
}

// topDialogText returns the texts of the labels in the top overlay (a
// dialog), or "" when none shows.
func topDialogText(app *App) string { return dialogTextIn(app.win) }

// dialogTextIn returns the texts of the labels in win's top overlay (a
// dialog), or "" when none shows.
func dialogTextIn(win fyne.Window) string {
	top := win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	walk(top, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.RichText:
			b.WriteString(w.String() + "\n")
		}
	})
	return b.String()
}

// wantNoDialog fails when a dialog shows; when says after what.
func wantNoDialog(t testing.TB, app *App, when string) {
	t.Helper()
	if text := topDialogText(app); text != "" {
		t.Errorf("a dialog opened %s: %q", when, text)
	}
}

// closeDialogs removes every overlay.
func closeDialogs(app *App) {
	for app.win.Canvas().Overlays().Top() != nil {
		app.win.Canvas().Overlays().Remove(app.win.Canvas().Overlays().Top())
	}
}

// findFirst returns the first T inside o, or fails with missing.
func findFirst[T fyne.CanvasObject](t testing.TB, o fyne.CanvasObject, missing string) T {
	t.Helper()
	return findWhere(t, o, func(T) bool { return true }, missing)
}

// findWhere returns the first T inside o that match accepts, or fails with
// missing.
func findWhere[T fyne.CanvasObject](t testing.TB, o fyne.CanvasObject, match func(T) bool, missing string) T {
	t.Helper()
	var found T
	seen := false
	walk(o, func(x fyne.CanvasObject) {
		if v, ok := x.(T); ok && !seen && match(v) {
			found, seen = v, true
		}
	})
	if !seen {
		t.Fatal(missing)
	}
	return found
}

// findAll returns every T inside o, in the order walk visits them.
func findAll[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	walk(o, func(x fyne.CanvasObject) {
		if v, ok := x.(T); ok {
			out = append(out, v)
		}
	})
	return out
}

// walk visits o and everything inside it.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, x := range c.Objects {
			walk(x, visit)
		}
	case fyne.Widget:
		for _, x := range test.WidgetRenderer(c).Objects() {
			walk(x, visit)
		}
	}
}
