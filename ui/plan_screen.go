package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// planScreen is the home screen: the countdown, whether the learner is on
// track, this week's sessions with a tick per topic, progress bars by
// domain and the whole plan week by week.
type planScreen struct {
	app       *App
	loading   *loading
	plan      StudyPlan
	loaded    bool
	title     *widget.RichText
	countdown *widget.Label
	banner    *widget.Label
	rebalance *widget.Button
	overall   *widget.ProgressBar
	domains   *fyne.Container
	week      *weekView
	all       *planList
	lastMoves []move
}

func newPlanScreen(a *App) *planScreen {
	s := &planScreen{app: a}
	s.week = newWeekView(s)
	s.all = newPlanList(s)
	return s
}

// buildUI lays out the header, this week on the left and the domains and
// the whole plan on the right.
func (s *planScreen) buildUI() fyne.CanvasObject {
	s.title = heading("Your plan")
	s.countdown = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	s.banner = wrapped("")
	s.rebalance = widget.NewButtonWithIcon("Rebalance", theme.ViewRefreshIcon(), s.onRebalance)
	s.overall = newBar(func(float64) string { return s.overallText() })
	s.domains = container.NewVBox()
	header := container.NewVBox(
		container.NewBorder(nil, nil, nil, s.countdown, s.title),
		container.NewBorder(nil, nil, nil, container.NewCenter(s.rebalance), s.banner),
		s.overall)
	right := container.NewBorder(container.NewVBox(bold("Progress by domain"), s.domains, widget.NewSeparator(),
		bold("The whole plan")), nil, nil, nil, s.all.buildUI())
	split := container.NewHSplit(s.week.buildUI(), right)
	split.Offset = 0.55
	var view fyne.CanvasObject
	s.loading, view = newLoading(container.NewPadded(container.NewBorder(header, nil, nil, nil, split)), "Loading your plan…")
	return view
}

// refresh loads the plan chosen in the sidebar.
func (s *planScreen) refresh() {
	id := s.app.planID
	runTask(&s.app.tasks, s.loading, func(ctx context.Context) (StudyPlan, error) {
		return s.app.svc.Plans.LoadPlan(ctx, id)
	}, s.setPlan, s.app.fail("load the plan"))
}

// setPlan shows plan p everywhere on the screen.
func (s *planScreen) setPlan(p StudyPlan) {
	if p.Progress == nil {
		p.Progress = map[string]TopicProgress{}
	}
	s.plan, s.loaded = p, true
	sch := p.Schedule
	s.title.Segments[0].(*widget.TextSegment).Text = sch.Exam + " · " + sch.ExamName
	s.title.Refresh()
	s.week.show()
	s.all.show()
	s.updateProgress()
}

// updateProgress refreshes what depends on the ticks: countdown, banner,
// bars and the checks.
func (s *planScreen) updateProgress() {
	today := s.app.today()
	st := standingOf(s.plan, today)
	s.countdown.SetText(countdownText(today, s.plan.Schedule.ExamDate, s.plan.Schedule.Exam))
	s.banner.SetText(st.bannerText())
	s.banner.Importance = widget.SuccessImportance
	if st.ahead < -tolerance {
		s.banner.Importance = widget.WarningImportance
	}
	s.banner.Refresh()
	if st.total > 0 {
		s.overall.SetValue(st.done / st.total)
	}
	s.updateDomains()
}

// overallText is the overall bar's caption.
func (s *planScreen) overallText() string {
	st := standingOf(s.plan, s.app.today())
	return fmt.Sprintf("%s of %s done (%.0f %%)", hours(st.done), hours(st.total), s.overall.Value*100)
}

// updateDomains shows one bar per domain.
func (s *planScreen) updateDomains() {
	doms := domainsOf(s.plan)
	if len(s.domains.Objects) != 2*len(doms) {
		s.domains.Objects = nil
		for range doms {
			s.domains.Add(widget.NewLabel(""))
			s.domains.Add(widget.NewProgressBar())
		}
	}
	for i, d := range doms {
		s.domains.Objects[2*i].(*widget.Label).SetText(d.name)
		bar := s.domains.Objects[2*i+1].(*widget.ProgressBar)
		d := d
		bar.TextFormatter = func() string { return fmt.Sprintf("%s of %s", hours(d.done), hours(d.total)) }
		if d.total > 0 {
			bar.SetValue(d.done / d.total)
		}
	}
	s.domains.Refresh()
}

