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
