package ui

import (
	"context"

	"fyne.io/fyne/v2"

	"certplan/catalog"
	"certplan/planner"
)

// loadedPlan is a saved plan as a screen shows it, loaded once with the
// day its exam was passed (planner.StudyPlan.Passed): a plan whose exam
// is passed is done, its schedule ends that day, and it says so instead
// of how it stands.
type loadedPlan struct {
	plan planner.StudyPlan
	// others is the share of the week the other active plans take (the
	// plan screen's; empty elsewhere).
	others planner.WeekBudget
}

// done reports whether the plan's exam is passed: then nothing is left to
// study, rebalance or fix.
func (l loadedPlan) done() bool { return !l.plan.Passed.IsZero() }

// passedText is what a plan whose exam was passed on says in place of its
// standing: "Passed on 12 Mar 2027: this plan is done, ..."
func passedText(on catalog.Date) string { return planner.PassedText(longDay(on)) }

// statusText is a loaded plan's standing on today in the banner's words,
// or that it is done when its exam is passed.
func statusText(l loadedPlan, today catalog.Date) string {
	if l.done() {
		return passedText(l.plan.Passed)
	}
	return bannerText(standingOf(l.plan, today))
}

// passedCountdown is the countdown of a plan whose exam is passed.
func passedCountdown(code string) string { return code + " passed. Well done!" }

// longDay is "12 Mar 2027".
func longDay(d catalog.Date) string { return d.Time().Format("2 Jan 2006") }

// loadPlan reads plan id as the plan screen shows it: with the fixes that
// fit today when it does not fit, and whether its exam is passed.
func (s *planScreen) loadPlan(ctx context.Context, id int64, today catalog.Date) (loadedPlan, error) {
	p, err := s.fit.load(ctx, id, today)
	if err != nil {
		return loadedPlan{}, err
	}
	others, err := besideOthers(ctx, s.budget, &p, today)
	return loadedPlan{plan: p, others: others}, err
}

// showLoaded shows a loaded plan everywhere on the screen.
func (s *planScreen) showLoaded(l loadedPlan) {
	s.others = l.others
	s.setPlan(l.plan)
}

// done reports whether the plan shown is done: its exam is passed. It then
// offers no rebalance, fix or change of dates, and shows no warnings.
func (s *planScreen) done() bool { return !s.plan.Passed.IsZero() }

// warningsOf is schedule sch's warnings as the plan screen shows them:
// none for a plan that is done.
func (s *planScreen) warningsOf(sch planner.Plan) []string {
	if s.done() {
		return nil
	}
	return sch.WarningsBesidesFit()
}

// showIf shows o when show is true and hides it otherwise.
func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}
