package planner_test

import (
	"math"
	"testing"
)

// TestWeekHoursAddUpAsShown: the hours a week's sessions and items show,
// to two decimals, add up to the week's planned hours, and each still
// reads as its own minutes (QA: show --json gave a week 7 h planned whose
// sessions added up to 7.01 h).
func TestWeekHoursAddUpAsShown(t *testing.T) {
	p := mustBuild(t, saa())
	for _, w := range p.Weeks {
		sessions, items, minutes := 0, 0, 0
		for _, s := range w.Sessions {
			sessions += int(math.Round(s.Hours * 100))
			minutes += int(math.Round(s.Hours * 60))
		}
		for _, it := range w.Items {
			items += int(math.Round(it.Hours * 100))
		}
		want := int(math.Round(w.PlannedHours * 100))
		if sessions != want || items != want {
			t.Errorf("week of %s: %.2f h planned, its sessions add up to %.2f h and its items to %.2f h",
				w.Start, w.PlannedHours, float64(sessions)/100, float64(items)/100)
		}
		if minutes != int(math.Round(w.PlannedHours*60)) {
			t.Errorf("week of %s: %.2f h planned, its sessions read as %d minutes", w.Start, w.PlannedHours, minutes)
		}
	}
}
