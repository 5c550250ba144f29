package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// TestALongDayOffWrapsInThisWeek: a day off with a long name (a holiday's
// or time off's reason) wraps in This week at 800x600 instead of widening
// the column past the window.
func TestALongDayOffWrapsInThisWeek(t *testing.T) {
	app, plan := showFakePlan(t, "SAA-C03", "2026-12-02", "2027-03-12", planner.Even(10))
	app.win.Resize(fyne.NewSize(800, 600))
	reason := "Day of the national commemoration of the founding of the republic, of its first constitution and of the assembly that wrote it, with the regional holidays of that week"
	i, _ := shownWeek(plan.plan.Schedule, app.today())
	plan.plan.Schedule.Weeks[i].DaysOff = []planner.DayOff{{Date: mustDate(t, "2026-12-04"), Reason: reason}}
	plan.week.show()
	at800x600(app)
	var found bool
	walk(plan.week.box, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, reason) {
			found = true
			if got := drawnText(l); got != l.Text {
				t.Errorf("the day off shows as %q, want %q", got, l.Text)
			}
		}
	})
	if !found {
		t.Fatal("This week shows no day off")
	}
	if w := plan.week.box.MinSize().Width; w > 400 {
		t.Errorf("This week needs %v px for the day off, want it to wrap within its column", w)
	}
}
