package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// showPlanNotFitting shows a CLF-C02 plan that does not fit, whose fit
// offers both fixes, in a window of size.
func showPlanNotFitting(t *testing.T, size fyne.Size) (*App, *planScreen) {
	t.Helper()
	clk := &clock{day: mustDate(t, "2026-11-23")}
	in := planner.Input{Exam: "CLF-C02", Start: clk.day, ExamDate: mustDate(t, "2027-01-04"), Hours: planner.Even(5)}
	svc := newFakeData(testCatalog(t)).services()
	mustCreatePlan(t, svc, in)
	app := startAppWith(t, svc, clk)
	app.win.Resize(size)
	app.tasks.wait()
	s := app.screens[ScreenPlan].(*planScreen)
	if s.fit.main.Hidden {
		t.Fatal("the test needs a plan that does not fit")
	}
	return app, s
}

// wantDetails fails unless the fit's details show (open) or not, in a
// window of the size it says.
func wantDetails(t *testing.T, app *App, s *planScreen, open bool) {
	t.Helper()
	if shown := visibleIn(s.fit.box, s.fit.text); shown != open {
		t.Errorf("at %v the details show %v, want %v", app.win.Canvas().Size(), shown, open)
	}
}

// TestPlanDetailsOpenWhenTheWindowHasRoom: the note and other fix of a
// plan that does not fit show at once in a 1100x720 window, not at
// 800x600, and follow the window's height until the learner opens or
// closes them, whose choice then stays (QA: closed on every size).
func TestPlanDetailsOpenWhenTheWindowHasRoom(t *testing.T) {
	big, small := fyne.NewSize(1100, 720), fyne.NewSize(800, 600)
	app, s := showPlanNotFitting(t, big)
	wantDetails(t, app, s, true)
	app.win.Resize(small)
	wantDetails(t, app, s, false)
	app.win.Resize(big)
	wantDetails(t, app, s, true)

	test.Tap(s.fit.details) // closed by the learner
	wantDetails(t, app, s, false)
	app.win.Resize(small)
	app.win.Resize(big)
	wantDetails(t, app, s, false)
	app.show(ScreenProgress)
	app.show(ScreenPlan)
	app.tasks.wait()
	wantDetails(t, app, s, false)
}

// TestPlanDetailsOpenedAtSmallSizeStayOpen: opened by the learner in an
// 800x600 window, the details stay open as the window changes size.
func TestPlanDetailsOpenedAtSmallSizeStayOpen(t *testing.T) {
	app, s := showPlanNotFitting(t, fyne.NewSize(800, 600))
	wantDetails(t, app, s, false)
	test.Tap(s.fit.details)
	wantDetails(t, app, s, true)
	app.win.Resize(fyne.NewSize(1100, 720))
	app.win.Resize(fyne.NewSize(800, 600))
	wantDetails(t, app, s, true)
}

// TestPlanDetailsOfALongNoteStartClosed: in a 1100x720 window, details
// whose note lists many topics left out start closed: open, they leave the
// rest of the screen less than an 800x600 window has (QA: this week was
// left a sliver).
func TestPlanDetailsOfALongNoteStartClosed(t *testing.T) {
	clk := &clock{day: mustDate(t, "2026-11-23")}
	in := planner.Input{Exam: "CLF-C02", Start: clk.day, ExamDate: mustDate(t, "2026-11-27"), Hours: planner.Even(1)}
	svc := newFakeData(testCatalog(t)).services()
	mustCreatePlan(t, svc, in)
	app := startAppWith(t, svc, clk)
	app.tasks.wait()
	s := app.screens[ScreenPlan].(*planScreen)
	if s.fit.main.Hidden {
		t.Fatal("the test needs a plan that does not fit")
	}
	wantDetails(t, app, s, false)
	closed := s.week.scroll.Size().Height
	test.Tap(s.fit.details)
	app.win.Resize(fyne.NewSize(1101, 720)) // lay out again with the note
	app.win.Resize(fyne.NewSize(1100, 720))
	if taken := closed - s.week.scroll.Size().Height; taken <= 720-pageBesideDetails {
		t.Errorf("open, the details took %v px of this week: the test needs a note longer than that", taken)
	}
}
