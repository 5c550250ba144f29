package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// allPlans is the Progress screen's view of the whole week: every active
// plan on one timeline, this week's hours by plan, and the archived plans
// with a way to bring each back.
type allPlans struct {
	progressDeps
	load     latest // loading the active plans: the newest load wins
	timeline *timeline
	week     *widget.Label
	archived *fyne.Container
}

func newAllPlans(d progressDeps) *allPlans { return &allPlans{progressDeps: d} }

// buildUI lays out the timeline, the week and the archived plans.
func (v *allPlans) buildUI() fyne.CanvasObject {
	v.timeline = newTimeline()
	v.week = wrapped("")
	v.archived = container.NewVBox()
	return container.NewVBox(v.week, v.timeline, v.archived)
}

// refresh loads every active plan off the UI goroutine and draws them.
func (v *allPlans) refresh() {
	active, _ := v.planLists()
	active, today := append([]planner.PlanSummary(nil), active...), v.today()
	runLatest(v.tasks, &v.load, nil, func(ctx context.Context) ([]loadedPlan, error) {
		var out []loadedPlan
		for _, s := range active {
			p, err := v.plans.Plan(ctx, s.ID)
			if err != nil {
				return nil, err
			}
			if _, err := besideOthers(ctx, v.budget, &p, today); err != nil {
				return nil, err
			}
			out = append(out, loadedPlan{plan: p})
		}
		return out, nil
	}, v.show, v.fail("load your plans"))
}

// show draws the active plans, each named as the plan picker names it and
// with its standing (or that it is done, its exam passed), and this week's
// hours of each.
func (v *allPlans) show(plans []loadedPlan) {
	today := v.today()
	labels := planLabels(summariesOf(plans))
	rows := make([]timelineRow, 0, len(plans))
	var week []string
	for i, l := range plans {
		p := l.plan
		row := timelineRow{Label: labels[i], From: p.Schedule.Start, To: p.Schedule.ExamDate, Mark: p.Schedule.ExamDate}
		if l.done() { // its study ends on the pass day (planner.Plan.UpToPass)
			row.To, row.Mark = p.Passed, p.Passed
			row.Caption = fmt.Sprintf("Passed on %s · done", longDay(p.Passed))
			week = append(week, labels[i]+": done")
		} else {
			h := hoursInWeek(p.Schedule, today)
			c := planner.CommitmentOf(p.Schedule, today)
			row.Caption = fmt.Sprintf("%s · %s this week · %s a week on average",
				stateText(standingOf(p, today).State), hours(h), hours(c.HoursPerWeek))
			week = append(week, fmt.Sprintf("%s: %s", labels[i], hours(h)))
		}
		rows = append(rows, row)
	}
	v.timeline.set(rows)
	v.week.SetText("Your week is shared by your active plans. This week: " + strings.Join(week, " · ") + ".")
	v.showArchived()
}

// summariesOf names loaded plans as the plan list does, with the exam date
// they hold now.
func summariesOf(plans []loadedPlan) []planner.PlanSummary {
	out := make([]planner.PlanSummary, len(plans))
	for i, l := range plans {
		p := l.plan
		out[i] = planner.PlanSummary{ID: p.ID, Name: p.Name, Exam: p.Schedule.Exam, ExamDate: p.Schedule.ExamDate,
			Passed: p.Passed}
	}
	return out
}

// showArchived lists the archived plans, each with "Bring back".
func (v *allPlans) showArchived() {
	v.archived.Objects = nil
	_, archived := v.planLists()
	for i, p := range archived {
		id := p.ID
		back := widget.NewButton("Bring back", func() { v.bringBack(id) })
		v.archived.Add(container.NewBorder(nil, nil, nil, back, widget.NewLabel("Archived: "+planLabel(i, p))))
	}
	v.archived.Refresh()
}

// hoursInWeek is the study a schedule puts in the week holding today.
func hoursInWeek(s planner.Plan, today catalog.Date) float64 {
	from := today.WeekStart()
	byDay := planner.TakenBy([]planner.Plan{s}, from)
	total := 0.0
	for d := from; d.Before(from.AddDays(7)); d = d.AddDays(1) {
		total += byDay[d]
	}
	return total
}
