package ui

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestEmptyWeekSaysWhenOtherPlansTakeIt: a week with no study because the
// learner's other plans take its hours is not called a break.
func TestEmptyWeekSaysWhenOtherPlansTakeIt(t *testing.T) {
	p := planner.StudyPlan{Input: planner.Input{Hours: planner.Even(5)}}
	none := planner.WeekBudget{}
	wantContains(t, "shared week", emptyWeekText(p, planner.Week{}, none, 0), "your other plans")
	wantContains(t, "free week", emptyWeekText(p, planner.Week{CapacityHours: 5}, none, 0), "enjoy the break")
	free := planner.StudyPlan{Input: planner.Input{}}
	wantContains(t, "no hours at all", emptyWeekText(free, planner.Week{}, none, 0), "enjoy the break")
}

// TestEmptyWeekNamesThePlansThatTakeIt: a week that the learner's other
// plans fill, though the plan counted hours in it, names them; one they
// do not reach is a break.
func TestEmptyWeekNamesThePlansThatTakeIt(t *testing.T) {
	day := func(s string) catalog.Date { d, _ := catalog.ParseDate(s); return d }
	p := planner.StudyPlan{Input: planner.Input{Hours: planner.Even(5)}}
	w := planner.Week{Start: day("2026-12-07"), End: day("2026-12-13"), CapacityHours: 5}
	dva := planner.PlanShare{PlanID: 2, Commitment: planner.Commitment{Exam: "DVA-C03", HoursPerWeek: 5,
		From: day("2026-12-03"), Until: day("2027-01-20")}}
	others := planner.WeekBudget{Shares: []planner.PlanShare{dva},
		Taken: map[catalog.Date]float64{day("2026-12-08"): 1, day("2026-12-09"): 1}}
	got := emptyWeekText(p, w, others, day("2026-12-07"))
	wantContains(t, "filled week", got, "the week is taken by DVA-C03")
	if strings.Contains(got, "enjoy the break") {
		t.Errorf("filled week = %q, calls it a break", got)
	}
	later := planner.Week{Start: day("2027-02-01"), End: day("2027-02-07"), CapacityHours: 5}
	wantContains(t, "after the other plan", emptyWeekText(p, later, others, day("2026-12-07")), "enjoy the break")
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

// TestPlanScreenCountsTheOtherPlansHours: the plan screen's standing takes
// the other active plans' hours out of the study time left, as `certplan
// show` does, and says which of two plans that share the week has
// priority, with how to give it to the plan shown.
func TestPlanScreenCountsTheOtherPlansHours(t *testing.T) {
	clk := &clock{day: mustDate(t, "2026-12-03")}
	svc := newFakeData(testCatalog(t)).services()
	in := planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-04-01"), Hours: planner.Even(10)}
	first := mustCreatePlan(t, svc, in)
	in.Exam = "CLF-C02"
	second := mustCreatePlan(t, svc, in)
	app := startAppWith(t, svc, clk)
	for _, c := range []struct {
		p    planner.StudyPlan
		want []string
		less bool // its weeks counted the whole week: the other plan came later
	}{
		{first, []string{"go to CLF-C02 until ", "this plan has priority, and CLF-C02 takes only the hours it leaves"}, true},
		{second, []string{"go to SAA-C03 until ", "which has priority", "Give this plan priority"}, false},
	} {
		app.openPlan(c.p.ID)
		app.tasks.wait()
		s := app.screens[ScreenPlan].(*planScreen)
		if !s.sharing.Visible() {
			t.Fatalf("plan %s: no line on the plan sharing its week", c.p.Exam)
		}
		wantContains(t, c.p.Exam+"'s sharing line", s.sharing.Text, c.want...)
		// The plan made second was planned around the first: its weeks
		// hold only what the first leaves, and are not counted twice.
		alone := planner.StudyTimeLeft(s.plan.Schedule, clk.day)
		got := s.plan.Standing(clk.day).TimeLeftHours
		if len(s.plan.Taken) == 0 || (got < alone) != c.less || got > alone {
			t.Errorf("plan %s: study time left %v h beside the other plan, %v h alone: want less %v", c.p.Exam, got, alone, c.less)
		}
	}
}
