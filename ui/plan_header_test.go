package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"certplan/planner"
)

// TestPlanTitleKeepsTheWidth: the countdown sits under the exam's name, so
// a long countdown never squeezes the name into a narrow column, even in an
// 800x600 window.
func TestPlanTitleKeepsTheWidth(t *testing.T) {
	clk := &clock{day: mustDate(t, "2026-12-02")}
	svc := newFakeData(testCatalog(t)).services()
	in := planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-03-12"), Hours: planner.Even(10)}
	app, s := showSavedPlan(t, svc, clk, in)
	app.win.Resize(fyne.NewSize(800, 600))
	wantContains(t, "countdown", s.countdown.Text, "days to go")
	if s.countdown.Position().Y <= s.title.Position().Y {
		t.Fatalf("the countdown (y %v) is beside the title (y %v), not under it", s.countdown.Position().Y, s.title.Position().Y)
	}
	if s.title.Size().Width < s.countdown.Size().Width {
		t.Fatalf("the title is %v wide, narrower than the countdown's %v", s.title.Size().Width, s.countdown.Size().Width)
	}
}
