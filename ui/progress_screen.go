package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// progressScreen shows how the plan is going at a glance: planned against
// done hours over the weeks, hours by domain, and practice results with
// readiness.
type progressScreen struct {
	progressDeps
	load    latest // loading the plan shown: a newer pick wins
	loading *loading
	summary *widget.Label
	chart   *burnChart
	domains *fyne.Container
	scores  *scoresView
	plan    planner.StudyPlan
	all     *allPlans
	tabs    *container.AppTabs
}

// progressDeps is what the Progress screen uses besides the window, tasks,
// catalog and today: the plans, their practice results, which plan is
// shown, the lists of plans and a way to bring an archived plan back.
type progressDeps struct {
	screenBase
	plans   PlanService
	results ScoreService // may be nil: then no practice results are offered
	// budget gives the hours the other active plans take, which each
	// plan's standing takes out of its study time left; may be nil.
	budget    BudgetService
	shownID   func() int64
	planLists func() (active, archived []planner.PlanSummary)
	bringBack func(id int64) // un-archives a plan
}

func newProgressScreen(d progressDeps) *progressScreen {
	s := &progressScreen{progressDeps: d, all: newAllPlans(d)}
	// A result that marks a practice topic done changes the plan's hours:
	// the whole plan shown is loaded again, its results with it.
	s.scores = newScoresView(scoresDeps{screenBase: d.screenBase, results: d.results, ticked: s.reload})
	return s
}

// buildUI lays out the summary, the chart and the domain meters of the
// plan shown, and all the plans on their own tab.
func (s *progressScreen) buildUI() fyne.CanvasObject {
	s.summary = wrapped("")
	s.chart = newBurnChart()
	s.domains = container.NewVBox()
	bottom := container.NewVBox(bold("Hours by domain: done of planned"), s.domains, s.scores.buildUI())
	plan := container.NewBorder(s.summary, bottom, nil, nil, s.chart)
	// Scrolled, so a short window (800x600) scrolls the meters under the
	// chart instead of asking for more height; a tall one grows the chart.
	s.tabs = container.NewAppTabs(container.NewTabItem("This plan", container.NewVScroll(plan)),
		container.NewTabItem("All your plans", container.NewVScroll(s.all.buildUI())))
	s.tabs.OnSelected = func(*container.TabItem) { s.refreshAll() }
	body := container.NewBorder(heading("Progress"), nil, nil, nil, s.tabs)
	var view fyne.CanvasObject
	s.loading, view = newLoading(container.NewPadded(body), "Loading your progress…")
	return view
}

// refresh loads the plan shown and, when their tab is open, all the
// active plans.
func (s *progressScreen) refresh() {
	s.refreshAll()
	s.loadShown(s.loading, s.fail("load your progress"))
}

// reload loads the plan shown and all the active plans again as stored
// now, with no loading overlay: the window came back to the foreground.
func (s *progressScreen) reload() {
	s.refreshAll()
	s.loadShown(nil, func(err error) { logFailure("reload your progress", err) })
}

// loadShown loads the plan shown with busy showing, then draws it or
// tells fail why it could not.
func (s *progressScreen) loadShown(busy *loading, fail func(error)) {
	id, today := s.shownID(), s.today()
	runLatest(s.tasks, &s.load, busy, func(ctx context.Context) (loadedPlan, error) {
		p, err := s.plans.Plan(ctx, id)
		if err != nil {
			return loadedPlan{}, err
		}
		_, err = besideOthers(ctx, s.budget, &p, today)
		return loadedPlan{plan: p}, err
	}, s.show, fail)
}

// refreshAll loads every active plan, only while "All your plans" is the
// tab shown: decoding every schedule is the slowest load of the screen.
func (s *progressScreen) refreshAll() {
	if s.tabs.SelectedIndex() == 1 {
		s.all.refresh()
	}
}

// show draws plan l: its standing, or that it is done when its exam is
// passed.
func (s *progressScreen) show(l loadedPlan) {
	p := l.plan
	s.plan = p
	today := s.today()
	s.summary.SetText(fmt.Sprintf("%s · %s", p.Schedule.Exam, statusText(l, today)))
	s.chart.set(burnUpOf(p, today))
	s.domains.Objects = nil
	for _, d := range domainsOf(p) {
		row := newDomainRow()
		setDomainRow(row, d)
		s.domains.Add(row)
	}
	s.domains.Refresh()
	s.scores.load(p)
}
