package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dialogEntries opens nothing: it lists the entries of the top dialog.
func dialogEntries(t *testing.T, app *App, want int) []*widget.Entry {
	t.Helper()
	out := findAll[*widget.Entry](app.win.Canvas().Overlays().Top())
	if len(out) != want {
		t.Fatalf("dialog has %d entries, want %d", len(out), want)
	}
	return out
}

// TestTimeOffReversedIsRefused types a last day before the first: the
// dialog says so next to the field, Add does nothing and nothing is saved.
func TestTimeOffReversedIsRefused(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	test.Tap(s.timeOff.add)
	form := app.win.Canvas().Overlays().Top()
	dates := dialogEntries(t, app, 2)
	test.Type(dates[0], "2027-01-10")
	test.Type(dates[1], "2027-01-05")
	err := dates[1].Validate()
	if err == nil {
		t.Fatal("a last day off before the first is accepted")
	}
	wantContains(t, "message", err.Error(), "before the first", "2027-01-10")
	add := findButton(t, form, "Add")
	if !add.Disabled() {
		t.Error("Add is enabled for a reversed span")
	}
	test.Tap(add)
	if got := s.timeOff.spans(); len(got) != 0 {
		t.Fatalf("time off = %+v, want nothing saved", got)
	}
	if app.win.Canvas().Overlays().Top() != form {
		t.Fatal("the dialog closed and lost what was typed")
	}
	dates[1].SetText("2027-01-12")
	test.Tap(add)
	if got := s.timeOff.spans(); len(got) != 1 || got[0].To.String() != "2027-01-12" {
		t.Fatalf("time off = %+v, want 2027-01-10 to 2027-01-12 once corrected", got)
	}
}

// TestTimeOffTabGoesDateToDate: Tab from the first date lands in the
// second, not on the calendar button.
func TestTimeOffTabGoesDateToDate(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	test.Tap(s.timeOff.add)
	dates := dialogEntries(t, app, 2)
	c := app.win.Canvas()
	c.Focus(dates[0])
	c.FocusNext()
	if c.Focused() != dates[1] {
		t.Fatalf("Tab from the first date focuses %T, want the second date", c.Focused())
	}
}

// shownIcons are the names of the visible images inside o.
func shownIcons(o fyne.CanvasObject) map[string]bool {
	out := map[string]bool{}
	walk(o, func(x fyne.CanvasObject) {
		if img, ok := x.(*canvas.Image); ok && img.Visible() && img.Resource != nil {
			out[img.Resource.Name()] = true
		}
	})
	return out
}

// TestDateFieldValidatesAsTyped: "2025-13-45" never shows the good-date
// tick while the learner is still in the field; a real date does.
func TestDateFieldValidatesAsTyped(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	tick := theme.ConfirmIcon().Name()
	test.Type(s.examDate.entry, "2026-12-15")
	app.tasks.wait()
	if !shownIcons(s.examDate.entry)[tick] {
		t.Fatal("no tick for a good date: the check below proves nothing")
	}
	s.examDate.entry.SetText("")
	app.win.Canvas().Focus(s.examDate.entry)
	test.Type(s.examDate.entry, "2025-13-45")
	app.tasks.wait()
	if app.win.Canvas().Focused() != s.examDate.entry {
		t.Fatal("the date field lost focus")
	}
	if shownIcons(s.examDate.entry)[tick] {
		t.Fatal("2025-13-45 shows the good-date tick while typed")
	}
}
