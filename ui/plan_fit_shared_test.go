package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// TestMoveExamFitsAroundOtherPlans: a plan that does not fit, shown after
// a second plan took part of the week, offers the earliest exam date that
// fits around that plan now, and moving the exam there makes it fit (QA
// finding 2: the date stored before the second plan was offered, and the
// moved plan still did not fit).
func TestMoveExamFitsAroundOtherPlans(t *testing.T) {
	onEachBackend(t, "2026-12-02", func(t *testing.T, clk *clock, svc Services) {
		hours := planner.Even(10)
		first := mustCreatePlan(t, svc, planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: mustDate(t, "2026-12-20"), Hours: hours})
		stored := first.Schedule.EarliestExam
		mustCreatePlan(t, svc, planner.Input{Exam: "DVA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-03-31"), Hours: hours})
		app := startAppWith(t, svc, clk)
		app.openPlan(first.ID)
		plan := showScreen[*planScreen](t, app, ScreenPlan)
		if plan.fit.useEarliest.Hidden {
			t.Fatal("a plan that does not fit offers no earlier exam date")
		}
		if strings.Contains(plan.fit.useEarliest.Text, stored.String()) {
			t.Errorf("the fix offers %q, the date stored before the second plan took part of the week", plan.fit.useEarliest.Text)
		}
		test.Tap(plan.fit.useEarliest)
		app.tasks.wait()
		wantContains(t, "banner", plan.banner.Text, "On track")
		if !plan.fit.useEarliest.Hidden {
			t.Errorf("after moving the exam, the plan still offers %q", plan.fit.useEarliest.Text)
		}
	})
}
