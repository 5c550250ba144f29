package ui

import (
	"context"
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// planScreen is the home screen: the countdown, whether the learner is on
// track, this week's sessions with a tick per topic, progress bars by
// domain and the whole plan week by week.
type planScreen struct {
	planDeps
	load    latest // loading the plan shown: a newer pick wins
	loading *loading
	plan    planner.StudyPlan
	loaded  bool
	// others is the share of the week the other active plans take, read
	// with the plan: its Taken is the plan's (StudyPlan.Taken).
	others    planner.WeekBudget
	sharing   *widget.Label // which plan has priority, when others share its days
	title     *widget.RichText
	countdown *widget.Label
	banner    *widget.Label
	bannerBG  *canvas.Rectangle
	bannerOK  bool
	rebalance *widget.Button
	overall   *widget.ProgressBar
	domains   *fyne.Container
	// domainsScroll scrolls the domains, and the page at their end.
	domainsScroll *chainScroll
	week          *weekView
	all           *planList
	fit           *planFit
	warnings      *planWarnings
	weekNote      *planWeekNote
	lastMoves     []planner.Move
}

// planDeps is what the plan screen uses besides the window, tasks,
// catalog and today: the plans, which one is shown, and a way to tell the
// shell the plan list changed.
type planDeps struct {
	screenBase
	plans PlanService
	// budget tells the fixes that fit around the other plans today; may be nil.
	budget  BudgetService
	shownID func() int64 // the plan chosen in the sidebar
	// plansChanged reloads the plan list the sidebar's picker and the Plans
	// menu show, after a save that changed a plan's exam date; may be nil.
	plansChanged func()
}

func newPlanScreen(d planDeps) *planScreen {
	s := &planScreen{planDeps: d}
	s.week = newWeekView(s)
	s.all = newPlanList(s)
	s.fit = newPlanFit(s)
	s.warnings = newPlanWarnings(s.fit.roomBeside)
	s.weekNote = newPlanWeekNote(s)
	return s
}

// buildUI lays out the header, this week on the left and the domains and
// the whole plan on the right.
func (s *planScreen) buildUI() fyne.CanvasObject {
	s.title = heading("Your plan")
	// The countdown goes under the title, not beside it: beside it, its
	// long line squeezed the exam's name into a narrow column of five lines.
	s.countdown = boldWrapped("")
	s.banner = wrapped("")
	s.sharing = wrapped("")
	s.sharing.Hide()
	s.bannerBG = canvas.NewRectangle(color.Transparent)
	s.bannerBG.CornerRadius = theme.InputRadiusSize()
	s.rebalance = widget.NewButtonWithIcon("Rebalance", theme.ViewRefreshIcon(), s.onRebalance)
	s.overall = newBar(func(float64) string { return s.overallText() })
	s.domains = container.NewVBox()
	fit := s.fit.buildUI()
	actions := container.NewHBox(container.NewCenter(s.rebalance), container.NewCenter(s.fit.change))
	header := container.NewVBox(
		s.title, s.countdown,
		container.NewBorder(nil, nil, nil, actions, container.NewStack(s.bannerBG, s.banner)),
		s.sharing, s.weekNote.buildUI(), fit, s.warnings.buildUI(), readableBar(s.overall))
	split := newColumns(0.55, s.week.buildUI(), s.buildRight())
	chainTo(split, s.week.scroll, s.domainsScroll)
	s.all.page = split
	var view fyne.CanvasObject
	s.loading, view = newLoading(container.NewPadded(container.NewBorder(header, nil, nil, nil, split)),
		"Loading your plan…")
	return view
}

// wholePlanShare is the share of the right column the whole plan starts
// with, under the domains: below them it showed one or two rows at the
// default window size (QA #17).
const wholePlanShare = 0.7

// buildRight is the progress by domain over the whole plan: the domains
// scroll, in whole rows, and the whole plan has wholePlanShare of the
// height at least, rightMinHeight in all at least.
func (s *planScreen) buildRight() fyne.CanvasObject {
	heading := bold("Progress by domain")
	s.domainsScroll = newChainScroll(container.NewVBox(heading, s.domains))
	whole := container.NewBorder(bold("The whole plan"), nil, nil, nil, s.all.buildUI())
	rows := func() []fyne.CanvasObject { return append([]fyne.CanvasObject{heading}, s.domains.Objects...) }
	column := container.New(rightColumnLayout{rows: rows}, s.domainsScroll, widget.NewSeparator(), whole)
	return withMinHeight(rightMinHeight, column)
}

// rightMinHeight keeps the domains and a few rows of the whole plan in
// sight under this week when the columns stack (at 800x600): the page
// scrolls to them instead of squeezing all three into the room the header
// leaves.
const rightMinHeight = 300

// refresh loads the plan chosen in the sidebar.
func (s *planScreen) refresh() {
	id, today := s.shownID(), s.today()
	runLatest(s.tasks, &s.load, s.loading, func(ctx context.Context) (loadedPlan, error) {
		return s.loadPlan(ctx, id, today)
	}, s.showLoaded, s.fail("load the plan"))
	s.weekNote.refresh(id)
}

// setPlan shows plan p everywhere on the screen.
func (s *planScreen) setPlan(p planner.StudyPlan) {
	if p.Progress == nil {
		p.Progress = map[string]planner.TopicProgress{}
	}
	if p.Items == nil {
		p.Items = map[string]planner.TopicProgress{}
	}
	if p.Taken == nil && !p.Archived { // a re-plan of this plan leaves the others' hours as they were
		p.Taken = s.others.Taken
	}
	s.plan, s.loaded = p, true
	sch := p.Schedule
	s.title.Segments[0].(*widget.TextSegment).Text = sch.Exam + " · " + sch.ExamName
	s.title.Refresh()
	s.week.show()
	s.all.show()
	s.fit.show(p)
	s.warnings.show(s.warningsOf(sch))
	s.updateProgress()
}

// updateProgress refreshes what depends on the ticks: countdown, banner,
// bars and the checks.
func (s *planScreen) updateProgress() {
	today := s.today()
	st := standingOf(s.plan, today)
	countdown := countdownText(today, s.plan.Schedule.ExamDate, s.plan.Schedule.Exam)
	if from := s.plan.Schedule.NoNewMaterialFrom; !from.IsZero() && today.Before(from) {
		countdown += fmt.Sprintf(" · new material until %s, then review and practice", from.AddDays(-1))
	}
	if s.done() {
		countdown = passedCountdown(s.plan.Schedule.Exam)
	}
	s.countdown.SetText(countdown)
	s.banner.SetText(statusText(loadedPlan{plan: s.plan}, today))
	sharing := sharingText(s.plan.Schedule, s.others, today)
	s.sharing.SetText(sharing)
	showIf(s.sharing, sharing != "" && !s.done())
	s.bannerOK = bannerOK(st) || s.done()
	showIf(s.rebalance, !s.done())
	s.paintBanner()
	if st.TotalHours > 0 {
		s.overall.SetValue(st.DoneHours / st.TotalHours)
	}
	s.updateDomains()
}

// paintBanner tints the banner green when on track or ahead and orange
// when behind, faintly, so its text keeps the theme's contrast.
func (s *planScreen) paintBanner() {
	name := theme.ColorNameSuccess
	if !s.bannerOK {
		name = theme.ColorNameWarning
	}
	r, g, b, _ := theme.Color(name).RGBA()
	s.bannerBG.FillColor = color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x40}
	s.bannerBG.Refresh()
}

