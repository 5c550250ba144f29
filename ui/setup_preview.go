package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
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
	shared      *widget.Label // which other plans share the week
	useEarliest *widget.Button
	useHours    *widget.Button
	scroll      *container.Scroll // the preview's text, scrolled when side by side with the form
	plan        planner.Plan
	planning    latest // planning the preview: a newer edit wins
}

func newSetupPreview(s *setupScreen) *setupPreview { return &setupPreview{setup: s} }

// buildUI lays out the preview card.
func (p *setupPreview) buildUI() fyne.CanvasObject {
	p.total, p.weeks = wrapped(""), wrapped("")
	p.verdict, p.warnings = wrapped("Choose an exam to see whether it fits."), wrapped("")
	p.shared = wrapped("")
	p.verdict.TextStyle.Bold = true
	p.useEarliest = widget.NewButton("Use the earliest date that fits", p.onUseEarliest)
	p.useHours = widget.NewButton("Use the hours per week that fit", p.onUseHours)
	p.useEarliest.Hide()
	p.useHours.Hide()
	// The verdict and its fixes are not in the box: the set-up screen shows
	// them beside Create (verdictBar), in sight however small the window.
	box := container.NewVBox(p.total, p.weeks, p.shared, p.warnings)
	var view fyne.CanvasObject
	p.scroll = container.NewVScroll(box)
	p.loading, view = newLoading(p.scroll, "Planning…")
	return widget.NewCard("Preview", "", view)
}

// verdictBar is the verdict with the fixes for a plan that does not fit,
// for the foot of the set-up screen.
func (p *setupPreview) verdictBar() fyne.CanvasObject {
	return container.NewVBox(p.verdict, container.NewHBox(p.useEarliest, p.useHours))
}

// showProblem says what to fix in the form before anything can be planned.
func (p *setupPreview) showProblem(err error) {
	p.planning.drop()
	p.total.SetText("")
	p.weeks.SetText("")
	p.verdict.SetText(userMessage(err))
	p.warnings.SetText("")
	p.shared.SetText("")
	p.useEarliest.Hide()
	p.useHours.Hide()
}

// update plans in off the UI goroutine and shows it, unless a newer edit
// came in meanwhile.
func (p *setupPreview) update(in planner.Input) {
	cat, budget := p.setup.cat, p.setup.budget
	runLatest(p.setup.tasks, &p.planning, p.loading, func(ctx context.Context) (previewed, error) {
		var b planner.WeekBudget
		if budget != nil {
			var err error
			if b, err = budget.Budget(ctx, 0, in.Start); err != nil {
				return previewed{}, err
			}
			in.Taken = b.Taken
		}
		out, err := buildPreview(cat, in)
		out.plan = b.Shared.Fix(cat, in, planner.Plan{}, out.plan)
		out.shares, out.refits = b.Shares, b.Refits(in.Week())
		return out, err
	}, func(v previewed) {
		p.show(v.plan)
		p.total.SetText(totalText(v, in.Held))
		p.shared.SetText(sharedText(v.shares, v.refits))
	}, p.showProblem)
}

// sharedText says which other plans already take part of the week, one
// line each, and how many other plans creating this one re-fits within its
// week; "" when neither.
func sharedText(shares []planner.PlanShare, refits int) string {
	var lines []string
	for _, s := range shares {
		lines = append(lines, "Sharing your week: "+s.String()+".")
	}
	switch {
	case refits == 1:
		lines = append(lines, "Creating this plan changes your week for 1 other plan: it is re-planned within these hours and holidays.")
	case refits > 1:
		lines = append(lines, fmt.Sprintf("Creating this plan changes your week for %d other plans: they are re-planned within these hours and holidays.", refits))
	}
	return strings.Join(lines, "\n")
}

// show puts a planned preview on screen.
func (p *setupPreview) show(plan planner.Plan) {
	p.plan = plan
	p.total.SetText(fmt.Sprintf("Total: %s of study, review and practice for %s", hours(plan.TotalHours), plan.Exam))
	p.weeks.SetText(fmt.Sprintf("Weeks: %d, from %s to the exam on %s", len(plan.Weeks), plan.Start, plan.ExamDate))
	p.verdict.SetText(verdictText(plan))
	p.warnings.SetText(warningsText(plan.WarningsBesidesShortfall()))
	p.useEarliest.Hide()
	p.useHours.Hide()
	if plan.Feasible || plan.ExamDate.IsZero() {
		return
	}
	if !plan.EarliestExam.IsZero() {
		p.useEarliest.SetText("Use the earliest date that fits: " + plan.EarliestExam.String())
		p.useEarliest.Show()
	}
	if plan.FitWeekdays.Total() > 0 {
		p.useHours.SetText(fitHoursLabel(plan))
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
	return fmt.Sprintf("It does not fit: %s short. %s", hours(plan.ShortfallHours), plan.ShortfallText())
}

// onUseEarliest moves the exam to the earliest date that fits.
func (p *setupPreview) onUseEarliest() {
	p.setup.examDate.setDate(p.plan.EarliestExam)
	p.setup.onEdited()
}

// onUseHours sets the weekday hours that fit, spread over the week within
// the day limit the button names.
func (p *setupPreview) onUseHours() {
	p.setup.hours.set(p.plan.FitWeekdays)
	p.setup.onEdited()
}

// fitHoursLabel names the hours-a-week fix and how it spreads them:
// "Use 8.5 h a week that fit: Mon–Thu 1.75, Fri 1.5 (at most 4 h a day)".
// Days in a row with the same hours are written once, as a range, so the
// button fits an 800x600 window.
func fitHoursLabel(plan planner.Plan) string {
	return fmt.Sprintf("Use %s a week that fit: %s (at most %s a day)", hours(plan.FitWeekdays.Total()),
		plan.FitWeekdays.Runs(""), hours(planner.DayLimit(plan.Inputs.Hours)))
}
