package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestSetupKeepsTheVerdictAndCreateInSightAt800x600: on a small window
// the verdict, its fix and Create stay inside the window, however the
// form and the preview fold (QA: at 800x600 Create fell off-screen).
func TestSetupKeepsTheVerdictAndCreateInSightAt800x600(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	app.win.Resize(fyne.NewSize(800, 600))
	s.examDate.entry.SetText("2026-03-20") // too near: the fix shows
	app.tasks.wait()
	if s.preview.useEarliest.Hidden {
		t.Fatal("the test needs a plan that does not fit, with its fix")
	}
	app.win.Resize(fyne.NewSize(801, 600)) // lay out again with the fix shown
	app.win.Resize(fyne.NewSize(800, 600))
	size := app.win.Canvas().Size()
	driver := fyne.CurrentApp().Driver()
	for name, o := range map[string]fyne.CanvasObject{"Create": s.create, "the verdict": s.preview.verdict,
		"the earliest-date fix": s.preview.useEarliest} {
		at := driver.AbsolutePositionForObject(o)
		if end := at.Y + o.Size().Height; at.Y < 0 || end > size.Height || o.Size().Height <= 0 {
			t.Errorf("%s is at y %v to %v, outside the %v px high window", name, at.Y, end, size.Height)
		}
		if end := at.X + o.Size().Width; at.X < 0 || end > size.Width {
			t.Errorf("%s is at x %v to %v, outside the %v px wide window", name, at.X, end, size.Width)
		}
	}
}