// onTick saves a tick at once: the screen changes first, and goes back
// with an explanation if the save fails.
func (s *planScreen) onTick(topicID string, done bool) {
	before, had := s.plan.Progress[topicID]
	if before.Done == done {
		return
	}
	after := before
	after.Done, after.DoneOn = done, 0
	spent := before.Hours
	if done {
		after.DoneOn = s.app.today()
		spent = max(spent, s.topicHours(topicID))
		after.Hours = spent
	}
	s.setProgress(topicID, after, true)
	id := s.plan.ID
	runTask(&s.app.tasks, nil, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, s.app.svc.Plans.Tick(ctx, id, topicID, done, spent)
	}, func(struct{}) {}, func(err error) {
		if had {
			s.setProgress(topicID, before, true)
		} else {
			delete(s.plan.Progress, topicID)
			s.setProgress(topicID, TopicProgress{}, false)
		}
		s.app.fail("save the tick")(err)
	})
}

// setProgress records a topic's progress and updates the screen.
func (s *planScreen) setProgress(topicID string, p TopicProgress, keep bool) {
	if keep {
		s.plan.Progress[topicID] = p
	}
	s.week.setChecked(topicID, p.Done)
	s.all.list.Refresh()
	s.updateProgress()
}

// topicHours is the planned hours of a topic of the plan.
func (s *planScreen) topicHours(id string) float64 {
	for _, t := range s.plan.Schedule.Topics {
		if t.ID == id {
			return t.Hours
		}
	}
	return 0
}

// onRebalance re-plans the remaining work from today and shows what moved.
func (s *planScreen) onRebalance() {
	if !s.loaded {
		return
	}
	before, today, id := s.plan.Schedule, s.app.today(), s.plan.ID
	s.rebalance.Disable()
	type result struct {
		plan  StudyPlan
		moved bool
	}
	runTask(&s.app.tasks, s.loading, func(ctx context.Context) (result, error) {
		p, moved, err := s.app.svc.Plans.Rebalance(ctx, id, today)
		return result{p, moved}, err
	}, func(r result) {
		s.rebalance.Enable()
		s.lastMoves = nil
		if !r.moved {
			dialog.ShowInformation("Rebalance", "You are on track: nothing needed to move.", s.app.win)
			return
		}
		s.lastMoves = movesOf(before, r.plan.Schedule, today)
		s.setPlan(r.plan)
		s.showMoves(r.plan)
	}, func(err error) {
		s.rebalance.Enable()
		s.app.fail("rebalance the plan")(err)
	})
}

// showMoves tells the learner what the rebalance changed.
func (s *planScreen) showMoves(p StudyPlan) {
	var b strings.Builder
	fmt.Fprintf(&b, "The work left now fits the days left before %s.\n", p.Schedule.ExamDate)
	if !p.Schedule.Feasible {
		fmt.Fprintf(&b, "It is still %s short: add hours or move the exam to %s.\n", hours(p.Schedule.ShortfallHours), p.Schedule.EarliestExam)
	}
	fmt.Fprintf(&b, "\n%s moved:\n", countLabel(len(s.lastMoves), "topic", "topics"))
	for i, m := range s.lastMoves {
		if i == 12 {
			fmt.Fprintf(&b, "…and %d more.\n", len(s.lastMoves)-i)
			break
		}
		fmt.Fprintf(&b, "• %s: %s → %s\n", m.title, dayOrNone(m.from), dayOrNone(m.to))
	}
	dialog.ShowInformation("Rebalanced", b.String(), s.app.win)
}

// dayOrNone is a short day, or "not planned".
func dayOrNone(d catalog.Date) string {
	if d.IsZero() {
		return "not planned"
	}
	return shortDay(d)
}
