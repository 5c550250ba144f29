package ui

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
	"certplan/resources"
)

// Title is the main window's title.
const Title = "certplan"

// Screen names a screen of the main window.
type Screen string

// The screens of the main window.
const (
	ScreenWelcome  Screen = "welcome"
	ScreenPlan     Screen = "plan"
	ScreenCatalog  Screen = "catalog"
	ScreenSetup    Screen = "setup"
	ScreenProgress Screen = "progress"
	ScreenCerts    Screen = "certifications"
	ScreenSettings Screen = "settings"
	ScreenAdvisor  Screen = "advisor"
)

// screen is one page of the main window: built once, refreshed each time
// it is shown.
type screen interface {
	buildUI() fyne.CanvasObject
	refresh()
}

// Config is what the desktop app needs to start.
type Config struct {
	Catalog *catalog.Catalog
	// Open opens the learner's data. It runs off the UI goroutine after the
	// window shows, so a slow disk never delays the window.
	Open func() (Services, error)
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// Screen, when set, is shown first instead of the last screen used.
	Screen Screen
	// Theme, when set, overrides the learner's theme for this run only.
	Theme ThemeChoice
	// WorkArea measures the screen the window opens on, less its task bars
	// and panels, in the window system's coordinates (a Fyne size times the
	// window's scale); ok is false when it cannot tell. Fyne has no screen
	// API, so main gives ScreenWorkArea, its desktop driver's. It runs on
	// the main goroutine once the window shows, before the app runs; when
	// nil, the window keeps the size it opens at.
	WorkArea func() (area fyne.Size, ok bool)
}

// Run shows the main window, made to fit the screen, and blocks until the
// app quits.
func Run(a fyne.App, cfg Config) {
	app := New(a, cfg)
	app.Start()
	app.startReminders()
	app.win.Show()
	app.fitToScreen() // once shown: the window's scale is known then
	a.Run()
}

// App is certplan's main window: a sidebar to move between screens, the
// screen shown, menus and shortcuts, and the services behind them.
type App struct {
	fyne  fyne.App
	win   fyne.Window
	cfg   Config
	cat   *catalog.Catalog
	svc   Services
	prefs Prefs
	tasks tasks
	// planList is the newest reload of the plan list on coming back to the
	// foreground.
	planList latest

	screens map[Screen]screen
	views   map[Screen]fyne.CanvasObject
	themed  map[Screen]themeKey // the theme each screen was built in
	current Screen
	content *fyne.Container
	nav     *navigation
	start   *loading

	plans    []planner.PlanSummary // the active plans
	archived []planner.PlanSummary // archived plans, out of the plan list
	planID   int64
	entry    setupEntry // what the next entry into the set-up means
}

// New builds the main window for cfg; Start fills it.
func New(a fyne.App, cfg Config) *App {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	app := &App{fyne: a, cfg: cfg, cat: cfg.Catalog, prefs: NewPrefs(a.Preferences()),
		screens: map[Screen]screen{}, views: map[Screen]fyne.CanvasObject{}}
	th := app.prefs.Theme()
	if cfg.Theme != "" {
		th = cfg.Theme
	}
	applyTheme(a, th)
	app.win = a.NewWindow(Title)
	app.win.SetIcon(resources.Icon)
	app.content = container.NewStack()
	app.nav = newNavigation(navDeps{show: app.show, openPlan: app.openPlan})
	var body fyne.CanvasObject
	app.start, body = newLoading(app.content, "Opening your plans…")
	app.win.SetContent(newAdaptiveRoot(app.nav, body))
	app.win.Resize(app.prefs.WindowSize())
	app.win.SetCloseIntercept(app.onClose)
	app.win.SetMainMenu(app.buildMenu())
	app.addShortcuts()
	guardOwnFiles(app.checkOutput)
	app.addDialogKeys()
	app.watchForeground()
	return app
}

// Window returns the main window.
func (a *App) Window() fyne.Window { return a.win }

// Start opens the learner's data off the UI goroutine, then shows the
// first screen: the welcome when there is no plan yet.
func (a *App) Start() {
	runTask(&a.tasks, a.start, func(context.Context) (Services, error) {
		return a.cfg.Open()
	}, a.onOpened, a.onOpenFailed)
}

// onOpened keeps the services and loads the list of plans.
func (a *App) onOpened(s Services) {
	a.svc = s
	a.prefs.useFolder(s.State)
	if s.Notice != "" {
		dialog.ShowInformation("Your data", s.Notice, a.win)
	}
	a.reloadPlans(func() {
		first := a.cfg.Screen
		if first == "" {
			first = a.prefs.LastScreen()
			if len(a.plans) > 0 && (first == ScreenCatalog || first == ScreenSetup) {
				// The catalog and set-up are steps to a plan, not a place to
				// come back to: open on the plan, scrolled to today's session.
				first = ScreenPlan
			}
		}
		if len(a.plans) == 0 && first != ScreenCatalog && first != ScreenSettings && first != ScreenSetup && first != ScreenAdvisor {
			first = ScreenWelcome
		}
		a.show(first)
	})
}

// onOpenFailed explains that the data could not be opened.
func (a *App) onOpenFailed(err error) {
	slog.Error("open data", "err", err, "cause", errorDetail(err))
	if alreadyOpen(err) {
		a.showAlreadyOpen(err)
		return
	}
	msg := widget.NewLabel("certplan could not open your data.\n\n" + userMessage(err) +
		"\n\nClose this window, fix the problem, and start certplan again.")
	msg.Wrapping = fyne.TextWrapWord
	a.content.Objects = []fyne.CanvasObject{container.NewPadded(msg)}
	a.content.Refresh()
}

