package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// openScoreForm shows "Log a practice result" for a CLF-C02 plan made on
// 2026-03-02, on 2026-04-01, and returns the window and the form's entries
// in order: the overall, the day, the domains and the source.
func openScoreForm(t *testing.T) (fyne.Window, []*widget.Entry) {
	t.Helper()
	b := newBase(t, "2026-04-01")
	f := newFakeData(b.cat)
	p := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	p.Created = time.Date(2026, 3, 2, 9, 0, 0, 0, time.Local)
	v := newScoresView(scoresDeps{screenBase: b})
	b.win.SetContent(v.buildUI())
	b.win.Resize(fyne.NewSize(1100, 720))
	v.plan = p
	v.onLog()
	form := findFirst[*widget.Form](t, b.win.Canvas().Overlays().Top(), "no form shows")
	return b.win, findAll[*widget.Entry](form)
}

// The practice result dialog keeps its size and place while a problem
// shows and goes, so the next click lands where it was aimed: the problem
// shows in one line kept for it, that names the field (QA #16).
func TestScoreFormKeepsItsPlace(t *testing.T) {
	win, entries := openScoreForm(t)
	if ph := entries[0].PlaceHolder; ph != "0 to 100" {
		t.Errorf("the overall's placeholder is %q, want one that does not look like a value", ph)
	}
	content := dialogContent(t, win)
	size := content.MinSize()
	steps := []struct {
		entry       int
		text, shows string
	}{
		{0, "150", `Overall %: "150" is not a percentage: type 0 to 100.`},
		{0, "", "Overall %: Type a percentage, 0 to 100."},
		{2, "abcdefghijklmnopqrstuvwxyz", `"abcdefghijk…" is not a percentage`},
		{1, "2026-04-08", "Taken on: Score date 2026-04-08 is after today 2026-04-01"},
		{1, "2025-03-01", "Taken on: 2025-03-01 is more than a year before the plan was made, on 2026-03-02"},
		{2, "", "Overall %: Type a percentage, 0 to 100."},
		{0, "72", "Taken on: 2025-03-01 is more than"},
		{1, "2026-03-30", ""},
	}
	for _, s := range steps {
		e := entries[s.entry]
		win.Canvas().Focus(e) // as a click does: the field left shows its problem
		e.SetText("")
		test.Type(e, s.text)
		got := dialogTextIn(win)
		if s.shows == "" && (strings.Contains(got, "percentage:") || strings.Contains(got, "Taken on:")) {
			t.Errorf("after %q: the dialog says %q, want no problem", s.text, got)
		}
		if s.shows != "" {
			wantContains(t, "the dialog after "+s.text, got, s.shows)
		}
		if z := content.MinSize(); z != size {
			t.Fatalf("after %q the dialog needs %v, was %v: it grows and moves", s.text, z, size)
		}
	}
}

// dialogContent is what the top dialog of win shows above its buttons: the
// container that holds its form.
func dialogContent(t *testing.T, win fyne.Window) fyne.CanvasObject {
	t.Helper()
	form := findFirst[*widget.Form](t, win.Canvas().Overlays().Top(), "no form shows")
	var content fyne.CanvasObject
	walk(win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok && len(c.Objects) > 0 && c.Objects[0] == form {
			content = c
		}
	})
	if content == nil {
		t.Fatal("the form is in no container")
	}
	return content
}

// The day of a practice result is marked bad as it is typed when Save would
// refuse it: after today, or more than a year before the plan was made.
func TestScoreFormRefusesTheDaySaveRefuses(t *testing.T) {
	_, entries := openScoreForm(t)
	day := entries[1]
	for _, tc := range []struct{ text, err string }{
		{"2026-04-01", ""},
		{"2025-03-02", ""},
		{"2026-04-02", "after today"},
		{"2025-03-01", "more than a year before the plan was made"},
		{"", "give the day you took the practice test"},
	} {
		day.SetText(tc.text)
		err := day.Validate()
		if (err == nil) != (tc.err == "") {
			t.Errorf("day %q: got %v, want %q", tc.text, err, tc.err)
		} else if err != nil {
			wantContains(t, "day "+tc.text, err.Error(), tc.err)
		}
	}
}
