package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// TestPlanTitleKeepsTheWidth: the countdown sits under the exam's name, so
// a long countdown never squeezes the name into a narrow column, even in an
// 800x600 window.
func TestPlanTitleKeepsTheWidth(t *testing.T) {
	app, s := showFakePlan(t, "SAA-C03", "2026-12-02", "2027-03-12", planner.Even(10))
	app.win.Resize(fyne.NewSize(800, 600))
	wantContains(t, "countdown", s.countdown.Text, "days to go")
	if s.countdown.Position().Y <= s.title.Position().Y {
		t.Fatalf("the countdown (y %v) is beside the title (y %v), not under it", s.countdown.Position().Y, s.title.Position().Y)
	}
	if s.title.Size().Width < s.countdown.Size().Width {
		t.Fatalf("the title is %v wide, narrower than the countdown's %v", s.title.Size().Width, s.countdown.Size().Width)
	}
}

// TestPlanThisWeekHasRoomAt800x600: at 800x600 a plan that does not fit
// keeps its verdict and its main fix in sight, and "This week" gets room
// under them, inside the window: the header took about 400 px and left it
// about 150 (QA). The fit note waits behind "Details".
func TestPlanThisWeekHasRoomAt800x600(t *testing.T) {
	app, s := showFakePlan(t, "SAA-C03", "2026-12-02", "2026-12-20", planner.Weekdays{2, 2, 2, 2, 2})
	at800x600(app)
	if s.fit.useEarliest.Hidden {
		t.Fatal("the test needs a plan that does not fit, with the earliest-date fix")
	}
	driver, window := fyne.CurrentApp().Driver(), app.win.Canvas().Size()
	for name, o := range map[string]fyne.CanvasObject{"the verdict": s.banner, "the main fix": s.fit.useEarliest,
		"this week": s.week.scroll} {
		at := driver.AbsolutePositionForObject(o)
		if end := at.Y + o.Size().Height; !o.Visible() || at.Y < 0 || end > window.Height {
			t.Errorf("%s is at y %v to %v, outside the %v px high window", name, at.Y, end, window.Height)
		}
	}

	if got := s.week.scroll.Size().Height; got < 240 {
		t.Errorf("this week's days are %v px high at 800x600, want 240 at least", got)
	}
}

// TestPlanFitDetailsOpenAndClose: the note of a plan that does not fit
// and its other fix show when the learner asks for the details, and go
// again. At 800x600: at 1100x720 they start open.
func TestPlanFitDetailsOpenAndClose(t *testing.T) {
	app, s := showFakePlan(t, "CLF-C02", "2026-11-23", "2027-01-04", planner.Even(5))
	app.win.Resize(fyne.NewSize(800, 600))
	if s.fit.useEarliest.Hidden || s.fit.useHours.Hidden {
		t.Fatal("the test needs a plan that offers both fixes")
	}
	shown := func(o fyne.CanvasObject) bool { return visibleIn(s.fit.box, o) }
	if !shown(s.fit.useEarliest) || shown(s.fit.text) || shown(s.fit.useHours) {
		t.Fatalf("closed: main fix shown %v, note shown %v, other fix shown %v; want only the main fix",
			shown(s.fit.useEarliest), shown(s.fit.text), shown(s.fit.useHours))
	}
	test.Tap(s.fit.details)
	if !shown(s.fit.text) || !shown(s.fit.useHours) {
		t.Fatalf("open: note shown %v, other fix shown %v", shown(s.fit.text), shown(s.fit.useHours))
	}
	test.Tap(s.fit.details)
	if shown(s.fit.text) {
		t.Fatal("closed again, the note still shows")
	}
}

// visibleIn reports whether o is inside root through containers that all show.
func visibleIn(root, o fyne.CanvasObject) bool {
	if !root.Visible() {
		return false
	}
	if root == o {
		return true
	}
	if c, ok := root.(*fyne.Container); ok {
		for _, x := range c.Objects {
			if visibleIn(x, o) {
				return true
			}
		}
	}
	return false
}