// reloadPlans fetches the list of plans, then calls then (may be nil).
func (a *App) reloadPlans(then func()) {
	runTask(&a.tasks, a.start, a.svc.Plans.Plans, func(plans []planner.PlanSummary) {
		a.plans, a.archived = splitArchived(plans)
		a.pickPlan()
		a.nav.setPlans(a.plans, a.planID)
		a.refreshMenu()
		if then != nil {
			then()
		}
	}, a.fail("load your plans"))
}

// splitArchived separates the active plans from the archived ones.
func splitArchived(plans []planner.PlanSummary) (active, archived []planner.PlanSummary) {
	for _, p := range plans {
		if p.Archived {
			archived = append(archived, p)
		} else {
			active = append(active, p)
		}
	}
	return active, archived
}

// pickPlan keeps the plan shown when it still exists, else the last one
// used, else the newest.
func (a *App) pickPlan() {
	for _, want := range []int64{a.planID, a.prefs.LastPlan()} {
		for _, p := range a.plans {
			if p.ID == want && want != 0 {
				a.planID = want
				return
			}
		}
	}
	a.planID = 0
	if len(a.plans) > 0 {
		a.planID = a.plans[0].ID
	}
}

// show switches to screen s, building it the first time, and refreshes it.
func (a *App) show(s Screen) {
	if a.svc.Plans == nil {
		return // still opening the data
	}
	if (s == ScreenPlan || s == ScreenProgress) && a.planID == 0 {
		s = ScreenWelcome // no plan to show yet: lead to making one
	}
	moved := a.current != s
	sc := a.screenFor(s)
	a.current = s
	a.putInContent(a.views[s], !moved)
	a.nav.setCurrent(s)
	if s != ScreenWelcome && s != ScreenSetup {
		a.prefs.SetLastScreen(s)
	}
	sc.refresh()
	if moved {
		a.reloadPlanList()
	}
}

// putInContent puts view v in the window's content, laid out at its size,
// and, when again is true (the screen shown is shown again), refreshes
// every widget of it. A screen switched to is not refreshed whole: its
// widgets refresh themselves as its load changes them, the window lays
// out anew what it puts back in sight, and refreshing all of it first
// read every icon's SVG and measured every text again, some 4 ms of each
// switch at ten plans.
func (a *App) putInContent(v fyne.CanvasObject, again bool) {
	a.content.Objects = []fyne.CanvasObject{v}
	if again {
		a.content.Refresh()
		return
	}
	a.content.Layout.Layout(a.content.Objects, a.content.Size())
	canvas.Refresh(a.content)
}

// screenFor returns screen s, building it the first time it is asked for.
func (a *App) screenFor(s Screen) screen {
	if sc, ok := a.screens[s]; ok && !a.builtInOldTheme(s) {
		return sc
	}
	a.noteTheme(s)
	sc := a.newScreen(s)
	a.screens[s] = sc
	a.views[s] = sc.buildUI()
	return sc
}

// openPlan makes plan id the one shown and shows it.
func (a *App) openPlan(id int64) {
	a.planID = id
	a.prefs.SetLastPlan(id)
	a.nav.setPlans(a.plans, id)
	a.refreshMenu()
	a.show(ScreenPlan)
}

// planExam opens the set-up of a new plan for exam code.
func (a *App) planExam(code string) { a.enterSetup(setupEntry{exam: code}) }

// today is the learner's civil date now.
func (a *App) today() catalog.Date { return catalog.DateFromTime(a.cfg.Now()) }

// fail returns an error handler that logs err once and tells the learner
// what could not be done and what to do next.
func (a *App) fail(action string) func(error) { return failIn(a.win, action) }

// failIn returns an error handler that logs err once and tells the
// learner, in win, what could not be done and what to do next.
func failIn(win fyne.Window, action string) func(error) {
	return func(err error) {
		logFailure(action, err)
		dialog.ShowError(errors.New("Could not "+action+".\n\n"+userMessage(err)), win)
	}
}

// logFailure logs a failed action with its technical cause, for a bug
// report; the learner is told userMessage(err).
func logFailure(action string, err error) {
	slog.Error(action, "err", err, "cause", errorDetail(err))
}

// errorDetail is err's technical cause for the log: what its Detail method
// says (storage's errors keep the cause apart from the learner's sentence),
// else its text.
func errorDetail(err error) string {
	var d interface{ Detail() string }
	switch {
	case err == nil:
		return ""
	case errors.As(err, &d):
		return d.Detail()
	}
	return err.Error()
}

// base is what every screen takes from the main window.
func (a *App) base() screenBase {
	return screenBase{win: a.win, tasks: &a.tasks, cat: a.cat, today: a.today}
}

// userMessage is err as a sentence a learner can act on.
func userMessage(err error) string {
	msg := strings.TrimSpace(err.Error())
	if msg == "" {
		return "Try again; if it keeps happening, restart certplan."
	}
	r := []rune(msg)
	r[0] = unicode.ToUpper(r[0])
	if !strings.ContainsAny(string(r[len(r)-1]), ".!?") {
		r = append(r, '.')
	}
	return string(r)
}

// onClose remembers the window size, releases the data and quits.
func (a *App) onClose() {
	a.prefs.SetWindowSize(a.win.Canvas().Size())
	if a.svc.Close != nil {
		if err := a.svc.Close(); err != nil {
			slog.Error("close data", "err", err, "cause", errorDetail(err))
		}
	}
	a.win.Close()
}

// countLabel says "1 plan", "2 plans".
func countLabel(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// planExamCode is the exam of the plan shown, or "".
func (a *App) planExamCode() string { return a.shownPlan().Exam }
