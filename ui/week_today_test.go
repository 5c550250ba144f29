package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestWeekViewMarksToday: the week view's heading for today says so and
// stands out; other days do not.
func TestWeekViewMarksToday(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
	app.show(ScreenPlan)
	app.tasks.wait()
	var todays, others int
	walk(app.screens[ScreenPlan].(*planScreen).week.box, func(o fyne.CanvasObject) {
		l, ok := o.(*widget.Label)
		if !ok || !l.TextStyle.Bold {
			return
		}
		switch {
		case strings.HasPrefix(l.Text, "Today · "):
			todays++
			if !strings.HasSuffix(l.Text, dayName(app.today())) || l.Importance != widget.HighImportance {
				t.Errorf("today's heading %q (importance %v)", l.Text, l.Importance)
			}
		case strings.Contains(l.Text, "day "):
			others++
		}
	})
	if todays != 1 || others == 0 {
		t.Fatalf("%d headings marked today and %d others, want 1 and some", todays, others)
	}
}
