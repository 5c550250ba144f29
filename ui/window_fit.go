package ui

import "fyne.io/fyne/v2"

// windowFrame is the room kept on the screen for what the window manager
// draws around the window (title bar, borders), outside the window's size.
var windowFrame = fyne.NewSize(16, 48)

// fitWindow is the size a window that wants size want opens at on a
// screen whose work area (the screen less task bars, in Fyne units) is
// area: want when it fits there with its frame, else as much of it as
// fits, never below minWindowWidth x minWindowHeight however small a
// screen says it is. An empty area, a screen that could not be measured,
// keeps want.
func fitWindow(want, area fyne.Size) fyne.Size {
	if area.Width <= 0 || area.Height <= 0 {
		return want
	}
	room := area.Subtract(windowFrame)
	return fyne.NewSize(max(min(want.Width, room.Width), minWindowWidth),
		max(min(want.Height, room.Height), minWindowHeight))
}

// fitToScreen shrinks the window, opened at the size it last had (or
// 1100x720), to the screen it shows on when that is smaller: parts of it
// were off-screen on an 800x600 or 1024x600 display. The window must show,
// so that its scale turns the work area into Fyne units.
func (a *App) fitToScreen() {
	if a.cfg.WorkArea == nil {
		return
	}
	area, ok := a.cfg.WorkArea()
	scale := a.win.Canvas().Scale()
	if !ok || scale <= 0 {
		return
	}
	want := a.prefs.WindowSize()
	if size := fitWindow(want, fyne.NewSize(area.Width/scale, area.Height/scale)); size != want {
		a.win.Resize(size)
	}
}
