package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// progressScreen shows how the plan is going at a glance: planned against
// done hours over the weeks, hours by domain, and practice results with
// readiness.
type progressScreen struct {
	app     *App
	loading *loading
	summary *widget.Label
	chart   *burnChart
	domains *fyne.Container
	scores  *scoresView
	plan    StudyPlan
}

func newProgressScreen(a *App) *progressScreen {
	return &progressScreen{app: a, scores: newScoresView(a)}
}

// buildUI lays out the summary, the chart and the domain meters.
func (s *progressScreen) buildUI() fyne.CanvasObject {
	s.summary = wrapped("")
	s.chart = newBurnChart()
	s.domains = container.NewGridWithColumns(2)
	bottom := container.NewVBox(bold("Hours by domain: done of planned"), s.domains, s.scores.buildUI())
	body := container.NewBorder(container.NewVBox(heading("Progress"), s.summary), bottom, nil, nil, s.chart)
	var view fyne.CanvasObject
	s.loading, view = newLoading(container.NewPadded(body), "Loading your progress…")
	return view
}

// refresh loads the plan shown.
func (s *progressScreen) refresh() {
	id := s.app.planID
	runTask(&s.app.tasks, s.loading, func(ctx context.Context) (StudyPlan, error) {
		return s.app.svc.Plans.LoadPlan(ctx, id)
	}, s.show, s.app.fail("load your progress"))
}

// show draws plan p.
func (s *progressScreen) show(p StudyPlan) {
	s.plan = p
	today := s.app.today()
	st := standingOf(p, today)
	s.summary.SetText(fmt.Sprintf("%s · %s", p.Schedule.Exam, st.bannerText()))
	s.chart.set(burnUpOf(p, today))
	s.domains.Objects = nil
	for _, d := range domainsOf(p) {
		name := widget.NewLabel(d.name)
		name.Truncation = fyne.TextTruncateEllipsis
		v := 0.0
		if d.total > 0 {
			v = d.done / d.total
		}
		s.domains.Add(name)
		s.domains.Add(newMeter(v, fmt.Sprintf("%s of %s", hours(d.done), hours(d.total))))
	}
	s.domains.Refresh()
	s.scores.load(p)
}
