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
	"certplan/planner"
)

// planWeekNote is the line under the plan screen's banner that says which
// active plans are not planned within the learner's week, with a button
// that re-plans them within it. Data saved or imported before every plan
// shared one week can hold such plans, and nothing else would say so.
type planWeekNote struct {
	screen *planScreen
	load   latest // the newest check wins
	text   *widget.Label
	apply  *widget.Button
	box    *fyne.Container
}

func newPlanWeekNote(s *planScreen) *planWeekNote { return &planWeekNote{screen: s} }

// buildUI lays out the line and its button, hidden until a plan is
// planned within another week.
func (n *planWeekNote) buildUI() fyne.CanvasObject {
	n.text = wrapped("")
	n.apply = widget.NewButtonWithIcon("Re-plan within your week", theme.ViewRefreshIcon(), n.onApply)
	n.box = container.NewBorder(nil, nil, nil, container.NewCenter(n.apply), n.text)
	n.box.Hide()
	return n.box
}

// weekCheck is the learner's week and the active plans not planned within
// it.
type weekCheck struct {
	week    planner.LearnerWeek
	outside []planner.StudyPlan
}

// refresh checks the plans against the learner's week and shows what it
// finds for the plan shown, shown.
func (n *planWeekNote) refresh(shown int64) {
	s := n.screen
	if s.budget == nil {
		return
	}
	today := s.today()
	runLatest(s.tasks, &n.load, nil, func(ctx context.Context) (weekCheck, error) {
		week, outside, err := s.budget.OutsideWeek(ctx, today)
		return weekCheck{week, outside}, err
	}, func(c weekCheck) { n.show(c, shown) }, s.fail("check the plans against your week"))
}

// show says which plans of c are outside the learner's week, or hides the
// line when none is.
func (n *planWeekNote) show(c weekCheck, shown int64) {
	n.text.SetText(outsideWeekText(c, shown))
	n.box.Hidden = len(c.outside) == 0
	n.box.Refresh()
}

// outsideWeekText names the learner's week and, for each plan outside it
// ("this plan" for plan shown), the week it is planned within; "" when
// none is.
func outsideWeekText(c weekCheck, shown int64) string {
	var parts []string
	for i, p := range c.outside {
		name := planName(p)
		if p.ID == shown {
			name = "this plan"
		}
		verb := " within "
		if i == 0 {
			verb = " is planned within "
		}
		parts = append(parts, name+verb+p.Input.Week().String())
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf("Your week is %s, but %s.", c.week, strings.Join(parts, "; "))
}

// onApply re-plans every active plan within the learner's week, then shows
// the plan again and says how each plan re-planned stands.
func (n *planWeekNote) onApply() {
	s, today := n.screen, n.screen.today()
	if s.budget == nil {
		return
	}
	n.apply.Disable()
	runSave(s.tasks, s.loading, s.saving("re-plan your plans within your week"), func(ctx context.Context) (planner.WeekChange, error) {
		return s.budget.RefitToWeek(ctx, today)
	}, saved[planner.WeekChange]{done: n.apply.Enable, apply: func(c planner.WeekChange) {
		s.refresh()
		dialog.ShowInformation("Your week", refitToWeekText(c, today), s.win)
	}})
}

// refitToWeekText says that the plans were re-planned within the
// learner's week and, for each not on track, how it stands now.
func refitToWeekText(c planner.WeekChange, today catalog.Date) string {
	if len(c.Refitted) == 0 {
		return fmt.Sprintf("Nothing changed: all your active plans are planned within your week, %s.", c.Week)
	}
	return fmt.Sprintf("Your plans were re-planned within your week, %s.", c.Week) + standingLines(0, c.Refitted, today)
}
