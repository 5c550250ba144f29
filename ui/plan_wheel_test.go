package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// wheelOver turns the mouse wheel by dy over the middle of o, as the
// window does: the innermost scroll under the pointer takes it.
func wheelOver(app *App, o fyne.CanvasObject, dy float32) {
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	test.Scroll(app.win.Canvas(), at.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2)), 0, dy)
}

// TestWheelOverThisWeekReachesThePageAt800x600: at 800x600, where the
// plan screen's columns stack and the page scrolls, the wheel over this
// week scrolls its days, then, at their end, the page to the rest of the
// screen, and back up the same way (QA: only the week scrolled).
func TestWheelOverThisWeekReachesThePageAt800x600(t *testing.T) {
	app, s := showFakePlan(t, "SAA-C03", "2026-12-02", "2027-03-12", planner.Even(10))
	at800x600(app)
	page := s.week.scroll.outer
	if page == nil || page.Content.MinSize().Height <= page.Size().Height {
		t.Fatal("the test needs a plan screen whose page scrolls at 800x600")
	}
	over, week := s.week.scroll, &s.week.scroll.Scroll // the one in the window, and its offset
	if week.Content.MinSize().Height <= week.Size().Height {
		t.Fatal("the test needs a week whose days scroll")
	}
	week.ScrollToOffset(fyne.NewPos(0, 0))
	page.ScrollToOffset(fyne.NewPos(0, 0))
	wheelOver(app, over, -20)
	if week.Offset.Y == 0 || page.Offset.Y != 0 {
		t.Fatalf("first turn down: week at %v, page at %v; want the week's days to scroll", week.Offset.Y, page.Offset.Y)
	}
	for range 200 {
		wheelOver(app, over, -20)
	}
	if page.Offset.Y == 0 {
		t.Fatalf("the wheel over this week never scrolled the page (week at %v of %v)", week.Offset.Y,
			week.Content.MinSize().Height-week.Size().Height)
	}
	wantScrolledToEnd(t, "the page", page)
	for range 400 {
		wheelOver(app, over, 20)
	}
	if page.Offset.Y != 0 || week.Offset.Y != 0 {
		t.Errorf("after turning the wheel back up: page at %v, week at %v; want both at the top", page.Offset.Y, week.Offset.Y)
	}
}

// wantScrolledToEnd fails unless s shows the end of its content.
func wantScrolledToEnd(t *testing.T, what string, s *container.Scroll) {
	t.Helper()
	if end := s.Content.Size().Height - s.Size().Height; s.Offset.Y < end-1 {
		t.Errorf("%s scrolled to %v of %v", what, s.Offset.Y, end)
	}
}

// TestWheelOverTheWholePlanReachesThePageAt800x600: at 800x600, with the
// page scrolled to the whole plan at its end, the wheel over the whole
// plan scrolls its weeks, then, at their top, the page back up (QA: the
// list kept the wheel and the page stayed at its end).
func TestWheelOverTheWholePlanReachesThePageAt800x600(t *testing.T) {
	app, s := showFakePlan(t, "SAA-C03", "2026-12-02", "2027-03-12", planner.Even(10))
	at800x600(app)
	page, list := s.all.page, s.all.list
	page.ScrollToOffset(fyne.NewPos(0, page.Content.Size().Height))
	wantScrolledToEnd(t, "the page", page)
	list.ScrollToOffset(200)
	if list.GetScrollOffset() == 0 {
		t.Fatal("the test needs a whole plan that scrolls")
	}
	for range 400 {
		wheelOver(app, list, 20)
	}
	if list.GetScrollOffset() != 0 || page.Offset.Y != 0 {
		t.Errorf("after turning the wheel up over the whole plan: list at %v, page at %v; want both at the top",
			list.GetScrollOffset(), page.Offset.Y)
	}
}
