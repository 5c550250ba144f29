package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestFitWindow: the window keeps the size it wants on a screen with room
// for it and its frame, else takes what there is, and never less than the
// least window size, however small a screen says it is.
func TestFitWindow(t *testing.T) {
	want := fyne.NewSize(defaultWindowWidth, defaultWindowHeight)
	cases := []struct {
		name       string
		want, area fyne.Size
		fits       fyne.Size
	}{
		{"1280x800: the default fits", want, fyne.NewSize(1280, 800), want},
		{"1920x1080 less a task bar: the default fits", want, fyne.NewSize(1920, 1040), want},
		{"exactly the default and its frame", want, want.Add(windowFrame), want},
		{"800x600: both sides shrink", want, fyne.NewSize(800, 600), fyne.NewSize(784, 552)},
		{"1024x600: both sides shrink", want, fyne.NewSize(1024, 600), fyne.NewSize(1008, 552)},
		{"1366x768 less a 40 px panel: the height shrinks", want, fyne.NewSize(1366, 728), fyne.NewSize(1100, 680)},
		{"a remembered large size on a smaller screen", fyne.NewSize(1600, 1000), fyne.NewSize(1280, 800), fyne.NewSize(1264, 752)},
		{"a remembered large size on a larger screen", fyne.NewSize(1600, 1000), fyne.NewSize(2560, 1400), fyne.NewSize(1600, 1000)},
		{"a screen smaller than the least window", want, fyne.NewSize(320, 240), fyne.NewSize(minWindowWidth, minWindowHeight)},
		{"a screen that could not be measured", want, fyne.Size{}, want},
		{"a screen with no height", want, fyne.NewSize(1280, 0), want},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := fitWindow(c.want, c.area); got != c.fits {
				t.Errorf("fitWindow(%v, %v) = %v, want %v", c.want, c.area, got, c.fits)
			}
		})
	}
}

// TestWindowFitsTheScreen: the main window, opened at its default size,
// shrinks to the work area Config.WorkArea measures, in the window
// system's coordinates turned into Fyne's by the window's scale; a screen
// that cannot be measured, or none to ask, leaves it at 1100x720.
func TestWindowFitsTheScreen(t *testing.T) {
	defaults := fyne.NewSize(defaultWindowWidth, defaultWindowHeight)
	measured := func(w, h float32, ok bool) func() (fyne.Size, bool) {
		return func() (fyne.Size, bool) { return fyne.NewSize(w, h), ok }
	}
	cases := []struct {
		name     string
		workArea func() (fyne.Size, bool)
		scale    float32
		want     fyne.Size
	}{
		{"800x600", measured(800, 600, true), 1, fyne.NewSize(784, 552)},
		{"1600x1200 pixels at scale 2", measured(1600, 1200, true), 2, fyne.NewSize(784, 552)},
		{"1280x800", measured(1280, 800, true), 1, defaults},
		{"not measured", measured(0, 0, false), 1, defaults},
		{"nothing to measure with", nil, 1, defaults},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			app := New(test.NewTempApp(t), Config{Catalog: testCatalog(t), WorkArea: c.workArea})
			app.win.Canvas().(interface{ SetScale(float32) }).SetScale(c.scale)
			app.fitToScreen()
			if got := app.win.Canvas().Size(); got != c.want {
				t.Errorf("the window is %v, want %v", got, c.want)
			}
		})
	}
}
