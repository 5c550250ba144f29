package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/catalog"
	"certplan/planner"
)

// TestBurnWeekLabelsAreMondays (QA #21): a plan that starts on a Wednesday
// labels its first week by that week's Monday, as every other week is.
func TestBurnWeekLabelsAreMondays(t *testing.T) {
	test.NewTempApp(t)
	chart := newBurnChart()
	wed := catalog.DateOf(2026, 12, 2)
	chart.set(planner.BurnUp{Weeks: []catalog.Date{wed, catalog.DateOf(2026, 12, 7), catalog.DateOf(2026, 12, 14)},
		Planned: []float64{4, 14, 24}, Done: []float64{1}, Total: 24, Today: 0})
	labels := chartTexts(chart, "week of")
	want := []string{"week of 30 Nov", "week of 7 Dec", "week of 14 Dec"}
	if strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Errorf("axis labels %q, want %q: each week by its Monday", labels, want)
	}
}
