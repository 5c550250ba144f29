package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// The whole plan takes most of the right column, under the domains,
// however tall the header: it showed one or two rows (QA #17).
func TestWholePlanHasRoomForRows(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1100, Height: 720}, {Width: 1100, Height: 600}} {
		_, app := startWithPlan(t, "2026-03-02")
		plan := showScreen[*planScreen](t, app, ScreenPlan)
		app.win.Resize(size)
		got, column := plan.all.list.Size().Height, rightColumnOf(t, app).Size().Height
		if got < column/2 { // its heading and the divider take the rest of its share
			t.Errorf("at %v the whole plan's rows are %v high of the column's %v, want at least half", size, got, column)
		}
	}
}

// rightColumnOf is the plan screen's right column: the domains over the
// whole plan.
func rightColumnOf(t testing.TB, app *App) *fyne.Container {
	t.Helper()
	var column *fyne.Container
	walk(app.win.Content(), func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok {
			if _, ok := c.Layout.(rightColumnLayout); ok {
				column = c
			}
		}
	})
	if column == nil {
		t.Fatal("no right column on the plan screen")
	}
	return column
}

// At 800x600 the advisor's answer keeps adviceMinHeight below the
// questions, inside the window, where it had about 150 px (QA #17).
func TestAdviceHasRoomAt800x600(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
	s := showScreen[*advisorScreen](t, app, ScreenAdvisor)
	app.win.Resize(fyne.NewSize(800, 600))
	answer(s, "developer", "3", "build", "10")
	var advice *container.Scroll
	walk(app.win.Content(), func(o fyne.CanvasObject) {
		if sc, ok := o.(*container.Scroll); ok && sc.Content == s.body {
			advice = sc
		}
	})
	if advice == nil {
		t.Fatal("the advice is not in a scroll")
	}
	want := adviceMinHeight - s.planNext.MinSize().Height - theme.Padding()
	if got := advice.Size().Height; got < want {
		t.Errorf("the advice's scroll is %v high at 800x600, want %v", got, want)
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(advice)
	if end := at.Y + advice.Size().Height; end > app.win.Canvas().Size().Height {
		t.Errorf("the advice ends at y %v, below the window's %v", end, app.win.Canvas().Size().Height)
	}
}
