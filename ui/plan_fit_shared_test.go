package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
	"certplan/ui/export"
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

// TestExportOffersTheFixesOfToday: a printout of a plan that does not fit,
// made a month after it was planned, offers the earliest exam date that
// fits from today, as the plan screen does, not the one stored (the PDF
// said "move the exam to Fri 1 Jan 2027" on 2026-12-03 for a plan made on
// 2026-11-02, when nothing before 2027-02-03 fitted any more).
func TestExportOffersTheFixesOfToday(t *testing.T) {
	onEachBackend(t, "2026-11-02", func(t *testing.T, clk *clock, svc Services) {
		in := planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: mustDate(t, "2026-12-20"), Hours: planner.Even(10)}
		p := mustCreatePlan(t, svc, in)
		clk.day = clk.day.AddDays(31)
		now, err := svc.Budget.FitNow(t.Context(), p.ID, clk.day)
		if err != nil || now.EarliestExam == p.Schedule.EarliestExam {
			t.Fatalf("the fixture should fit later today than when planned, on %s: %v", p.Schedule.EarliestExam, err)
		}
		app := startAppWith(t, svc, clk)
		var got planner.Plan
		capture := exportFormat{name: "capture", ext: "pdf", write: func(q planner.StudyPlan, _ export.Options) ([]byte, error) {
			got = q.Schedule
			return []byte("x"), nil
		}}
		if err := app.writeExport(t.Context(), capture, p.ID, filepath.Join(t.TempDir(), "plan.pdf")); err != nil {
			t.Fatal(err)
		}
		if got.EarliestExam != now.EarliestExam || got.FitWeekdays != now.FitWeekdays {
			t.Errorf("the printout offers %s or %v, want today's %s or %v (stored: %s)",
				got.EarliestExam, got.FitWeekdays, now.EarliestExam, now.FitWeekdays, p.Schedule.EarliestExam)
		}
	})
}