// overallText is the overall bar's caption.
func (s *planScreen) overallText() string {
	st := standingOf(s.plan, s.today())
	return fmt.Sprintf("%s of %s done (%.0f %%)", hours(st.DoneHours), hours(st.TotalHours), s.overall.Value*100)
}

// updateDomains shows one meter per domain: hours done of hours planned.
func (s *planScreen) updateDomains() {
	doms := domainsOf(s.plan)
	if len(s.domains.Objects) != len(doms) {
		s.domains.Objects = nil
		for range doms {
			s.domains.Add(newDomainRow())
		}
	}
	for i, d := range doms {
		setDomainRow(s.domains.Objects[i].(*fyne.Container), d)
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
	// A tick logs the topic's planned hours (or more, when more were
	// logged); an untick takes back what the tick logged.
	after, spent := planner.TopicProgress{}, 0.0
	if done {
		spent = max(before.Hours, s.topicHours(topicID))
		after = planner.TopicProgress{Done: true, DoneOn: s.today(), Hours: spent}
	}
	s.setProgress(topicID, after, true)
	id := s.plan.ID
	runSave(s.tasks, nil, s.savingPlan("save the tick"), func(ctx context.Context) (struct{}, error) {
		return struct{}{}, tickTopic(ctx, s.plans, id, topicID, done, spent)
	}, saved[struct{}]{undo: func() {
		if had {
			s.setProgress(topicID, before, true)
		} else {
			delete(s.plan.Progress, topicID)
			s.setProgress(topicID, planner.TopicProgress{}, false)
		}
	}})
}

// onPlansChanged has the shell reload the plan list: the picker and the
// Plans menu name each plan by its exam date. It runs whether the save
// worked or not, and whatever plan the screen shows by then, for the list
// must show what is stored either way.
func (s *planScreen) onPlansChanged() {
	if s.plansChanged != nil {
		s.plansChanged()
	}
}

// savingPlan is the target of a save of action to the plan shown now:
// what it brings back is for the screen only while it still shows that
// plan.
func (s *planScreen) savingPlan(action string) saveTarget {
	return s.forPlan(s.plan, func() int64 { return s.plan.ID }, action)
}

// setProgress records a topic's progress and updates the screen.
func (s *planScreen) setProgress(topicID string, p planner.TopicProgress, keep bool) {
	if keep {
		s.plan.Progress[topicID] = p
	}
	s.week.setChecked(topicID, p.Done)
	if itemsDoneText(s.plan, topicID) != "" {
		s.week.show() // its sessions' item checks and marks follow the task
	}
	s.all.ticked(topicID) // into or out of "Done so far", its rows measured again
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
	before, today, id := s.plan.Schedule, s.today(), s.plan.ID
	s.rebalance.Disable()
	type result struct {
		plan  planner.StudyPlan
		moved bool
	}
	runSave(s.tasks, s.loading, s.savingPlan("rebalance the plan"), func(ctx context.Context) (result, error) {
		p, moved, err := s.plans.Replan(ctx, id, today)
		return result{p, moved}, err
	}, saved[result]{done: s.rebalance.Enable, apply: func(r result) {
		s.lastMoves = nil
		if !r.moved {
			dialog.ShowInformation("Rebalance", nothingMovedText(standingOf(r.plan, today)), s.win)
			return
		}
		s.lastMoves = planner.MovesOf(before, r.plan.Schedule, today)
		s.setPlan(r.plan)
		s.showMoves(r.plan)
	}})
}

// showMoves tells the learner what the rebalance changed: a sentence, then
// each moved topic with its old and new day.
func (s *planScreen) showMoves(p planner.StudyPlan) {
	summary := fmt.Sprintf("The work left now fits the days left before %s. %s moved:",
		p.Schedule.ExamDate, countLabel(len(s.lastMoves), "topic", "topics"))
	if !p.Schedule.Feasible {
		summary = fmt.Sprintf("The work left is still %s short of the days before %s: "+
			"add hours, or move the exam to %s. %s moved:", hours(p.Schedule.ShortfallHours), p.Schedule.ExamDate,
			p.Schedule.EarliestExam, countLabel(len(s.lastMoves), "topic", "topics"))
	}
	lines := slices.Clone(p.Schedule.Changes) // in the planner's order, domain 1 first
	if p.Schedule.FromReadiness {
		lines = append(lines, readinessNote)
	}
	summary = strings.Join(append(lines, summary), "\n")
	grid := container.New(layout.NewFormLayout())
	for _, m := range s.lastMoves {
		title := widget.NewLabel(strings.TrimSuffix(m.Title, "."))
		title.Wrapping = fyne.TextWrapWord // what moved is read whole, on more lines if it needs them
		grid.Add(widget.NewLabel(dayOrNone(m.From) + "  to  " + dayOrNone(m.To)))
		grid.Add(title)
	}
	list := container.NewVScroll(grid)
	list.SetMinSize(fyne.NewSize(620, 260))
	content := container.NewBorder(wrapped(summary), nil, nil, nil, list)
	dialog.ShowCustom("Rebalanced", "OK", content, s.win)
}

// dayOrNone is a short day, or "not planned".
func dayOrNone(d catalog.Date) string {
	if d.IsZero() {
		return "not planned"
	}
	return shortDay(d)
}
