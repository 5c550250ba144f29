package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// TestRebalancedDialogShowsWholeTitles: the dialog after a rebalance names
// each moved topic by its whole title, on two lines when it needs them,
// at 800x600 (it cut them to "Determine high-performing and/or scal…").
func TestRebalancedDialogShowsWholeTitles(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
	app.win.Resize(fyne.NewSize(800, 600))
	plan := showScreen[*planScreen](t, app, ScreenPlan)
	long := "Determine high-performing and/or scalable network architectures, with the services each design needs"
	plan.lastMoves = []planner.Move{{Title: long + ".", From: mustDate(t, "2026-03-03"), To: mustDate(t, "2026-03-10")}}
	plan.showMoves(plan.plan)
	var found bool
	walk(app.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == long {
			found = true
			if got := drawnText(l); got != long {
				t.Errorf("the moved topic shows as %q, want %q", got, long)
			}
		}
	})
	if !found {
		t.Fatalf("the dialog names no moved topic %q:\n%s", long, strings.TrimSpace(topDialogText(app)))
	}
}
