package ui

import (
	"context"
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
	"certplan/planner/holiday"
)

// setupPreview plans the set-up as the learner edits it and shows the
// numbers: total hours, weeks, the verdict, and one-click fixes when the
// plan does not fit.
type setupPreview struct {
	setup       *setupScreen
	loading     *loading
	total       *widget.Label
	weeks       *widget.Label
	verdict     *widget.Label
	warnings    *widget.Label
	useEarliest *widget.Button
	useHours    *widget.Button
	plan        planner.Plan
	generation  int
}

func newSetupPreview(s *setupScreen) *setupPreview { return &setupPreview{setup: s} }

// buildUI lays out the preview card.
func (p *setupPreview) buildUI() fyne.CanvasObject {
	p.total, p.weeks = wrapped(""), wrapped("")
	p.verdict, p.warnings = wrapped("Choose an exam to see whether it fits."), wrapped("")
	p.verdict.TextStyle.Bold = true
	p.useEarliest = widget.NewButton("Use the earliest date that fits", p.onUseEarliest)
	p.useHours = widget.NewButton("Use the hours per week that fit", p.onUseHours)
	p.useEarliest.Hide()
	p.useHours.Hide()
	box := container.NewVBox(p.total, p.weeks, p.verdict, p.useEarliest, p.useHours, p.warnings)
	var view fyne.CanvasObject
	p.loading, view = newLoading(container.NewVScroll(box), "Planning…")
	return widget.NewCard("Preview", "", view)
}

// showProblem says what to fix in the form before anything can be planned.
func (p *setupPreview) showProblem(err error) {
	p.generation++
	p.total.SetText("")
	p.weeks.SetText("")
	p.verdict.SetText(userMessage(err))
	p.warnings.SetText("")
	p.useEarliest.Hide()
	p.useHours.Hide()
}

// update plans in off the UI goroutine and shows it, unless a newer edit
// came in meanwhile.
func (p *setupPreview) update(in planner.Input, country string) {
	p.generation++
	gen := p.generation
	cat := p.setup.app.cat
	runTask(&p.setup.app.tasks, p.loading, func(context.Context) (previewed, error) {
		if country != "" {
			h, err := holiday.ForCountry(country)
			if err != nil {
				return previewed{}, err
			}
			in.Holidays = h
		}
		return buildPreview(cat, in)
	}, func(v previewed) {
		if gen == p.generation {
			p.show(v.plan)
			p.total.SetText(totalText(v, in.Held))
		}
	}, func(err error) {
		if gen == p.generation {
			p.showProblem(err)
		}
	})
}

// show puts a planned preview on screen.
func (p *setupPreview) show(plan planner.Plan) {
	p.plan = plan
	p.total.SetText(fmt.Sprintf("Total: %s of study for %s", hours(plan.TotalHours), plan.Exam))
	p.weeks.SetText(fmt.Sprintf("Weeks: %d, from %s to the exam on %s", len(plan.Weeks), plan.Start, plan.ExamDate))
	p.verdict.SetText(verdictText(plan))
	p.warnings.SetText(strings.Join(plan.Warnings, "\n"))
	p.useEarliest.Hide()
	p.useHours.Hide()
	if plan.Feasible || plan.ExamDate.IsZero() {
		return
	}
	if !plan.EarliestExam.IsZero() {
		p.useEarliest.SetText("Use the earliest date that fits: " + plan.EarliestExam.String())
		p.useEarliest.Show()
	}
	if plan.HoursPerWeekNeeded > 0 {
		p.useHours.SetText(fmt.Sprintf("Use the hours per week that fit: %s", hours(plan.HoursPerWeekNeeded)))
		p.useHours.Show()
	}
}

// verdictText says whether the plan fits, with the numbers.
func verdictText(plan planner.Plan) string {
	switch {
	case plan.ExamDate.IsZero():
		return "It does not fit: at these hours no exam date within five years works. Add hours per week."
	case plan.Feasible && plan.ExamDateProposed:
		return fmt.Sprintf("It fits: %s of work in %s available. Earliest exam date that fits: %s.",
			hours(plan.RequiredHours), hours(plan.CapacityHours), plan.ExamDate)
	case plan.Feasible:
		return fmt.Sprintf("It fits: %s of work in %s available before %s, %s to spare.",
			hours(plan.RequiredHours), hours(plan.CapacityHours), plan.ExamDate, hours(plan.CapacityHours-plan.RequiredHours))
	}
	return fmt.Sprintf("It does not fit: %s short. %s of work, only %s available before %s.",
		hours(plan.ShortfallHours), hours(plan.RequiredHours), hours(plan.CapacityHours), plan.ExamDate)
}

// onUseEarliest moves the exam to the earliest date that fits.
func (p *setupPreview) onUseEarliest() {
	p.setup.examDate.setDate(p.plan.EarliestExam)
	p.setup.onEdited()
}

// onUseHours scales the weekday hours to the hours per week that fit,
// keeping the learner's pattern (Monday to Friday when there was none).
func (p *setupPreview) onUseHours() {
	in, _, _ := p.setup.input()
	p.setup.hours.set(scaleHours(in.Hours, p.plan.HoursPerWeekNeeded))
	p.setup.onEdited()
}

// scaleHours spreads perWeek hours over the days like w does.
func scaleHours(w planner.Weekdays, perWeek float64) planner.Weekdays {
	total := w.Total()
	if total == 0 {
		w, total = planner.Even(5), 5
	}
	for i := range w {
		w[i] = math.Ceil(w[i]*perWeek/total*20) / 20 // whole three minutes, never less
	}
	return w
}
