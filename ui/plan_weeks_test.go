package ui

import (
	"testing"

	"certplan/planner"
)

// TestEmptyWeekSaysWhenOtherPlansTakeIt: a week with no study because the
// learner's other plans take its hours is not called a break.
func TestEmptyWeekSaysWhenOtherPlansTakeIt(t *testing.T) {
	p := planner.StudyPlan{Input: planner.Input{Hours: planner.Even(5)}}
	wantContains(t, "shared week", emptyWeekText(p, planner.Week{}), "your other plans")
	wantContains(t, "free week", emptyWeekText(p, planner.Week{CapacityHours: 5}), "enjoy the break")
	free := planner.StudyPlan{Input: planner.Input{}}
	wantContains(t, "no hours at all", emptyWeekText(free, planner.Week{}), "enjoy the break")
}

// TestEmptyWeekTakesOneLine (QA desk2 #5): at 800x600 a plan with nothing
// this week says so in a line with the day of the next session, and the
// week takes only that room, not most of the page above the plan.
func TestEmptyWeekTakesOneLine(t *testing.T) {
	// Hours on Mondays only, from a Tuesday: nothing until next Monday.
	app, s := showFakePlan(t, "SAA-C03", "2026-12-01", "2027-04-01", planner.Weekdays{3})
	at800x600(app)
	wantContains(t, "this week", boxText(s.week.box), "Nothing ", "; next session on Monday 7 December.")
	col := s.week.scroll.Size().Height
	if max := float32(3 * 40); col > max {
		t.Errorf("the empty week is %.0f high at 800x600, want a line's room, at most %.0f", col, max)
	}
}
