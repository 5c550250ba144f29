package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
)

// TestDatePickerMarksToday opens the calendar of a date field: today is
// marked, the date typed stands out, weeks start on Monday, and a click
// fills the field.
func TestDatePickerMarksToday(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	s.examDate.entry.SetText("2026-03-20")
	s.examDate.onCalendar()
	p := s.examDate.picker
	if p == nil || app.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no calendar opened")
	}
	today, chosen := p.buttons[catalog.DateOf(2026, 3, 2)], p.buttons[catalog.DateOf(2026, 3, 20)]
	if today == nil || today.Importance != widget.MediumImportance || today.Icon == nil {
		t.Fatalf("today 2 March is not marked: %+v", today)
	}
	if chosen.Importance != widget.HighImportance {
		t.Errorf("the chosen 20 March has importance %v, want high", chosen.Importance)
	}
	if other := p.buttons[catalog.DateOf(2026, 3, 3)]; other.Importance != widget.LowImportance || other.Icon != nil {
		t.Errorf("3 March is marked too")
	}
	// 1 March 2026 is a Sunday: six blanks after the day names, Monday first.
	if first := p.days.Objects[7+6]; first != p.buttons[catalog.DateOf(2026, 3, 1)] {
		t.Errorf("1 March (a Sunday) is not in the seventh column")
	}
	test.Tap(p.buttons[catalog.DateOf(2026, 3, 27)])
	if got := s.examDate.entry.Text; got != "2026-03-27" {
		t.Fatalf("picked 27 March, field shows %q", got)
	}
}
