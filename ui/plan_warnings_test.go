package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// TestPlanShowsItsWarnings: a saved plan whose practice exams no day holds
// whole (2 h a weekday for a 130-minute exam) says so on the plan screen,
// in the planner's sentence, as the command line's show and the set-up's
// preview do, in full in a 1100x720 window; on the fake and on SQLite,
// which stores the warnings.
func TestPlanShowsItsWarnings(t *testing.T) {
	onEachBackend(t, "2026-12-02", func(t *testing.T, clk *clock, svc Services) {
		in := planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-03-12"), Hours: planner.Even(10)}
		_, s := showSavedPlan(t, svc, clk, in)
		want := s.plan.Schedule.WarningsBesidesFit()
		if len(want) == 0 {
			t.Fatal("the test needs a plan with a warning")
		}
		if !visibleIn(s.warnings.box, s.warnings.text) {
			t.Fatal("the plan has warnings, and no warnings box shows")
		}
		wantContains(t, "warnings", s.warnings.text.Text, append(want, "free minutes for a full timed practice exam")...)
		if !s.warnings.open || s.warnings.text.Wrapping != fyne.TextWrapWord {
			t.Errorf("at 1100x720 the warnings are cut to a line (open %v), with room to show in full", s.warnings.open)
		}
	})
}

// TestPlanWithoutWarningsShowsNoBox: a plan the planner has nothing to warn
// about (a 3-hour weekday holds a practice exam whole) shows no warnings
// box, not an empty one.
func TestPlanWithoutWarningsShowsNoBox(t *testing.T) {
	_, s := showFakePlan(t, "SAA-C03", "2026-12-02", "2027-03-12", planner.Weekdays{3, 3, 3, 3, 3})
	if w := s.plan.Schedule.WarningsBesidesFit(); len(w) != 0 {
		t.Fatalf("the test needs a plan without warnings, it has %q", w)
	}
	if s.warnings.box.Visible() || s.warnings.text.Text != "" {
		t.Errorf("a plan without warnings shows a warnings box (visible %v, text %q)", s.warnings.box.Visible(), s.warnings.text.Text)
	}
}

// TestPlanWarningsWrapAt800x600: at 800x600 the warnings of a plan that
// does not fit take one line, cut short, beside More; opened, they wrap
// inside the window, on more lines, rather than widen it past 800 px, and
// Less closes them again.
func TestPlanWarningsWrapAt800x600(t *testing.T) {
	app, s := showFakePlan(t, "ANS-C01", "2026-12-02", "2026-12-20", planner.Weekdays{2, 2, 2, 2, 2})
	at800x600(app)
	w := s.warnings
	line := fyne.MeasureText("W", theme.TextSize(), w.text.TextStyle).Height
	if all := warningsText(s.plan.Schedule.WarningsBesidesFit()); fyne.MeasureText(all, theme.TextSize(), w.text.TextStyle).Width < 800 {
		t.Fatalf("the test needs warnings wider than the window, has %q", all)
	}
	if w.open || w.text.Size().Height >= 2*line || !visibleIn(w.box, w.more) {
		t.Fatalf("closed: open %v, %v px high (a line is %v), More shown %v", w.open, w.text.Size().Height, line, visibleIn(w.box, w.more))
	}
	test.Tap(w.more)
	at800x600(app)
	if got := app.win.Canvas().Size().Width; got != 800 {
		t.Fatalf("the window is %v px wide, want 800", got)
	}
	if min := app.win.Content().MinSize().Width; min > 800 {
		t.Errorf("the plan screen needs %v px, wider than an 800 px window", min)
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.text)
	if end := at.X + w.text.Size().Width; at.X < 0 || end > 800 {
		t.Errorf("the warnings run from x %v to %v, outside the 800 px window", at.X, end)
	}
	if w.text.Size().Height < 2*line {
		t.Errorf("opened, the warnings are %v px high, a line is %v: they do not wrap", w.text.Size().Height, line)
	}
	test.Tap(w.more)
	if w.open || w.text.Wrapping != fyne.TextWrapOff {
		t.Error("Less leaves the warnings open")
	}
}

// TestProvisionalDomainsSaidOnce: a plan of an exam whose domains are not
// published yet says whose it follows among its warnings, once on the
// screen (the fit note said it too).
func TestProvisionalDomainsSaidOnce(t *testing.T) {
	app, s := showFakePlan(t, "SAP-C03", "2026-11-23", "2027-06-01", planner.Even(10))
	note := s.plan.Schedule.ProvisionalText()
	if note == "" {
		t.Skip("the catalog's SAP-C03 is no longer provisional") // a catalog fact this test is about
	}
	wantContains(t, "warnings", s.warnings.text.Text, note)
	said := 0
	walk(app.win.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, note) {
			said++
		}
	})
	if said != 1 {
		t.Errorf("the plan screen says %q %d times, want once", note, said)
	}
}
